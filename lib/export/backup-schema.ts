/** The JSON backup format (everything the reader keeps: notes, task statuses, settings), defined once as a zod schema. */
import { z } from 'zod';
import {
  NoteSchema,
  SelectorsSchema,
  SettingSchema,
  TaskStatusSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
} from '../store/schema';

/** The `format` field that marks a PolicyLens backup. */
export const BACKUP_FORMAT = 'policylens-backup';
/** The backup format version this build writes and reads. */
export const BACKUP_VERSION = 1;
/** Largest backup file read (characters, checked before parsing): 50 MB. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
/** Most records (notes + task statuses + settings) one backup may hold. */
export const MAX_BACKUP_RECORDS = 200_000;
/** Deepest nesting of objects and arrays accepted (a real backup needs 5; settings values may nest a little more). */
export const MAX_BACKUP_DEPTH = 32;

/** A note as backed up: the store's note schema with every nested object strict (unknown fields are refused). */
export const BackupNoteSchema = NoteSchema.extend({
  selectors: SelectorsSchema.extend({
    quote: TextQuoteSelectorSchema.strict(),
    position: TextPositionSelectorSchema.strict(),
  }).strict(),
}).strict();

/** A task status as backed up (the store's schema, strict). */
export const BackupTaskStatusSchema = TaskStatusSchema.strict();

/** A setting as backed up (the store's schema, strict). */
export const BackupSettingSchema = SettingSchema.strict();

/** The whole backup file: format marker, version, export time, and every record (soft-deleted notes included). */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  notes: z.array(BackupNoteSchema),
  taskStatuses: z.array(BackupTaskStatusSchema),
  settings: z.array(BackupSettingSchema),
});
/** A validated backup. */
export type Backup = z.infer<typeof BackupSchema>;

/** The record lists of a backup, in the order they are validated and reported. */
export const BACKUP_LISTS = [
  { key: 'notes', label: '批注', schema: BackupNoteSchema },
  { key: 'taskStatuses', label: '任务状态', schema: BackupTaskStatusSchema },
  { key: 'settings', label: '设置', schema: BackupSettingSchema },
] as const;

/** Serialize a backup: the header on the first line, then one record per line (readable, diff-friendly, compact). */
export function backupJson(backup: Backup): string {
  const list = (items: readonly unknown[]) =>
    items.length ? `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]` : '[]';
  const head = JSON.stringify({ format: backup.format, version: backup.version, exportedAt: backup.exportedAt }).slice(0, -1);
  return `${head},\n"notes":${list(backup.notes)},\n"taskStatuses":${list(backup.taskStatuses)},\n"settings":${list(backup.settings)}\n}\n`;
}
