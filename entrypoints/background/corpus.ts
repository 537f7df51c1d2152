/** The bundled corpus in the background: the index generated at build time and the related-items ranking over it. */
import corpusIndex from 'virtual:policylens-corpus';
import { relatedItems, type RelatedQuery } from '../../lib/corpus/related';
import { sameDocument } from '../../lib/corpus/same-document';
import type { RelatedAnswer } from '../../lib/content-messages';
import type { BackgroundRequest } from '../../lib/messages';
import type { Analysis } from '../../lib/policy/schema';
import { getTabState } from './tab-states';

/** Related corpus items for one task of a page; when the page is itself a seed, also the same task in that seed. */
export function relatedFor(query: RelatedQuery, taskId: string, page: Analysis | null, k = 5): RelatedAnswer {
  const same = page ? sameDocument(corpusIndex, page) : null;
  const seedTask = same?.tasks[taskId];
  const doc = same ? corpusIndex.documents.find((d) => d.file === same.doc) : undefined;
  return {
    related: relatedItems(corpusIndex, { ...query, docFile: same?.doc }, k),
    same: same && seedTask && doc ? { doc: same.doc, docTitle: doc.title, id: seedTask } : null,
  };
}

/** Answer corpus:related: the task comes with the request (side panel) or from the sender tab's analysis (content script). */
export async function relatedForRequest(msg: Extract<BackgroundRequest, { type: 'corpus:related' }>, tabId: number | undefined): Promise<RelatedAnswer> {
  const page = tabId === undefined ? null : ((await getTabState(tabId))?.analysis ?? null);
  if (msg.task) return relatedFor(msg.task, msg.taskId, page);
  const task = page?.tasks.find((t) => t.id === msg.taskId);
  if (!task) return { related: [], same: null };
  const units = task.units.map((u) => ({ name: u.name, role: u.role }));
  return relatedFor({ docNumber: page?.meta.docNumber ?? null, title: task.title, text: task.text, units }, msg.taskId, page);
}

/** Every canonical unit name the corpus knows (for the 我的单位 autocomplete). */
export function corpusUnits(): string[] {
  return [...corpusIndex.units].sort((a, b) => a.localeCompare(b, 'zh'));
}
