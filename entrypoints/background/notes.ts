/** The notes service of the background: answers notes and task-status requests from the one database in the extension's origin, and tells open pages when notes change. */
import { browser } from 'wxt/browser';
import type { NotesRequest } from '../../lib/messages';
import { PolicyLensDb } from '../../lib/store/db';
import {
  allTags,
  createNote,
  getTaskStatuses,
  moveSelectors,
  notesForPage,
  searchNotes,
  setTaskStatus,
  softDelete,
  undoDelete,
  updateNote,
} from '../../lib/store/notes';
import { purgeIfDue } from '../../lib/store/purge';
import type { StoreResult } from '../../lib/store/result';
import type { Note } from '../../lib/store/schema';
import { normalizeUrl } from '../../lib/store/url-key';
import { READER_SCRIPT } from '../../lib/page/reader-script';
import { injectScript } from './inject';

/** Which document and page a write touched (url is null for task statuses, which no page paints), and the note written, if one was. */
export interface NotesChange {
  docKey: string;
  url: string | null;
  note?: Note;
}

/** A handled request: the answer for the sender and, after a successful write, what changed. */
export interface NotesOutcome {
  answer: StoreResult<unknown>;
  changed: NotesChange | null;
}

function noteChange(r: StoreResult<Note>): NotesOutcome {
  return { answer: r, changed: r.ok ? { docKey: r.value.docKey, url: r.value.url, note: r.value } : null };
}

/** Answer one notes or task-status request on `db` at time `now` (the receipt time decides "last write wins"). */
export async function handleNotesRequest(db: PolicyLensDb, msg: NotesRequest, now = Date.now()): Promise<NotesOutcome> {
  switch (msg.type) {
    case 'notes:create':
      return noteChange(await createNote(db, msg.note, now));
    case 'notes:update':
      return noteChange(await updateNote(db, msg.id, msg.patch, now));
    case 'notes:delete':
      return noteChange(await softDelete(db, msg.id, now));
    case 'notes:undo-delete':
      return noteChange(await undoDelete(db, msg.id, now));
    case 'notes:reanchor':
      // Not broadcast: two tabs showing different copies of a document would otherwise move the note back and forth.
      return { answer: await moveSelectors(db, msg.id, msg.from, msg.to), changed: null };
    case 'notes:for-page':
      return { answer: await notesForPage(db, msg.url, msg.docKey), changed: null };
    case 'notes:search':
      return { answer: await searchNotes(db, msg.query), changed: null };
    case 'notes:tags':
      return { answer: await allTags(db), changed: null };
    case 'status:set': {
      const r = await setTaskStatus(db, msg.status, now);
      return { answer: r, changed: r.ok ? { docKey: r.value.docKey, url: null } : null };
    }
    case 'status:get':
      return { answer: await getTaskStatuses(db, msg.docKey), changed: null };
  }
}

/**
 * The tabs showing notes, by the keys they loaded them with (`doc:`/`fp:` document keys and `url:` + normalized URL).
 * Kept in session storage too, so a restarted service worker still knows whom to tell.
 */
export class NoteWatchers {
  private byKey = new Map<string, Set<number>>();
  private loaded: Promise<void> | null = null;

  constructor(private readonly storageKey = 'notes:watchers') {}

  /** Remember that `tabId` shows the notes of `url` / `docKey`. */
  async watch(tabId: number, url: string, docKey: string | null): Promise<void> {
    await this.load();
    for (const key of keysOf(url, docKey)) {
      const tabs = this.byKey.get(key) ?? new Set<number>();
      tabs.add(tabId);
      this.byKey.set(key, tabs);
    }
    await this.save();
  }

  /** Forget a tab (closed, or its content script is gone). */
  async forget(tabId: number): Promise<void> {
    await this.load();
    for (const [key, tabs] of this.byKey) {
      tabs.delete(tabId);
      if (tabs.size === 0) this.byKey.delete(key);
    }
    await this.save();
  }

