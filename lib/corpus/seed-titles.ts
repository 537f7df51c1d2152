/** Display titles of the seed documents from the corpus index (file → title). */
import type { CorpusIndex } from './index-schema';

/** Map each seed file to its title, in file order. */
export function seedTitles(index: CorpusIndex): Map<string, string> {
  return new Map(index.documents.map((d) => [d.file, d.title]));
}
