/** Typed messages between the content script, the background and the extension pages; validated with zod on receipt. */
import { z } from 'zod';
import { MAX_ANALYZED_CHARS } from './page/limits';
import { AnalysisSchema, RecognitionSchema } from './policy/schema';
import {
  DocKeySchema,
  MAX_NOTE_LENGTH,
  MAX_TAGS,
  NoteColorSchema,
  NoteQuerySchema,
  NoteSchema,
  SelectorsSchema,
  TaskStatusInputSchema,
} from './store/schema';

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

/** What the content script read from a page for the verdict, besides its text (lib/page/collect-page.ts). */
export const PageFactsSchema = z.object({
  url: z.string().max(8192),
  /** document.title as the page has it. */
  title: z.string().max(10_000),
  /** The title without the site suffix. */
  pageTitle: z.string().max(10_000),
  /** The content script's cheap pre-gate (lib/page/quick-gate.ts), or the page's own declaration (lib/page/gatekeeper.ts). */
  gate: z.object({ pass: z.boolean(), kind: z.enum(['interpretation', 'news', 'list', 'other']), reason: z.string().max(200) }),
  metaTags: z.record(z.string().max(200), z.string().max(100_000)),
  /** 信息公开 table: label → value. */
  infoTable: z.record(z.string().max(200), z.string().max(100_000)),
  linkDensity: z.number().min(0).max(1),
  linkCount: z.number().int().nonnegative(),
  /** A main content element was found (its text follows). */
  hasMain: z.boolean(),
});
export type PageFacts = z.infer<typeof PageFactsSchema>;

/** Tags as the reader typed them (normalized by the store): bounded in number and length. */
const TagInputSchema = z.array(z.string().max(200)).max(MAX_TAGS);
const NoteIdSchema = z.uuid();

/** The message types of NOTES_REQUESTS. */
const NOTES_REQUEST_TYPES = [
  'notes:create', 'notes:update', 'notes:delete', 'notes:undo-delete', 'notes:reanchor', 'notes:for-page', 'notes:search', 'notes:tags', 'status:set', 'status:get',
] as const;

/** Requests on the reader's notes and task statuses; the store validates again on write (lib/store/schema.ts). */
const NOTES_REQUESTS = [
  /** Save a new note (a highlight when its text is empty). */
  z.object({
    type: z.literal('notes:create'),
    note: NoteSchema.pick({ url: true, docKey: true, docTitle: true, docNumber: true, selectors: true, color: true, note: true }).extend({
      tags: TagInputSchema,
    }),
  }),
  /** Edit a note's text, tags or colour (last write wins). */
  z.object({
    type: z.literal('notes:update'),
    id: NoteIdSchema,
    patch: z.object({ note: z.string().max(MAX_NOTE_LENGTH).optional(), tags: TagInputSchema.optional(), color: NoteColorSchema.optional() }),
  }),
  /** Soft-delete a note (undo with notes:undo-delete). */
  z.object({ type: z.literal('notes:delete'), id: NoteIdSchema }),
  z.object({ type: z.literal('notes:undo-delete'), id: NoteIdSchema }),
  /** Move a note's selectors (`from`, as anchored) to where a fuzzy re-anchor found the passage (`to`); not an edit. */
  z.object({ type: z.literal('notes:reanchor'), id: NoteIdSchema, from: SelectorsSchema, to: SelectorsSchema }),
  /** The live notes of a page: same normalized URL or same document key. */
  z.object({ type: z.literal('notes:for-page'), url: z.string().min(1).max(4096), docKey: DocKeySchema.nullable() }),
  /** Search notes (bigram index) with tag / colour / document / edit-date filters; at most 500 per page of results. */
  z.object({
    type: z.literal('notes:search'),
    query: NoteQuerySchema.pick({ text: true, tag: true, color: true, docKey: true, from: true, to: true, offset: true }).extend({
      limit: z.number().int().positive().max(500).default(200),
    }),
  }),
  /** Every tag in use, most used first (autocomplete). */
  z.object({ type: z.literal('notes:tags') }),
  /** Set the reader's status (未开始 / 推进中 / 已完成 / 不相关) and note on a task. */
  z.object({ type: z.literal('status:set'), status: TaskStatusInputSchema.extend({ note: z.string().max(MAX_NOTE_LENGTH).optional() }) }),
  /** Every task status of a document. */
  z.object({ type: z.literal('status:get'), docKey: DocKeySchema }),
] as const;

