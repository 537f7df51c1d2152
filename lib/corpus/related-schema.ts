/** The related-item record (zod/mini: it crosses into the content script, which must stay small). */
import * as z from 'zod/mini';

/** Kind of a corpus item: a task of a plan, or a passage of the analysis piece. */
export const CorpusItemKindSchema = z.enum(['task', 'passage']);
export type CorpusItemKind = z.infer<typeof CorpusItemKindSchema>;

/** A related corpus item for one task, with a 0..1 score and the reasons in words (共同牵头单位：…). */
export const RelatedSchema = z.object({
  /** Seed file name (seeds/…). */
  doc: z.string(),
  docTitle: z.string(),
  kind: CorpusItemKindSchema,
  /** Task id in the seed's outline, or passage id. */
  id: z.string(),
  title: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  reasons: z.array(z.string()),
});
export type Related = z.infer<typeof RelatedSchema>;