  /** The tabs to tell about a change, except `exceptTab` (the writer, which has updated itself). */
  async tabsFor(change: NotesChange, exceptTab?: number): Promise<number[]> {
    await this.load();
    const out = new Set<number>();
    for (const key of keysOf(change.url, change.docKey)) for (const tab of this.byKey.get(key) ?? []) out.add(tab);
    out.delete(exceptTab ?? -1);
    return [...out];
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const stored = await browser.storage.session?.get(this.storageKey).catch(() => undefined);
      const raw = stored?.[this.storageKey];
      if (!raw || typeof raw !== 'object') return;
      for (const [key, tabs] of Object.entries(raw as Record<string, unknown>)) {
        if (!Array.isArray(tabs)) continue;
        const ids = tabs.filter((t): t is number => Number.isInteger(t));
        const known = this.byKey.get(key) ?? new Set<number>();
        for (const id of ids) known.add(id);
        this.byKey.set(key, known);
      }
    })();
    return this.loaded;
  }

  private async save(): Promise<void> {
    const plain = Object.fromEntries([...this.byKey].map(([k, tabs]) => [k, [...tabs]]));
    await browser.storage.session?.set({ [this.storageKey]: plain }).catch(() => undefined);
  }
}

function keysOf(url: string | null, docKey: string | null): string[] {
  return [...(docKey ? [docKey] : []), ...(url ? [`url:${normalizeUrl(url)}`] : [])];
}

/** Tell extension pages (the side panel) and the watching tabs that notes changed; tabs that no longer answer are forgotten. */
export async function broadcastChange(watchers: NoteWatchers, change: NotesChange, exceptTab?: number): Promise<void> {
  const msg = { type: 'notes:changed', docKey: change.docKey, url: change.url, note: change.note };
  await browser.runtime.sendMessage(msg).catch(() => undefined);
  if (change.url === null) return;
  const tabs = await watchers.tabsFor(change, exceptTab);
  await Promise.all(tabs.map((tabId) => browser.tabs.sendMessage(tabId, msg).catch(() => watchers.forget(tabId))));
}

let db: PolicyLensDb | null = null;
/** The tabs that loaded notes (module state of the service worker). */
export const noteWatchers = new NoteWatchers();

/** The notes database of the extension's origin, opened on first use. */
export function notesDb(): PolicyLensDb {
  db ??= new PolicyLensDb();
  return db;
}

/** Answer a notes request from `senderTab` (undefined for extension pages). */
export async function answerNotesRequest(msg: NotesRequest, senderTab: number | undefined): Promise<StoreResult<unknown>> {
  purgeOnce();
  const outcome = await handleNotesRequest(notesDb(), msg);
  if (msg.type === 'notes:for-page' && senderTab !== undefined && outcome.answer.ok) {
    await noteWatchers.watch(senderTab, msg.url, msg.docKey);
  }
  if (outcome.changed) void broadcastChange(noteWatchers, outcome.changed, senderTab);
  return outcome.answer;
}

/** Ask a tab's reader to annotate its selection (the editor opens, or it says why it cannot); a page the gatekeeper stopped gets the reader first. */
export async function annotateSelectionIn(tabId: number): Promise<void> {
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'notes:annotate-selection' });
  await ask()
    .catch(async () => {
      await injectScript(tabId, 0, READER_SCRIPT);
      await ask();
    })
    .catch(() => undefined);
}

/** Forward the annotate-selection keyboard command (manifest `commands`) to the active tab's content script. */
export function listenForAnnotateCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'annotate-selection' || tab?.id === undefined) return;
    void annotateSelectionIn(tab.id);
  });
}

/** Whether this service worker's life has started its purge check. */
let purgeChecked = false;

/**
 * Purge the notes soft-deleted more than 30 days ago, at most once a day (lib/store/purge.ts): with the first notes
 * request of each service-worker life, when the database is opened anyway (nothing opens it only to check). No alarms.
 */
function purgeOnce(): void {
  if (purgeChecked) return;
  purgeChecked = true;
  void purgeIfDue(notesDb());
}