/** Longest backup text a message may carry (the backup reader refuses files over 50 MB with its own message). */
const BACKUP_MAX_CHARS = 60_000_000;

/** Messages the background answers. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** Judge and analyse the sender's page from its facts and main-content text (answered with a PagePlan, lib/page/page-plan.ts). */
  z.object({
    type: z.literal('page:analyze'),
    facts: PageFactsSchema,
    text: z.string().max(MAX_ANALYZED_CHARS + 1),
    /** The text is the whole main content, not its first PREFIX_CHARS. */
    complete: z.boolean(),
  }),
  /** Load Readability into the sender frame (its main content has no known container). */
  z.object({ type: z.literal('page:readability') }),
  /** Load the reader (entrypoints/reader.ts) into the sender frame: the page passed the gatekeeper, or its reader selected text. */
  z.object({ type: z.literal('page:reader') }),
  /** The gatekeeper stopped the sender's page: record its verdict (and load the reader all the same when the page has notes). */
  z.object({ type: z.literal('page:stopped'), facts: PageFactsSchema }),
  /** The reader switched the sender page's highlights on or off. */
  z.object({ type: z.literal('page:highlights'), on: z.boolean() }),
  z.object({ type: z.literal('tab:state'), tabId: z.number().int() }),
  /** Related corpus items of one task of the sender's page. */
  z.object({
    type: z.literal('corpus:related'),
    taskId: z.string().max(200),
    /** The task itself (from the side panel); a content script leaves it out and the task is taken from its page's analysis. */
    task: z
      .object({
        docNumber: z.string().max(100).nullable(),
        title: z.string().max(2000),
        text: z.string().max(20000),
        units: z.array(z.object({ name: z.string().max(200), role: z.enum(['lead', 'co']) })).max(200),
      })
      .optional(),
  }),
  /** Every canonical unit name of the corpus (autocomplete for 我的单位). */
  z.object({ type: z.literal('corpus:units') }),
  /** A JSON backup of everything (notes, statuses, settings). */
  z.object({ type: z.literal('backup:make') }),
  /** What importing this backup would do (counts new / changed / identical / older), without writing. */
  z.object({ type: z.literal('backup:preview'), text: z.string().max(BACKUP_MAX_CHARS) }),
  /** Import a backup: merge by id, the newer update wins, all or nothing. */
  z.object({ type: z.literal('backup:import'), text: z.string().max(BACKUP_MAX_CHARS) }),
  /** Open a corpus document (and an item in it) in the corpus reader. */
  z.object({ type: z.literal('corpus:open'), doc: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), item: z.string().max(200).nullable() }),
  /** Open the side panel on the sender's tab. */
  z.object({ type: z.literal('panel:open') }),
  /** Bring the content scripts of the reader's added sites in step with the granted permissions; answers their patterns. */
  z.object({ type: z.literal('sites:sync') }),
  ...NOTES_REQUESTS,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** The backup requests (answered on the backup port by entrypoints/background/backup-port.ts). */
export type BackupRequest = Extract<BackgroundRequest, { type: 'backup:make' | 'backup:preview' | 'backup:import' }>;

/** Whether a background request is a backup request. */
export function isBackupRequest(msg: BackgroundRequest): msg is BackupRequest {
  return msg.type === 'backup:make' || msg.type === 'backup:preview' || msg.type === 'backup:import';
}

/** The port the options page opens for a backup request: the request goes in, progress reports and the answer come back. */
export const BACKUP_PORT = 'backup';

/** What the background sends on the backup port: progress (`done` of `total` steps, in order), then the answer. */
export const BackupPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('backup:progress'), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  z.object({ type: z.literal('backup:answer'), answer: z.unknown() }),
]);
export type BackupPortMessage = z.infer<typeof BackupPortMessageSchema>;

/** The notes and task-status requests (answered by entrypoints/background/notes.ts). */
export type NotesRequest = Extract<BackgroundRequest, { type: (typeof NOTES_REQUEST_TYPES)[number] }>;

/** Whether a background request is a notes or task-status request. */
export function isNotesRequest(msg: BackgroundRequest): msg is NotesRequest {
  return (NOTES_REQUEST_TYPES as readonly string[]).includes(msg.type);
}
