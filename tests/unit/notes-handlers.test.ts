import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { broadcastChange, handleNotesRequest, NoteWatchers, type NotesOutcome } from '../../entrypoints/background/notes';
import { BackgroundRequestSchema, isNotesRequest, type NotesRequest } from '../../lib/messages';
import {
  ContentRequestSchema,
  MAX_NOTE_TEXT_LENGTH,
  MAX_SELECTION_LENGTH,
  NoteAnswerSchema,
  NoteColorMiniSchema,
  NotesAnswerSchema,
  SearchAnswerSchema,
  TagsAnswerSchema,
} from '../../lib/content-messages';
import type { PolicyLensDb } from '../../lib/store/db';
import { MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH, NoteColorSchema, type Note } from '../../lib/store/schema';
import { describe as describeSelection } from '../../lib/anchor/selectors';
import { DOC_KEY, PAGE_URL, SEED_003, freshDb, noteOn } from './store-fixtures';

const PASSAGE = '以制度创新为核心，以政策创新为支撑';
let db: PolicyLensDb;
beforeEach(() => {
  db = freshDb();
  fakeBrowser.reset();
});
afterEach(async () => db?.delete());

/** Validate a raw message as the background does, then answer it. */
async function ask(raw: unknown, now?: number): Promise<NotesOutcome> {
  const parsed = BackgroundRequestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`rejected: ${parsed.error.message}`);
  if (!isNotesRequest(parsed.data)) throw new Error(`not a notes request: ${parsed.data.type}`);
  return handleNotesRequest(db, parsed.data as NotesRequest, now);
}

function createMsg(overrides: Record<string, unknown> = {}) {
  const input = noteOn(PASSAGE);
  return {
    type: 'notes:create',
    note: { ...input, docTitle: input.docTitle, docNumber: input.docNumber, color: 'green', note: '', tags: [], ...overrides },
  };
}

async function created(overrides: Record<string, unknown> = {}, now = 1000): Promise<Note> {
  const answer = NoteAnswerSchema.parse((await ask(createMsg(overrides), now)).answer);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Note;
}

