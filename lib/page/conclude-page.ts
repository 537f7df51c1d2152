/** The page's verdict and analysis from what the page side read (no DOM): runs where the engine lives — the background, the CLI. */
import { analyze } from '../policy/analyze';
import type { Analysis, Recognition } from '../policy/schema';
import type { PageFacts } from '../messages';
import { MAX_ANALYZED_CHARS } from './limits';
import { declaredVeto, recognize } from './recognize';

/** What the page side does next: nothing, map the rest of the text (for the reader's notes), or map it and send it for analysis. */
export type NextStep = 'done' | 'map' | 'analyze';

/** The verdict, the analysis (no tasks when not a policy document), whether the text was cut, and the next step. */
export interface PageConclusion {
  recognition: Recognition;
  analysis: Analysis;
  /** The page's text was longer than MAX_ANALYZED_CHARS: only its beginning was analysed (badge: 页面过大，已部分分析). */
  partial: boolean;
  next: NextStep;
}

/** A non-policy page keeps its meta and outline but has no tasks (nothing to highlight). */
export function forVerdict(recognition: Recognition, analysis: Analysis): Analysis {
  return recognition.isPolicy ? analysis : { ...analysis, tasks: [], units: [] };
}

/**
 * Judge and analyse a page from its facts and its main content's text (`complete`: the text is all of it, not the
 * PREFIX_CHARS beginning). Never throws.
 */
export function concludePage(facts: PageFacts, text: string, complete: boolean): PageConclusion {
  const { url, metaTags, infoTable, pageTitle, gate } = facts;
  if (!gate.pass) {
    const recognition: Recognition = { isPolicy: false, confidence: 0.9, kind: gate.kind, reasons: [gate.reason] };
    return { recognition, analysis: forVerdict(recognition, analyze({ text: '', url, metaTags })), partial: false, next: 'done' };
  }
  const declared = facts.hasMain ? declaredVeto({ url, metaTags, infoTable, pageTitle }) : null;
  if (declared) {
    // A 解读 article or a news item says so itself: no engine run; its whole text is still mapped, for the reader's notes.
    const analysis = forVerdict(declared, analyze({ text: '', url, metaTags, infoTable }));
    return { recognition: declared, analysis, partial: false, next: complete ? 'done' : 'map' };
  }
  const partial = text.length > MAX_ANALYZED_CHARS;
  const cut = partial ? text.slice(0, text.lastIndexOf('\n', MAX_ANALYZED_CHARS) + 1 || MAX_ANALYZED_CHARS) : text;
  const analysis = analyze({ text: cut, url, metaTags, infoTable });
  const recognition = recognize({
    text: cut, url, metaTags, infoTable, pageTitle, analysis, linkDensity: facts.linkDensity, linkCount: facts.linkCount,
  });
  const next = complete || !recognition.isPolicy ? 'done' : 'analyze';
  return { recognition, analysis: forVerdict(recognition, analysis), partial, next };
}
