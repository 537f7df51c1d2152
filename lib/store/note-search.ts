/** Finding notes: full-text search through the bigram index with tag/colour/document/date filters, and tag counts. */
import type { PolicyLensDb } from './db';
import { mirroredContains, noteMirror, type MirroredNote, type NoteMirror } from './note-mirror';
import { invalid, ok, runRead, toStoreError, type StoreResult } from './result';
import { NoteQuerySchema, normalizeTag, type Note, type NoteQuery } from './schema';
import { queryTerms, queryWords } from './terms';

/** A page of search results and how many notes matched in all. */
export interface NoteSearchResult {
  notes: Note[];
  total: number;
}

/** A tag and how many live notes carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Notes matching every given criterion, newest edit first: `text` (each word in the quote or the note: candidates from
 * the bigram index, intersected rarest first, then checked — never a scan of all notes), `tag`, `color`, `docKey`, edit
 * time in [from, to]. Deleted notes are left out. `limit`/`offset` page the result; `total` counts all matches.
 * Answered from the in-memory mirror of the notes (lib/store/note-mirror.ts), which the first call builds.
 */
export async function searchNotes(db: PolicyLensDb, query: NoteQuery): Promise<StoreResult<NoteSearchResult>> {
  const parsed = NoteQuerySchema.safeParse(query);
  if (!parsed.success) return invalid(parsed.error, '搜索条件');
  const q = parsed.data;
  const text = q.text?.trim() ?? '';
  const tag = q.tag === undefined ? '' : normalizeTag(q.tag);
  const from = q.from ?? 0;
  const to = q.to ?? Number.MAX_SAFE_INTEGER;
  let mirror: NoteMirror;
  try {
    mirror = await noteMirror(db);
  } catch (err) {
    return { ok: false, error: toStoreError(err) };
  }

  let pool: Iterable<MirroredNote> = mirror.all();
  const words = queryWords(text);
  if (text) {
    const terms = queryTerms(text);
    if (terms.length === 0) return ok({ notes: [], total: 0 });
    pool = [...mirror.candidates(terms)].flatMap((id) => mirror.get(id) ?? []);
  }
  const matches: Note[] = [];
  for (const m of pool) {
    const n = m.note;
    if (tag && !n.tags.includes(tag)) continue;
    if ((q.color && n.color !== q.color) || (q.docKey && n.docKey !== q.docKey)) continue;
    if (n.updatedAt < from || n.updatedAt > to) continue;
    if (words.length && !mirroredContains(m, words)) continue;
    matches.push(n);
  }
  // Newest first; equal times in the edit-time index's order (id descending).
  matches.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const end = q.limit === undefined ? undefined : q.offset + q.limit;
  return ok({ notes: structuredClone(matches.slice(q.offset, end)), total: matches.length });
}

/** Every tag on live notes with its count, most used first (ties in Chinese collation order), for autocomplete. */
export async function allTags(db: PolicyLensDb): Promise<StoreResult<TagCount[]>> {
  const read = await runRead(db, [db.notes], async () => {
    const deleted = new Set(await db.notes.where('deletedAt').aboveOrEqual(0).primaryKeys());
    const tags = (await db.notes.orderBy('tags').uniqueKeys()).map(String);
    return Promise.all(
      tags.map(async (tag) => {
        const ids = await db.notes.where('tags').equals(tag).primaryKeys();
        return { tag, count: deleted.size ? ids.filter((id) => !deleted.has(id)).length : ids.length };
      }),
    );
  });
  if (!read.ok) return read;
  const tags = read.value.filter((t) => t.count > 0);
  tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-Hans-CN'));
  return ok(tags);
}
