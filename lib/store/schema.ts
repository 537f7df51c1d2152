/** Zod schemas of the reader's stored data (notes, task statuses, settings): the single definition of each record type. */
import { z } from 'zod';

/** Longest quote a note may keep (characters); longer selections are refused by the caller. */
export const MAX_QUOTE_LENGTH = 10_000;
/** Longest note text (Markdown source, characters). */
export const MAX_NOTE_LENGTH = 100_000;
/** Longest tag (characters, after normalization). */
export const MAX_TAG_LENGTH = 50;
/** Most tags one note may carry. */
export const MAX_TAGS = 50;

const timestamp = z.number().int().nonnegative();

/** Highlight colours a note can have. */
export const NoteColorSchema = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
export type NoteColor = z.infer<typeof NoteColorSchema>;

/** UI names of the highlight colours. */
export const NOTE_COLOR_LABELS: Readonly<Record<NoteColor, string>> = {
  yellow: '黄色',
  green: '绿色',
  blue: '蓝色',
  pink: '粉色',
  purple: '紫色',
};

/** W3C TextQuoteSelector: the quoted text and up to 32 characters on either side. */
export const TextQuoteSelectorSchema = z.object({
  exact: z
    .string()
    .min(1, { error: '没有选中文字，无法保存批注。' })
    .max(MAX_QUOTE_LENGTH, { error: `选中的文字超过 ${MAX_QUOTE_LENGTH} 字，请缩短选区后再保存。` }),
  prefix: z.string().max(256),
  suffix: z.string().max(256),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C TextPositionSelector: offsets [start, end) in the main content's text. */
export const TextPositionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.end >= p.start, { error: '批注位置无效（结束位置在开始位置之前）。' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** Everything needed to find a note's passage again; `taskPath` is the task's outline path (二.（一）.3) or null. */
export const SelectorsSchema = z.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  taskPath: z.string().max(200).nullable(),
});
export type Selectors = z.infer<typeof SelectorsSchema>;

/** A tag as stored: trimmed, inner whitespace collapsed, no leading #, 1–50 characters. */
export const TagSchema = z
  .string()
  .min(1)
  .max(MAX_TAG_LENGTH, { error: `标签不能超过 ${MAX_TAG_LENGTH} 个字。` })
  .refine((t) => t === normalizeTag(t), { error: '标签格式无效。' });

/** Normalize one tag: trim, collapse inner whitespace, drop leading # / ＃ (empty string when nothing is left). */
export function normalizeTag(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  let i = 0;
  while (i < t.length && (t[i] === '#' || t[i] === '＃')) i++;
  t = t.slice(i).trim();
  return t;
}

/** Normalize a tag list: each tag normalized, empty ones dropped, duplicates removed (first kept). */
export function normalizeTags(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normalizeTag).filter((t) => t.length > 0))];
}

/** A note's document key: `doc:` + normalized 文号 (document number), or `fp:` + a fingerprint of the main text. */
export const DocKeySchema = z
  .string()
  .max(300)
  .refine((k) => (k.startsWith('doc:') || k.startsWith('fp:')) && k.length > 4, { error: '文档标识无效。' });

/** A reader's note on a passage (a highlight when `note` is empty). */
export const NoteSchema = z.object({
  id: z.uuid(),
  url: z.string().min(1).max(4096),
  docKey: DocKeySchema,
  docTitle: z.string().max(500),
  docNumber: z.string().max(100).nullable(),
  selectors: SelectorsSchema,
  color: NoteColorSchema,
  note: z.string().max(MAX_NOTE_LENGTH, { error: `批注内容不能超过 ${MAX_NOTE_LENGTH} 字。` }),
  tags: z
    .array(TagSchema)
    .max(MAX_TAGS, { error: `一条批注最多 ${MAX_TAGS} 个标签。` })
    .refine((tags) => new Set(tags).size === tags.length, { error: '标签重复。' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});
export type Note = z.infer<typeof NoteSchema>;

/** What the caller supplies to create a note (url is normalized, tags are normalized, the rest is filled in). */
export const NewNoteSchema = NoteSchema.pick({ url: true, docKey: true, selectors: true }).extend({
  docTitle: z.string().max(500).default(''),
  docNumber: z.string().max(100).nullable().default(null),
  color: NoteColorSchema.default('yellow'),
  note: z.string().default(''),
  tags: z.array(z.string()).default([]),
});
export type NewNote = z.input<typeof NewNoteSchema>;

/** The fields an edit may change. */
export const NotePatchSchema = z.object({
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
  color: NoteColorSchema.optional(),
  selectors: SelectorsSchema.optional(),
});
export type NotePatch = z.infer<typeof NotePatchSchema>;

/** Criteria of a notes search (all optional, combined with AND); dates are edit times in ms epoch. */
export const NoteQuerySchema = z.object({
  text: z.string().max(200, { error: '搜索词太长（最多 200 字）。' }).optional(),
  tag: z.string().max(MAX_TAG_LENGTH).optional(),
  color: NoteColorSchema.optional(),
  docKey: z.string().max(300).optional(),
  from: timestamp.optional(),
  to: timestamp.optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().optional(),
});
export type NoteQuery = z.input<typeof NoteQuerySchema>;

/** The reader's own tracking status of a task (stored as ASCII; see TASK_STATUS_LABELS). */
export const TaskStatusValueSchema = z.enum(['todo', 'doing', 'done', 'na']);
export type TaskStatusValue = z.infer<typeof TaskStatusValueSchema>;

/** UI labels of the task statuses. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatusValue, string>> = {
  todo: '未开始',
  doing: '推进中',
  done: '已完成',
  na: '不相关',
};

/**
 * The reader's status and note on one task (工作任务) of one document — or on one unit of it, when `taskId` is
 * `unit:` + the unit's name (see lib/store/task-status.ts). `status` is null when only a note was written.
 */
export const TaskStatusSchema = z.object({
  id: z.uuid(),
  docKey: DocKeySchema,
  taskId: z.string().min(1).max(200),
  status: TaskStatusValueSchema.nullable(),
  note: z.string().max(MAX_NOTE_LENGTH, { error: `批注内容不能超过 ${MAX_NOTE_LENGTH} 字。` }),
  updatedAt: timestamp,
});
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** What the caller sets on a task or unit: its status, its note, or both (what is omitted is kept as stored). */
export const TaskStatusInputSchema = TaskStatusSchema.pick({ docKey: true, taskId: true }).extend({
  status: TaskStatusValueSchema.optional(),
  note: z.string().optional(),
});
export type TaskStatusInput = z.infer<typeof TaskStatusInputSchema>;

/** One setting: a key and a JSON value. */
export const SettingSchema = z.object({ key: z.string().min(1).max(200), value: z.json() });
export type Setting = z.infer<typeof SettingSchema>;

/** Why a store operation failed: storage full, invalid data, missing record, or any other failure. */
export const StoreErrorSchema = z.object({
  code: z.enum(['quota', 'invalid', 'not-found', 'failed']),
  message: z.string(),
});
export type StoreError = z.infer<typeof StoreErrorSchema>;
