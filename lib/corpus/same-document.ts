/** Recognize a page that is itself a seed document (same 文号, same title or same tasks) and map its tasks one to one. */
import { compactKey } from '../policy/dedupe';
import type { Analysis, Task } from '../policy/schema';
import type { CorpusIndex, SameDocument } from './index-schema';
import { rankingText, textFingerprint } from './item-text';
import { normalizeDocNumber, prepareCorpus } from './prepare';

/** Titles shorter than this (after normalization) are too generic to identify a document. */
const MIN_TITLE = 8;
/** Share of the page's tasks that must match one seed's items for the page to be that seed. */
const TASK_SHARE = 0.5;
/** Fewest matching tasks for a match by tasks. */
const MIN_TASKS = 3;

/** For each page task, the id of the seed item with the same text, else the same title, else the same id. */
function mapTasks(index: CorpusIndex, doc: number, analysis: Analysis): Record<string, string> {
  const items = index.items.filter((item) => item.doc === doc);
  const keys = items.map((item) => compactKey(item.title));
  const out: Record<string, string> = {};
  const used = new Set<string>();
  const rules: ((task: Task) => string | undefined)[] = [
    (task) => {
      const hash = textFingerprint(rankingText(task.title, task.text));
      return items.find((i) => i.hash === hash)?.id;
    },
    (task) => {
      const key = compactKey(task.title);
      return key ? items[keys.indexOf(key)]?.id : undefined;
    },
    (task) => items.find((i) => i.id === task.id)?.id,
  ];
  for (const rule of rules) {
    for (const task of analysis.tasks) {
      if (out[task.id] !== undefined) continue;
      const id = rule(task);
      if (id === undefined || used.has(id)) continue;
      out[task.id] = id;
      used.add(id);
    }
  }
  return out;
}

/** Index of the seed document an analysed page is (by 文号, then title, then shared tasks) and how it was told; null if none. */
function findSeed(index: CorpusIndex, analysis: Analysis): { doc: number; by: SameDocument['by'] } | null {
  const prepared = prepareCorpus(index);
  const { docNumber, title } = analysis.meta;
  const byNumber = docNumber ? prepared.docByNumber.get(normalizeDocNumber(docNumber)) : undefined;
  if (byNumber !== undefined) return { doc: byNumber, by: 'docNumber' };
  const key = title ? compactKey(title) : '';
  const byTitle = key.length >= MIN_TITLE ? index.documents.findIndex((d) => compactKey(d.title) === key) : -1;
  if (byTitle >= 0) return { doc: byTitle, by: 'title' };
  const votes = new Map<number, number>();
  for (const task of analysis.tasks) {
    const hits = prepared.itemsByHash.get(textFingerprint(rankingText(task.title, task.text))) ?? [];
    for (const doc of new Set(hits.map((i) => index.items[i].doc))) votes.set(doc, (votes.get(doc) ?? 0) + 1);
  }
  const [best, count] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [-1, 0];
  return count >= MIN_TASKS && count >= TASK_SHARE * analysis.tasks.length ? { doc: best, by: 'tasks' } : null;
}

/** The seed file an analysed page is, or null (what relatedForAnalysis needs, without mapping the tasks). */
export function seedDocument(index: CorpusIndex, analysis: Analysis): string | null {
  try {
    const seed = findSeed(index, analysis);
    return seed ? index.documents[seed.doc].file : null;
  } catch {
    return null;
  }
}

/** The seed document an analysed page is, with its tasks mapped one to one (page task id → seed task id); null if none. */
export function sameDocument(index: CorpusIndex, analysis: Analysis): SameDocument | null {
  try {
    const seed = findSeed(index, analysis);
    return seed ? { doc: index.documents[seed.doc].file, by: seed.by, tasks: mapTasks(index, seed.doc, analysis) } : null;
  } catch {
    return null;
  }
}
