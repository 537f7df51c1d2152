/** The engine's entry point: analyze a document's text (offsets refer to `input.text`). */
import type { Analysis, AnalyzeInput } from './schema';

/** Analyze one document: meta, outline, tasks with units and deadlines, document-level units. */
export function analyze(input: AnalyzeInput): Analysis {
  return {
    meta: { title: null, docNumber: null, issuer: null, writtenDate: null, publishedDate: null, indexNumber: null, subject: null, addressees: [], disclosure: null },
    outline: [],
    tasks: [],
    units: [],
    leadRule: { rule: 'first-listed', source: 'convention', quote: null },
    attachments: [],
    textSignals: [],
  };
}
