/** Notes: create, edit (last write wins), soft delete with undo, purge, and the notes of a page or document. */
import { sameSelectors } from '../anchor/refresh-selectors';
import type { PolicyLensDb } from './db';
import { fromRow, toRow } from './note-row';
import { fail, invalid, ok, runRead, runWrite, type StoreResult } from './result';
import {
  NewNoteSchema,
  NotePatchSchema,
  NoteSchema,
  normalizeTags,
  SelectorsSchema,
  type NewNote,
  type Note,
  type NotePatch,
  type Selectors,
} from './schema';
import { normalizeUrl } from './url-key';

/** Search and tag counts (lib/store/note-search.ts), re-exported so the notes API is one import. */
export { allTags, searchNotes } from './note-search';
/** The reader's task statuses (lib/store/task-status.ts), re-exported so the notes API is one import. */
export { getTaskStatuses, setTaskStatus } from './task-status';

const NOT_FOUND = '找不到这条批注，它可能已被永久删除。';

/** Create a note: validated, url and tags normalized, a UUID and timestamps given; the stored note is returned. */
export async function createNote(db: PolicyLensDb, input: NewNote, now = Date.now()): Promise<StoreResult<Note>> {
  const parsed = NewNoteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, '批注');
  const checked = NoteSchema.safeParse({
    ...parsed.data,
    id: crypto.randomUUID(),
    url: normalizeUrl(parsed.data.url),
    tags: normalizeTags(parsed.data.tags),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  if (!checked.success) return invalid(checked.error, '批注');
  const note = checked.data;
  return runWrite(db, [db.notes], async () => {
    await db.notes.add(toRow(note));
    return ok(note);
  });
}

/** One note by id (deleted ones included: `deletedAt` tells). */
export async function getNote(db: PolicyLensDb, id: string): Promise<StoreResult<Note>> {
  const read = await runRead(db, [db.notes], () => db.notes.get(id));
  if (!read.ok) return read;
  return read.value ? ok(fromRow(read.value)) : fail('not-found', NOT_FOUND);
}

/**
 * Edit a note's text, tags, colour or selectors at time `at`. Last write wins: an edit older than the stored version
 * changes nothing and the stored (newer) note is returned, so the caller shows what is current.
 */
export async function updateNote(db: PolicyLensDb, id: string, patch: NotePatch, at = Date.now()): Promise<StoreResult<Note>> {
  const parsed = NotePatchSchema.safeParse(patch);
  if (!parsed.success) return invalid(parsed.error, '批注');
  const p = parsed.data;
  return runWrite(db, [db.notes], async () => {
    const row = await db.notes.get(id);
    if (!row) return fail('not-found', NOT_FOUND);
    const current = fromRow(row);
    if (current.deletedAt !== null) return fail('not-found', '这条批注已删除，请先撤销删除再修改。');
    if (at < current.updatedAt) return ok(current);
    const next = NoteSchema.safeParse({
      ...current,
      ...(p.note !== undefined && { note: p.note }),
      ...(p.tags !== undefined && { tags: normalizeTags(p.tags) }),
      ...(p.color !== undefined && { color: p.color }),
      ...(p.selectors !== undefined && { selectors: p.selectors }),
      updatedAt: at,
    });
    if (!next.success) return invalid(next.error, '批注');
    await db.notes.put(toRow(next.data));
    return ok(next.data);
  });
}

/**
 * Move a note's selectors to where a fuzzy re-anchor found its passage (`to`), if they are still `from` — the ones the
 * page anchored — so a concurrent move or edit of the selectors is never overwritten. Not an edit by the reader: the
 * edit time stays. Returns the stored note, moved or not (deleted notes are not moved).
 */
export async function moveSelectors(db: PolicyLensDb, id: string, from: Selectors, to: Selectors): Promise<StoreResult<Note>> {
  const parsed = SelectorsSchema.safeParse(to);
  if (!parsed.success) return invalid(parsed.error, '批注位置');
  return runWrite(db, [db.notes], async () => {
    const row = await db.notes.get(id);
    if (!row) return fail('not-found', NOT_FOUND);
    const current = fromRow(row);
    if (current.deletedAt !== null || !sameSelectors(current.selectors, from)) return ok(current);
    const next: Note = { ...current, selectors: parsed.data };
    await db.notes.put(toRow(next));
    return ok(next);
  });
}

/** Set or clear a note's deletion time (shared by delete and undo). */
async function setDeleted(db: PolicyLensDb, id: string, deletedAt: number | null, at: number): Promise<StoreResult<Note>> {
  return runWrite(db, [db.notes], async () => {
    const row = await db.notes.get(id);
    if (!row) return fail('not-found', NOT_FOUND);
    const current = fromRow(row);
    if ((current.deletedAt === null) === (deletedAt === null)) return ok(current);
    const next: Note = { ...current, deletedAt, updatedAt: Math.max(at, current.updatedAt) };
    await db.notes.put(toRow(next));
    return ok(next);
  });
}

/** Soft-delete a note (kept until purged, so it can be undone); deleting a deleted note changes nothing. */
export function softDelete(db: PolicyLensDb, id: string, at = Date.now()): Promise<StoreResult<Note>> {
  return setDeleted(db, id, at, at);
}

/** Undo a soft delete. */
export function undoDelete(db: PolicyLensDb, id: string, at = Date.now()): Promise<StoreResult<Note>> {
  return setDeleted(db, id, null, at);
}

/** Permanently remove notes soft-deleted before `olderThan` (ms epoch), all or none; returns how many. */
export function purgeDeleted(db: PolicyLensDb, olderThan: number): Promise<StoreResult<number>> {
  return runWrite(db, [db.notes], async () => ok(await db.notes.where('deletedAt').below(olderThan).delete()));
}

/**
 * The live notes of a page: those saved at the same normalized URL or on the same document (docKey), so a note
 * follows its document to another address. Ordered by position in the text.
 */
export async function notesForPage(db: PolicyLensDb, url: string, docKey: string | null): Promise<StoreResult<Note[]>> {
  const key = normalizeUrl(url);
  return runRead(db, [db.notes], async () => {
    const [byUrl, byDoc] = await Promise.all([
      db.notes.where('url').equals(key).toArray(),
      docKey ? db.notes.where('docKey').equals(docKey).toArray() : Promise.resolve([]),
    ]);
    const byId = new Map<string, Note>();
    for (const row of [...byUrl, ...byDoc]) if (row.deletedAt === null) byId.set(row.id, fromRow(row));
    return [...byId.values()].sort(
      (a, b) => a.selectors.position.start - b.selectors.position.start || a.createdAt - b.createdAt,
    );
  });
}
