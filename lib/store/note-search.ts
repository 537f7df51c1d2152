/** Finding notes: full-text search through the bigram index intersected with tag/colour/document/date filters, and tag counts. */
import type { NoteRow, PolicyLensDb } from './db';
import { fromRow } from './note-row';
import { invalid, ok, runRead, type StoreResult } from './result';
import { NoteQuerySchema, normalizeTag, type Note, type NoteQuery } from './schema';
import { noteMatchesText, queryTerms } from './terms';

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

/** Intersect id sets, smallest first. */
function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of first) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

async function ids(collection: { primaryKeys(): PromiseLike<string[]> }): Promise<Set<string>> {
  return new Set(await collection.primaryKeys());
}

/**
 * Notes matching every given criterion, newest edit first: `text` (each word in the quote or the note, found through
 * the `*terms` bigram index, never a scan of all notes), `tag`, `color`, `docKey`, edit time in [from, to].
 * Deleted notes are left out. `limit`/`offset` page the result; `total` counts all matches.
 */
export async function searchNotes(db: PolicyLensDb, query: NoteQuery): Promise<StoreResult<NoteSearchResult>> {
  const parsed = NoteQuerySchema.safeParse(query);
  if (!parsed.success) return invalid(parsed.error, '搜索条件');
  const q = parsed.data;
  const text = q.text?.trim() ?? '';
  const tag = q.tag === undefined ? '' : normalizeTag(q.tag);
  const from = q.from ?? 0;
  const to = q.to ?? Number.MAX_SAFE_INTEGER;

  return runRead(db, [db.notes], async () => {
    const selective: Promise<Set<string>>[] = [];
    if (text) {
      const terms = queryTerms(text);
      if (terms.length === 0) return { notes: [], total: 0 };
      for (const t of terms) {
        const where = db.notes.where('terms');
        selective.push(ids(t.prefix ? where.startsWith(t.term) : where.equals(t.term)));
      }
    }
    if (tag) selective.push(ids(db.notes.where('tags').equals(tag)));
    if (q.docKey) selective.push(ids(db.notes.where('docKey').equals(q.docKey)));

    if (selective.length === 0) return listAll(db, q.color, from, to, q.offset, q.limit);

    const candidates = intersect(await Promise.all(selective));
    const rows = await db.notes.bulkGet([...candidates]);
    const notes = rows
      .filter((r): r is NoteRow => r !== undefined && r.deletedAt === null)
      .filter((r) => (!q.color || r.color === q.color) && r.updatedAt >= from && r.updatedAt <= to)
      .filter((r) => !text || noteMatchesText(r, text))
      .map(fromRow)
      .sort((a, b) => b.updatedAt - a.updatedAt);
    return { notes: pageOf(notes, q.offset, q.limit), total: notes.length };
  });
}

function pageOf(notes: Note[], offset: number, limit: number | undefined): Note[] {
  return notes.slice(offset, limit === undefined ? undefined : offset + limit);
}

/** Deleted notes skipped in memory when listing; with more, the listing filters them while walking the index. */
const MAX_SKIPPED = 500;

/** Without text, tag or document: walk the edit-time index newest first, reading only the requested page's rows. */
async function listAll(
  db: PolicyLensDb,
  color: Note['color'] | undefined,
  from: number,
  to: number,
  offset: number,
  limit: number | undefined,
): Promise<NoteSearchResult> {
  const range = () => db.notes.where('updatedAt').between(from, to, true, true);
  const deletedIds = await db.notes.where('deletedAt').aboveOrEqual(0).primaryKeys();
  if (!color && deletedIds.length <= MAX_SKIPPED) {
    const deleted = (await db.notes.bulkGet(deletedIds)).filter((r) => r && r.updatedAt >= from && r.updatedAt <= to);
    const total = (await range().count()) - deleted.length;
    const wanted = limit === undefined ? range().reverse() : range().reverse().limit(offset + limit + deleted.length);
    const live = (await wanted.toArray()).filter((r) => r.deletedAt === null);
    return { notes: pageOf(live.map(fromRow), offset, limit), total };
  }
  const deleted = new Set(deletedIds);
  const inColor = color ? await ids(db.notes.where('color').equals(color)) : null;
  const total = (await range().primaryKeys()).filter((id) => !deleted.has(id) && (!inColor || inColor.has(id))).length;
  let page = range()
    .reverse()
    .filter((r) => r.deletedAt === null && (!color || r.color === color))
    .offset(offset);
  if (limit !== undefined) page = page.limit(limit);
  return { notes: (await page.toArray()).map(fromRow), total };
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