describe('notes requests', () => {
  it('creates a note and reports the document and page it changed; the content script’s schema reads the answer', async () => {
    const out = await ask(createMsg({ note: '**重点**：自贸区', tags: ['#自贸区', '制度创新'] }), 1000);
    const answer = NoteAnswerSchema.parse(out.answer);
    expect(answer.ok && answer.value).toMatchObject({ color: 'green', note: '**重点**：自贸区', tags: ['自贸区', '制度创新'], createdAt: 1000 });
    // The change carries the note: other tabs showing the page update it in place.
    expect(out.changed).toEqual({ docKey: DOC_KEY, url: PAGE_URL, note: answer.ok ? answer.value : null });
  });

  it('lists a page’s notes by URL (tracking parameters ignored) and by document key at another address', async () => {
    const note = await created();
    const sameUrl = NotesAnswerSchema.parse((await ask({ type: 'notes:for-page', url: `${PAGE_URL}?utm_source=wx#top`, docKey: null })).answer);
    expect(sameUrl.ok && sameUrl.value.map((n) => n.id)).toEqual([note.id]);
    const reposted = await ask({ type: 'notes:for-page', url: 'http://www.nanning.gov.cn/zwgk/t99.html', docKey: DOC_KEY });
    expect(NotesAnswerSchema.parse(reposted.answer).ok && (reposted.answer as { value: Note[] }).value).toHaveLength(1);
    expect(reposted.changed).toBeNull();
  });

  it('edits text, tags and colour; the later write wins over an older one', async () => {
    const note = await created();
    const edited = await ask({ type: 'notes:update', id: note.id, patch: { note: '新的批注', tags: ['港口'], color: 'pink' } }, 3000);
    expect(NoteAnswerSchema.parse(edited.answer)).toMatchObject({ ok: true, value: { note: '新的批注', tags: ['港口'], color: 'pink', updatedAt: 3000 } });
    const stale = await ask({ type: 'notes:update', id: note.id, patch: { note: '旧标签页的修改' } }, 2000);
    expect(NoteAnswerSchema.parse(stale.answer)).toMatchObject({ ok: true, value: { note: '新的批注' } });
  });

  it('moves a note’s selectors after a fuzzy re-anchor, keeping its edit time, telling no one, and never over a newer move', async () => {
    const note = await created({ note: '跟随原文' }, 1000);
    const text = `（转载）${SEED_003.replace(PASSAGE, '以制度创新为核心，以政策改革为支撑')}`;
    const at = text.indexOf('以制度创新为核心，以政策改革为支撑');
    const to = describeSelection(text, at, at + PASSAGE.length, '一');
    const moved = await ask({ type: 'notes:reanchor', id: note.id, from: note.selectors, to }, 5000);
    expect(moved.changed).toBeNull();
    expect(NoteAnswerSchema.parse(moved.answer)).toMatchObject({ ok: true, value: { selectors: to, updatedAt: 1000, note: '跟随原文' } });
    const found = SearchAnswerSchema.parse((await ask({ type: 'notes:search', query: { text: '政策改革' } })).answer);
    expect(found.ok && found.value.total).toBe(1);
    // A second tab still anchoring the old selectors does not move it back.
    const stale = await ask({ type: 'notes:reanchor', id: note.id, from: note.selectors, to: note.selectors }, 6000);
    expect(NoteAnswerSchema.parse(stale.answer)).toMatchObject({ ok: true, value: { selectors: to } });
  });

  it('deletes softly and undoes: the note leaves the page list and comes back intact', async () => {
    const note = await created({ note: '保留我' });
    const deleted = await ask({ type: 'notes:delete', id: note.id }, 2000);
    expect(deleted.changed).toMatchObject({ docKey: DOC_KEY, url: PAGE_URL, note: { id: note.id, deletedAt: 2000 } });
    const list = async () => (NotesAnswerSchema.parse((await ask({ type: 'notes:for-page', url: PAGE_URL, docKey: DOC_KEY })).answer) as { value: Note[] }).value;
    expect(await list()).toEqual([]);
    await ask({ type: 'notes:undo-delete', id: note.id }, 3000);
    expect((await list()).map((n) => [n.id, n.note])).toEqual([[note.id, '保留我']]);
  });

  it('searches by Chinese words through the index, filtered by tag, colour and document; lists tags with counts', async () => {
    await created({ note: '钦州港的补贴政策', tags: ['港口', '补贴'] }, 1000);
    const input = noteOn('积极探索与东盟国家的跨境税务合作');
    await created({ selectors: input.selectors, color: 'yellow', tags: ['港口'] }, 2000);
    const search = async (query: Record<string, unknown>) => {
      const a = SearchAnswerSchema.parse((await ask({ type: 'notes:search', query })).answer);
      return a.ok ? a.value.notes.map((n) => n.note || n.selectors.quote.exact) : [];
    };
    expect(await search({ text: '补贴' })).toEqual(['钦州港的补贴政策']);
    expect(await search({ text: '东盟' })).toEqual(['积极探索与东盟国家的跨境税务合作']);
    expect(await search({ tag: '港口' })).toHaveLength(2);
    expect(await search({ tag: '港口', color: 'green' })).toEqual(['钦州港的补贴政策']);
    expect(await search({ docKey: 'doc:桂政发〔2099〕1号' })).toEqual([]);
    const tags = TagsAnswerSchema.parse((await ask({ type: 'notes:tags' })).answer);
    expect(tags.ok && tags.value).toEqual([{ tag: '港口', count: 2 }, { tag: '补贴', count: 1 }]);
  });

  it('keeps the reader’s task statuses per document', async () => {
    const set = await ask({ type: 'status:set', status: { docKey: DOC_KEY, taskId: '三.（一）.1', status: 'doing', note: '下周汇报' } }, 1000);
    expect(set.changed).toEqual({ docKey: DOC_KEY, url: null });
    const got = await ask({ type: 'status:get', docKey: DOC_KEY });
    expect(got.answer).toMatchObject({ ok: true, value: [{ taskId: '三.（一）.1', status: 'doing', note: '下周汇报' }] });
  });

  it('answers a failed write with the reason for the reader and reports no change', async () => {
    const out = await ask({ type: 'notes:update', id: crypto.randomUUID(), patch: { note: 'x' } });
    expect(NoteAnswerSchema.parse(out.answer)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(out.changed).toBeNull();
  });

  it('rejects malformed or oversized requests before they reach the database', () => {
    const bad = [
      { type: 'notes:delete', id: 'not-a-uuid' },
      { type: 'notes:for-page', url: 'x'.repeat(5000), docKey: null },
      { type: 'notes:for-page', url: PAGE_URL, docKey: 'no-prefix' },
      createMsg({ note: 'x'.repeat(100_001) }),
      createMsg({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }),
      createMsg({ color: 'red' }),
      { type: 'notes:search', query: { text: '搜'.repeat(201) } },
      { type: 'notes:search', query: { limit: 10_000 } },
      { type: 'status:set', status: { docKey: DOC_KEY, taskId: '1', status: 'started' } },
    ];
    for (const raw of bad) expect(BackgroundRequestSchema.safeParse(raw).success, JSON.stringify(raw).slice(0, 80)).toBe(false);
    const long = noteOn(PASSAGE);
    long.selectors.quote.exact = '字'.repeat(MAX_QUOTE_LENGTH + 1);
    expect(BackgroundRequestSchema.safeParse(createMsg({ selectors: long.selectors })).success).toBe(false);
  });

  it('the content script’s limits and colours agree with the store schema', () => {
    expect(MAX_SELECTION_LENGTH).toBe(MAX_QUOTE_LENGTH);
    expect(MAX_NOTE_TEXT_LENGTH).toBe(MAX_NOTE_LENGTH);
    expect(NoteColorMiniSchema.options).toEqual(NoteColorSchema.options);
  });
});

describe('telling tabs about changes', () => {
  it('tells the tabs that loaded the document or page, not the writer; forgets tabs that no longer answer', async () => {
    const watchers = new NoteWatchers();
    await watchers.watch(1, PAGE_URL, DOC_KEY);
    await watchers.watch(2, 'http://www.nanning.gov.cn/zwgk/t99.html', DOC_KEY);
    await watchers.watch(3, `${PAGE_URL}?from=timeline`, null);
    await watchers.watch(4, 'http://www.gxzf.gov.cn/other.shtml', 'doc:桂政发〔2099〕1号');
    const sent: number[] = [];
    const note = await created();
    const messages: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, msg: unknown) => {
      if (tabId === 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push(tabId);
      messages.push(msg);
    });
    await broadcastChange(watchers, { docKey: DOC_KEY, url: PAGE_URL, note }, 1);
    expect(sent.sort()).toEqual([2]);
    // What the tab receives passes its schema, with the note to update in place.
    expect(ContentRequestSchema.parse(messages[0])).toEqual({ type: 'notes:changed', docKey: DOC_KEY, url: PAGE_URL, note });
    expect(await watchers.tabsFor({ docKey: DOC_KEY, url: PAGE_URL })).toEqual([1, 2]);
  });

  it('still knows the watching tabs after the service worker restarts (session storage)', async () => {
    await new NoteWatchers().watch(7, PAGE_URL, DOC_KEY);
    const restarted = new NoteWatchers();
    expect(await restarted.tabsFor({ docKey: DOC_KEY, url: null })).toEqual([7]);
    await restarted.forget(7);
    expect(await new NoteWatchers().tabsFor({ docKey: DOC_KEY, url: PAGE_URL })).toEqual([]);
  });
});
