/** The bundled corpus in the background: the index generated at build time and the related-items ranking over it. */
import corpusIndex from 'virtual:policylens-corpus';
import { relatedItems, type RelatedQuery } from '../../lib/corpus/related';
import { sameDocument } from '../../lib/corpus/same-document';
import type { RelatedAnswer } from '../../lib/content-messages';
import type { Analysis } from '../../lib/policy/schema';

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

/** Every canonical unit name the corpus knows (for the 我的单位 autocomplete). */
export function corpusUnits(): string[] {
  return [...corpusIndex.units].sort((a, b) => a.localeCompare(b, 'zh'));
}
