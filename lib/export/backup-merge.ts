/** How a backup merges into the database: per record new, changed (the backup's is newer), identical, or older (kept). */
import type { Note, Setting, TaskStatus } from '../store/schema';
import type { Backup } from './backup-schema';

/** How many records of a backup are new here, newer than here (changed), identical, or not newer (older: kept as is). */
export interface ImportCounts {
  new: number;
  changed: number;
  identical: number;
  older: number;
}

/** The counts of one merge, in total and per kind of record. */
export interface MergeCounts {
  /** All records together. */
  total: ImportCounts;
  notes: ImportCounts;
  taskStatuses: ImportCounts;
  settings: ImportCounts;
}

/** What the database holds for the records of a backup (looked up by the caller inside its transaction). */
export interface Existing {
  /** Notes with the backup's note ids (deleted ones included). */
  notes: ReadonlyMap<string, Note>;
  /** Every task status, to match the backup's by task (docKey + taskId) and to keep ids unique. */
  taskStatuses: readonly TaskStatus[];
  /** Settings with the backup's keys. */
  settings: ReadonlyMap<string, Setting>;
}

/** The records a merge writes, and its counts. */
export interface MergePlan {
  notes: Note[];
  taskStatuses: TaskStatus[];
  settings: Setting[];
  counts: MergeCounts;
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = Object.keys(a);
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  return ka.length === Object.keys(bo).length && ka.every((k) => Object.hasOwn(bo, k) && sameJson(ao[k], bo[k]));
}

function zero(): ImportCounts {
  return { new: 0, changed: 0, identical: 0, older: 0 };
}

/** Classify one timestamped record against the one here: the newer `updatedAt` wins, a tie keeps the one here. */
function classify(incoming: { updatedAt: number }, here: { updatedAt: number } | undefined, same: boolean): keyof ImportCounts {
  if (!here) return 'new';
  if (same) return 'identical';
  return incoming.updatedAt > here.updatedAt ? 'changed' : 'older';
}

const taskKey = (s: Pick<TaskStatus, 'docKey' | 'taskId'>) => `${s.docKey}\u0000${s.taskId}`;

/**
 * Plan the merge of a backup: notes by id and task statuses by task (docKey + taskId; the id here is kept) — the newer
 * `updatedAt` wins; settings carry no time, so a setting already set here is kept and only missing ones are added.
 * `newId` gives a fresh id to an incoming task status whose id is taken here by another task.
 */
export function planMerge(backup: Backup, existing: Existing, newId: () => string): MergePlan {
  const counts: MergeCounts = { total: zero(), notes: zero(), taskStatuses: zero(), settings: zero() };
  const count = (kind: Exclude<keyof MergeCounts, 'total'>, verdict: keyof ImportCounts) => {
    counts[kind][verdict]++;
    counts.total[verdict]++;
  };
  const plan: MergePlan = { notes: [], taskStatuses: [], settings: [], counts };

  for (const note of backup.notes) {
    const here = existing.notes.get(note.id);
    const verdict = classify(note, here, here !== undefined && sameJson(note, here));
    count('notes', verdict);
    if (verdict === 'new' || verdict === 'changed') plan.notes.push(note);
  }

  const byTask = new Map(existing.taskStatuses.map((s) => [taskKey(s), s]));
  const idsHere = new Set(existing.taskStatuses.map((s) => s.id));
  for (const status of backup.taskStatuses) {
    const here = byTask.get(taskKey(status));
    const same = here !== undefined && here.status === status.status && here.note === status.note && here.updatedAt === status.updatedAt;
    const verdict = classify(status, here, same);
    count('taskStatuses', verdict);
    if (verdict === 'changed' && here) plan.taskStatuses.push({ ...status, id: here.id });
    if (verdict === 'new') plan.taskStatuses.push(idsHere.has(status.id) ? { ...status, id: newId() } : status);
  }

  for (const setting of backup.settings) {
    const here = existing.settings.get(setting.key);
    const verdict = !here ? 'new' : sameJson(here.value, setting.value) ? 'identical' : 'older';
    count('settings', verdict);
    if (verdict === 'new') plan.settings.push(setting);
  }
  return plan;
}
