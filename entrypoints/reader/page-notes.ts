/** The notes of the page the reader shows: loaded from the background, merged with changes made in other tabs, anchored in the page's text. */
import { anchorAll, type AnchorMatch } from '../../lib/anchor/match-quote';
import { refreshedSelectors } from '../../lib/anchor/refresh-selectors';
import type { NoteRecord } from '../../lib/content-messages';
import type { PageView } from '../../lib/page/page-plan';
import { taskAt } from '../../lib/page/hit-test';
import { normalizeUrl } from '../../lib/store/url-key';
import * as client from './notes-client';

/** A page that can carry notes: its analysis and the keys its notes are saved under. */
export interface NotesPage {
  result: PageView;
  keys: client.PageKeys;
}

/** The page's notes as the notes layer uses them. */
export interface PageNotes {
  /** The notes, in order of their passage's position. */
  list(): readonly NoteRecord[];
  /** Where note `id` is placed in the page's text, or null (an orphan, or no such note). */
  anchorOf(id: string): AnchorMatch | null;
  /** The notes whose passage could not be placed in the page's text. */
  orphans(): NoteRecord[];
  /** Show the notes of `page` (null: the page carries none); they are loaded again when its address or document changed. */
  setPage(page: NotesPage | null): void;
  /** Load the page's notes again (another tab may have changed them). */
  load(): Promise<void>;
  /**
   * Notes of the document `docKey` or the address `url` changed in another tab: the written `note` is updated or removed in place
   * (all are loaded again when it is not given, or when a load is under way, whose answer may predate it); other pages' changes are ignored.
   */
  changedElsewhere(docKey: string | null, url: string | null, note: NoteRecord | null): void;
  /** A note saved here: put in its place. */
  put(note: NoteRecord): void;
  /** A note deleted here: taken out. */
  drop(id: string): void;
}

/** Whether the page moved to another address or document (its notes must be loaded again). */
function movedFrom(before: NotesPage | null, keys: client.PageKeys): boolean {
  return !before || before.keys.docKey !== keys.docKey || normalizeUrl(before.keys.url) !== normalizeUrl(keys.url);
}

/** Create the page's notes; `changed` is called when a load or a change from another tab replaced them. */
export function createPageNotes(changed: () => void): PageNotes {
  let page: NotesPage | null = null;
  let notes: NoteRecord[] = [];
  let anchors = new Map<string, AnchorMatch | null>();
  let loadSeq = 0;
  let loading = 0;
  // Selector moves already asked for (note id + new quote and position): each is sent once, whatever the answer.
  const moves = new Set<string>();

  const reanchor = () => {
    const found = page ? anchorAll(page.result.textMap.text, notes.map((n) => n.selectors)) : [];
    anchors = new Map(notes.map((n, i) => [n.id, found[i] ?? null]));
    if (page) for (const n of notes) storeMove(page.result, n, anchors.get(n.id) ?? null);
  };
  /** After a fuzzy re-anchor, store the passage's new selectors so the next load anchors it exactly (exact and orphan: nothing). */
  const storeMove = (result: PageView, n: NoteRecord, match: AnchorMatch | null) => {
    const text = result.textMap.text;
    const to = match && refreshedSelectors(text, n.selectors, match, taskAt(result.plan.tasks, match.start)?.id ?? null);
    const key = to && `${n.id}\n${to.position.start}\n${to.quote.exact}`;
    if (!to || !key || moves.has(key)) return;
    moves.add(key);
    void client.reanchorNote(n.id, n.selectors, to).then((a) => {
      if (!a.ok || !notes.some((x) => x.id === n.id && x.updatedAt === a.value.updatedAt)) return;
      notes = notes.map((x) => (x.id === n.id ? a.value : x));
      reanchor();
    });
  };
  const load = async () => {
    if (!page) return;
    const seq = ++loadSeq;
    loading++;
    const a = await client.notesForPage(page.keys).finally(() => loading--);
    if (seq !== loadSeq || !page || !a.ok) return;
    notes = a.value;
    reanchor();
    changed();
  };
  const put = (note: NoteRecord) => {
    notes = [...notes.filter((n) => n.id !== note.id), note].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    reanchor();
  };
  const drop = (id: string) => {
    notes = notes.filter((n) => n.id !== id);
    reanchor();
  };

  return {
    list: () => notes,
    anchorOf: (id) => anchors.get(id) ?? null,
    orphans: () => notes.filter((n) => !anchors.get(n.id)),
    setPage(next) {
      const moved = next !== null && movedFrom(page, next.keys);
      page = next;
      if (!next) notes = [];
      reanchor();
      if (moved) void load();
    },
    load,
    changedElsewhere(docKey, url, note) {
      const mine = page && (docKey === page.keys.docKey || (url !== null && normalizeUrl(url) === normalizeUrl(page.keys.url)));
      if (!mine) return;
      if (!note || loading > 0) return void load();
      if (note.deletedAt === null) put(note);
      else drop(note.id);
      changed();
    },
    put,
    drop,
  };
}
