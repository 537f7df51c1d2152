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
  /** Related corpus items of one task of the sender's page. */
  z.object({
    type: z.literal('corpus:related'),
    taskId: z.string().max(200),
    docNumber: z.string().max(100).nullable(),
    title: z.string().max(2000),
    text: z.string().max(20000),
    units: z.array(z.object({ name: z.string().max(200), role: z.enum(['lead', 'co']) })).max(200),
  }),
  /** Every canonical unit name of the corpus (autocomplete for 我的单位). */
  z.object({ type: z.literal('corpus:units') }),
  /** Open a corpus document (and an item in it) in the corpus reader. */
  z.object({ type: z.literal('corpus:open'), doc: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), item: z.string().max(200).nullable() }),
  /** Open the side panel on the sender's tab. */
  z.object({ type: z.literal('panel:open') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
