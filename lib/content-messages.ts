/** Messages into the content script and the answers it receives (zod/mini: the content script must stay small). */
import * as z from 'zod/mini';
import { RelatedSchema } from './corpus/related-schema';

const offset = z.number().check(z.int(), z.nonnegative());

/** Messages a content script answers (sent by the popup or side panel to one tab). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:toggle-highlights') }),
  z.object({ type: z.literal('page:scroll-to'), start: offset, end: offset }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** The answer to corpus:related: the related items and, when the page is itself a seed, the same task in that seed. */
export const RelatedAnswerSchema = z.object({
  related: z.array(RelatedSchema),
  same: z.nullable(z.object({ doc: z.string(), docTitle: z.string(), id: z.string() })),
});
export type RelatedAnswer = z.infer<typeof RelatedAnswerSchema>;

/** Parse an incoming message or answer; unknown or malformed input yields null and is ignored. */
export function parseMessage<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
