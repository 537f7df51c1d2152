/** Messages into the content script and the answers it receives (zod/mini: the content script must stay small). */
import * as z from 'zod/mini';
import { RelatedSchema } from './corpus/related-schema';

const offset = z.number().check(z.int(), z.nonnegative());

/** Longest passage a note may quote (the content script refuses longer selections; = MAX_QUOTE_LENGTH in lib/store/schema.ts). */
export const MAX_SELECTION_LENGTH = 10_000;
/** Longest note text the editor accepts (= MAX_NOTE_LENGTH in lib/store/schema.ts). */
export const MAX_NOTE_TEXT_LENGTH = 100_000;

/** Highlight colours of notes, in the order the UI offers them (= NoteColorSchema in lib/store/schema.ts). */
export const NoteColorMiniSchema = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);

/** A stored note as the background sends it (the full record is lib/store/schema.ts NoteSchema). */
export const NoteRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  docKey: z.string(),
  docTitle: z.string(),
  docNumber: z.nullable(z.string()),
  selectors: z.object({
    quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
    position: z.object({ start: offset, end: offset }),
    taskPath: z.nullable(z.string()),
  }),
  color: NoteColorMiniSchema,
  note: z.string(),
  tags: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.nullable(z.number()),
});
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

/** Messages a content script answers (sent by the popup or side panel to one tab). */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:toggle-highlights') }),
  z.object({ type: z.literal('page:scroll-to'), start: offset, end: offset }),
  /** Scroll to a note's passage as re-anchored on the page; answered with { ok: false } for an orphan. */
  z.object({ type: z.literal('page:scroll-to-note'), id: z.string().check(z.maxLength(100)) }),
  /** The page's note keys and which of its notes could not be placed (answered with PageNotesAnswerSchema). */
  z.object({ type: z.literal('page:note-anchors') }),
  /** Open the note toolbar on the current selection (the annotate-selection keyboard command). */
  z.object({ type: z.literal('notes:annotate-selection') }),
  /**
   * Notes of a document or page changed elsewhere (another tab, the side panel): update the one note sent with the
   * message in place (a deleted one is removed), or load them all again when none is sent (an import).
   */
  z.object({ type: z.literal('notes:changed'), docKey: z.nullable(z.string()), url: z.nullable(z.string()), note: z.optional(NoteRecordSchema) }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** The answer to corpus:related: the related items and, when the page is itself a seed, the same task in that seed. */
export const RelatedAnswerSchema = z.object({
  related: z.array(RelatedSchema),
  same: z.nullable(z.object({ doc: z.string(), docTitle: z.string(), id: z.string() })),
});
export type RelatedAnswer = z.infer<typeof RelatedAnswerSchema>;


/** A store answer: the value, or why it failed (a message for the reader). */
function storeAnswer<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ]);
}

/** The answer to notes:create / update / delete / undo-delete. */
export const NoteAnswerSchema = storeAnswer(NoteRecordSchema);
/** The answer to notes:for-page. */
export const NotesAnswerSchema = storeAnswer(z.array(NoteRecordSchema));
/** The answer to notes:search: a page of notes and the number of all matches. */
export const SearchAnswerSchema = storeAnswer(z.object({ notes: z.array(NoteRecordSchema), total: z.number() }));
/** The answer to notes:tags: tags in use with their counts, most used first. */
export const TagsAnswerSchema = storeAnswer(z.array(z.object({ tag: z.string(), count: z.number() })));

/** The content script's answer to page:note-anchors: the keys its notes are loaded by and the ids it could not place. */
export const PageNotesAnswerSchema = z.object({ url: z.string(), docKey: z.nullable(z.string()), orphans: z.array(z.string()) });
export type PageNotesAnswer = z.infer<typeof PageNotesAnswerSchema>;

/** Parse an incoming message or answer; unknown or malformed input yields null and is ignored. */
export function parseMessage<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

/** A task status (or unit note) as the side panel receives it (status:get / status:set answers); status null: a note only. */
export const TaskStatusRecordSchema = z.object({
  id: z.string(),
  docKey: z.string(),
  taskId: z.string(),
  status: z.nullable(z.enum(['todo', 'doing', 'done', 'na'])),
  note: z.string(),
  updatedAt: z.number(),
});
export type TaskStatusRecord = z.infer<typeof TaskStatusRecordSchema>;

/** The answer to status:get. */
export const StatusesAnswerSchema = storeAnswer(z.array(TaskStatusRecordSchema));
