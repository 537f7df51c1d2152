/**
 * An in-memory mirror of one database's live notes with a bigram index over them, for search and listing: Chromium's
 * IndexedDB pays per index entry about a quarter of a row and counts by walking, so a query whose bigrams are common
 * cannot beat a table scan tenfold through IndexedDB alone. Built by one read of the table on first use, then kept
 * current by Dexie hooks, applied when each write's transaction commits (an aborted write changes nothing).
 */
import type { CreatingHookContext, DeletingHookContext, Transaction, UpdatingHookContext } from 'dexie';
import { foldString } from '../anchor/fold';
import type { NoteRow, PolicyLensDb } from './db';
import { fromRow } from './note-row';
import type { Note } from './schema';
import { containsWords, noteTerms, type QueryTerm } from './terms';

/** A live note, with its quote and text folded for matching once a search first checks it. */
export interface MirroredNote {
  note: Note;
  folded?: { quote: string; text: string };
}

/** Whether a mirrored note's quote or text contains every folded query word (folding it on first use). */
export function mirroredContains(m: MirroredNote, words: readonly string[]): boolean {
  m.folded ??= { quote: foldString(m.note.selectors.quote.exact), text: foldString(m.note.note) };
  return containsWords(m.folded.quote, m.folded.text, words);
}

/** The live notes and, per index term, the ids of notes that had it (stale ids are possible: callers check the text). */
export class NoteMirror {
  private readonly notes = new Map<string, MirroredNote>();
  private postings = new Map<string, string[]>();
  /** Posting entries of replaced or removed notes, still listed. */
  private stale = 0;
  private listed = 0;

  /** Every live note. */
  all(): IterableIterator<MirroredNote> {
    return this.notes.values();
  }

  /** How many live notes there are. */
  get size(): number {
    return this.notes.size;
  }

  /** Store a row as written (a deleted note leaves the mirror). */
  put(row: NoteRow): void {
    this.remove(row.id);
    if (row.deletedAt !== null) return;
    const note = fromRow(row);
    this.notes.set(note.id, { note });
    this.index(note.id, row.terms ?? noteTerms(note));
  }

  /** Forget a note (purged, or deleted softly). */
  remove(id: string): void {
    const old = this.notes.get(id);
    if (!old) return;
    this.notes.delete(id);
    this.stale += noteTerms(old.note).length;
    if (this.stale > Math.max(this.listed / 2, 10_000)) this.reindex();
  }

  /**
   * Ids of the notes that may contain every term: the postings of each term (a prefix term: of every term starting with
   * it), intersected rarest first. A superset of the matches: check each note's text.
   */
  candidates(terms: readonly QueryTerm[]): Set<string> {
    const lists = terms.map((t) => (t.prefix ? this.withPrefix(t.term) : this.postings.get(t.term) ?? []));
    lists.sort((a, b) => a.length - b.length);
    let out: Set<string> | null = null;
    for (const list of lists) {
      if (out === null) {
        out = new Set(list);
      } else {
        const both = new Set<string>();
        for (const id of list) if (out.has(id)) both.add(id);
        out = both;
      }
      if (out.size === 0) break;
    }
    return out ?? new Set();
  }

  /** The mirrored note of an id, if it is live. */
  get(id: string): MirroredNote | undefined {
    return this.notes.get(id);
  }

  private withPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (const [term, ids] of this.postings) if (term.startsWith(prefix)) out.push(...ids);
    return out;
  }

  private index(id: string, terms: readonly string[]): void {
    for (const term of terms) {
      const ids = this.postings.get(term);
      if (ids) ids.push(id);
      else this.postings.set(term, [id]);
    }
    this.listed += terms.length;
  }

  /** Rebuild the postings from the live notes, dropping stale entries. */
  private reindex(): void {
    this.postings = new Map();
    this.stale = 0;
    this.listed = 0;
    for (const m of this.notes.values()) this.index(m.note.id, noteTerms(m.note));
  }
}

const mirrors = new WeakMap<PolicyLensDb, Promise<NoteMirror>>();

/** The mirror of a database, built on first use (one read of the notes table); a failed build is retried next time. */
export function noteMirror(db: PolicyLensDb): Promise<NoteMirror> {
  let mirror = mirrors.get(db);
  if (!mirror) {
    mirror = buildMirror(db);
    mirrors.set(db, mirror);
    mirror.catch(() => mirrors.delete(db));
  }
  return mirror;
}

async function buildMirror(db: PolicyLensDb): Promise<NoteMirror> {
  const mirror = new NoteMirror();
  // Writes committed while the table is read are applied after its rows, in commit order.
  let pending: (() => void)[] | null = [];
  const apply = (tx: Transaction, change: () => void) =>
    tx.on('complete', () => {
      if (pending) pending.push(change);
      else change();
    });
  const creating = function (this: CreatingHookContext<NoteRow, string>, _key: string, obj: NoteRow, tx: Transaction) {
    this.onsuccess = () => apply(tx, () => mirror.put(obj));
  };
  const updating = function (this: UpdatingHookContext<NoteRow, string>, _mods: object, _key: string, _obj: NoteRow, tx: Transaction) {
    this.onsuccess = (updated) => apply(tx, () => mirror.put(updated));
  };
  const deleting = function (this: DeletingHookContext<NoteRow, string>, key: string, _obj: NoteRow, tx: Transaction) {
    this.onsuccess = () => apply(tx, () => mirror.remove(key));
  };
  db.notes.hook('creating', creating);
  db.notes.hook('updating', updating);
  db.notes.hook('deleting', deleting);
  try {
    for (const row of await db.notes.toArray()) mirror.put(row);
  } catch (err) {
    db.notes.hook.creating.unsubscribe(creating);
    db.notes.hook.updating.unsubscribe(updating);
    db.notes.hook.deleting.unsubscribe(deleting);
    throw err;
  }
  for (const change of pending) change();
  pending = null;
  return mirror;
}
