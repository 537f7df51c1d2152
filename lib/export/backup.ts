/** The JSON backup of everything the reader keeps, its import preview, and its all-or-nothing import. */
import type { PolicyLensDb } from '../store/db';
import { fromRow, toRow } from '../store/note-row';
import { fail, ok, runRead, runWrite, type StoreResult } from '../store/result';
import type { Note, Setting } from '../store/schema';
import { META_KEY_PREFIX } from '../store/settings';
import { planMerge, type ImportCounts, type MergeCounts, type MergePlan } from './backup-merge';
import { parseBackup } from './backup-parse';
import { BACKUP_FORMAT, BACKUP_VERSION, backupJson, type Backup } from './backup-schema';
import type { OnProgress } from './progress';

/** The merge counts (lib/export/backup-merge.ts), re-exported so the backup API is one import. */
export type { ImportCounts, MergeCounts } from './backup-merge';
/** The backup format (lib/export/backup-schema.ts), re-exported so the backup API is one import. */
export { BackupSchema, type Backup } from './backup-schema';

/** Records read or written between two progress reports. */
const CHUNK = 1000;

/** Options of long backup work: the time to stamp (ms epoch) and a progress callback. */
export interface BackupOptions {
  now?: number;
  onProgress?: OnProgress;
}

/** What an import would do (preview) or did: counts in total and per kind, and warnings about dropped fields. */
export interface ImportSummary {
  /** All records: new here, newer than here (changed), identical, not newer (older, kept). */
  counts: ImportCounts;
  /** The same per kind of record. */
  detail: MergeCounts;
  /** Things the reader should know that did not stop the import (e.g. unsafe field names ignored). */
  warnings: string[];
}

/**
 * A JSON backup of everything, read in one transaction (a consistent snapshot): every note including soft-deleted
 * ones, every task status, every setting (not the extension's own `meta:` records), with `format: 'policylens-backup'`,
 * `version: 1` and `exportedAt`.
 */
export async function makeBackup(db: PolicyLensDb, options: BackupOptions = {}): Promise<StoreResult<string>> {
  const { now = Date.now(), onProgress } = options;
  const read = await runRead(db, [db.notes, db.taskStatuses, db.settings], async () => {
    const total = await db.notes.count();
    const notes: Note[] = [];
    let chunk = await db.notes.orderBy('id').limit(CHUNK).toArray();
    while (chunk.length > 0) {
      for (const row of chunk) notes.push(fromRow(row));
      onProgress?.(notes.length, total);
      if (chunk.length < CHUNK) break;
      chunk = await db.notes.where('id').above(chunk[chunk.length - 1].id).limit(CHUNK).toArray();
    }
    const [taskStatuses, allSettings] = await Promise.all([db.taskStatuses.orderBy('id').toArray(), db.settings.orderBy('key').toArray()]);
    const settings = allSettings.filter((s) => !s.key.startsWith(META_KEY_PREFIX));
    return { notes, taskStatuses, settings };
  });
  if (!read.ok) return read;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...read.value,
  };
  return ok(backupJson(backup));
}

/** Look up what the database holds for a backup's records and plan the merge (inside the caller's transaction). */
async function plan(db: PolicyLensDb, backup: Backup): Promise<MergePlan> {
  const noteRows = await db.notes.bulkGet(backup.notes.map((n) => n.id));
  const notes = new Map<string, Note>();
  for (const row of noteRows) if (row) notes.set(row.id, fromRow(row));
  const settingRows = await db.settings.bulkGet(backup.settings.map((s) => s.key));
  const settings = new Map<string, Setting>();
  for (const row of settingRows) if (row) settings.set(row.key, row);
  const taskStatuses = await db.taskStatuses.toArray();
  return planMerge(backup, { notes, taskStatuses, settings }, () => crypto.randomUUID());
}

function summary(p: MergePlan, warnings: string[]): ImportSummary {
  return { counts: p.counts.total, detail: p.counts, warnings };
}

/**
 * What importing `text` would do, without writing: how many records are new, changed (the backup's is newer),
 * identical, or older (kept). A file that would be refused is refused here with the same message.
 */
export async function previewImport(db: PolicyLensDb, text: string, options: BackupOptions = {}): Promise<StoreResult<ImportSummary>> {
  const parsed = parseBackup(text, options.onProgress);
  if (!parsed.ok) return fail('invalid', parsed.message);
  const read = await runRead(db, [db.notes, db.taskStatuses, db.settings], () => plan(db, parsed.backup));
  return read.ok ? ok(summary(read.value, parsed.warnings)) : read;
}

/**
 * Import a backup: merged by id (task statuses by task) with the newer `updatedAt` winning, written in ONE transaction —
 * everything lands or nothing does. A bad file or record is refused before anything is written, with a Chinese
 * message naming the first bad record and field; a failed write (e.g. storage full) rolls back and says so.
 * Progress counts validation, then writing: `total` is twice the number of records.
 */
export async function importBackup(db: PolicyLensDb, text: string, options: BackupOptions = {}): Promise<StoreResult<ImportSummary>> {
  const { onProgress } = options;
  const parsed = parseBackup(text, onProgress && ((done, total) => onProgress(done, total * 2)));
  if (!parsed.ok) return fail('invalid', parsed.message);
  const b = parsed.backup;
  const records = b.notes.length + b.taskStatuses.length + b.settings.length;
  return runWrite(db, [db.notes, db.taskStatuses, db.settings], async () => {
    const p = await plan(db, b);
    if (p.taskStatuses.length) await db.taskStatuses.bulkPut(p.taskStatuses);
    if (p.settings.length) await db.settings.bulkPut(p.settings);
    const skipped = records - p.notes.length;
    for (let i = 0; i < p.notes.length; i += CHUNK) {
      await db.notes.bulkPut(p.notes.slice(i, i + CHUNK).map(toRow));
      onProgress?.(records + skipped + Math.min(i + CHUNK, p.notes.length), records * 2);
    }
    onProgress?.(records * 2, records * 2);
    return ok(summary(p, parsed.warnings));
  });
}
