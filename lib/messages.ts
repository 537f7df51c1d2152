/** Typed messages between the content script, the background and the extension pages; validated with zod on receipt. */
import { z } from 'zod';
import { AnalysisSchema, RecognitionSchema } from './policy/schema';

/** What a tab's content script found: recognition, the analysis (for policy pages) and whether it was cut short. */
export const PageStateSchema = z.object({
  url: z.string(),
  title: z.string(),
  recognition: RecognitionSchema,
  analysis: AnalysisSchema.nullable(),
  partial: z.boolean(),
  highlightsOn: z.boolean(),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Messages the background answers. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:state'), state: PageStateSchema }),
  z.object({ type: z.literal('tab:state'), tabId: z.number().int() }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Messages a content script answers (sent by the popup or side panel to one tab). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:toggle-highlights') }),
  z.object({ type: z.literal('page:scroll-to'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  z.object({ type: z.literal('page:get-state') }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Parse an incoming message; unknown or malformed messages yield null and are ignored. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}
