/** Build the corpus index from the seed texts: run the engine on each, index tasks (or passages) for ranking. */
import { analyze } from '../policy/analyze';
import type { Task } from '../policy/schema';
import { termFrequencies } from './bigrams';
import { buildBm25 } from './bm25';
import { findNamedThings } from './entities';
import type { CorpusDocument, CorpusIndex, CorpusItem, CorpusItemKind } from './index-schema';
import { excerpt, rankingText, textFingerprint } from './item-text';
import { splitPassages, untitledDocumentTitle } from './passages';
import { taskUnitNames } from './unit-roles';

/** One seed: its file name in seeds/ and its text. */
export interface SeedText {
  file: string;
  text: string;
}

/** Characters of an item's text kept for display. */
const EXCERPT = 60;

/** An item before unit and named-thing names become table indices. */
interface Draft {
  doc: number;
  kind: CorpusItemKind;
  id: string;
  title: string;
  section?: string;
  text: string;
  lead: string[];
  co: string[];
  ranked: string;
}

/** Draft items of one task list. */
function taskDrafts(doc: number, tasks: readonly Task[]): Draft[] {
  return tasks.map((task) => ({
    doc,
    kind: 'task',
    id: task.id,
    title: task.title,
    text: excerpt(task.title, task.text, EXCERPT),
    ...taskUnitNames(task.units),
    ranked: rankingText(task.title, task.text),
  }));
}

/** Draft items of a document without tasks: one per passage. */
function passageDrafts(doc: number, text: string): Draft[] {
  return splitPassages(text).map((p) => ({
    doc,
    kind: 'passage',
    id: p.id,
    title: p.title,
    ...(p.section ? { section: p.section } : {}),
    text: excerpt(p.title.replace(/…$/, ''), p.text, EXCERPT),
    lead: [],
    co: [],
    ranked: p.text,
  }));
}

/** Build the index of the seeds (sorted by file name; the same seeds always give the same JSON, byte for byte). */
export function buildCorpusIndex(seeds: readonly SeedText[]): CorpusIndex {
  const sorted = [...seeds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const documents: CorpusDocument[] = [];
  const drafts: Draft[] = [];
  sorted.forEach((seed, doc) => {
    const analysis = analyze({ text: seed.text });
    const meta = analysis.meta;
    documents.push({
      file: seed.file,
      title: meta.title ?? untitledDocumentTitle(seed.text) ?? seed.file,
      docNumber: meta.docNumber,
      date: meta.writtenDate ?? meta.publishedDate,
      issuer: meta.issuer,
      tasks: analysis.tasks.length,
    });
    drafts.push(...(analysis.tasks.length ? taskDrafts(doc, analysis.tasks) : passageDrafts(doc, seed.text)));
  });
  const entitySets = drafts.map((d) => findNamedThings(d.ranked));
  const units = [...new Set(drafts.flatMap((d) => [...d.lead, ...d.co]))].sort();
  const entities = [...new Set(entitySets.flat())];
  const unitId = new Map(units.map((name, i) => [name, i]));
  const entityId = new Map(entities.map((name, i) => [name, i]));
  const items: CorpusItem[] = drafts.map((d, i) => ({
    doc: d.doc,
    kind: d.kind,
    id: d.id,
    title: d.title,
    ...(d.section ? { section: d.section } : {}),
    text: d.text,
    lead: d.lead.map((name) => unitId.get(name)!),
    co: d.co.map((name) => unitId.get(name)!),
    entities: entitySets[i].map((name) => entityId.get(name)!).sort((a, b) => a - b),
    hash: textFingerprint(d.ranked),
  }));
  return { version: 1, documents, units, entities, items, bm25: buildBm25(drafts.map((d) => termFrequencies(d.ranked))) };
}
