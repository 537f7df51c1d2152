import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../../lib/store/db';
import {
  createNote,
  getNote,
  getTaskStatuses,
  notesForPage,
  purgeDeleted,
  setTaskStatus,
  softDelete,
  undoDelete,
  updateNote,
} from '../../lib/store/notes';
import { TASK_STATUS_LABELS, type Note } from '../../lib/store/schema';
import { getSetting, setSetting } from '../../lib/store/settings';
import { unitKey } from '../../lib/store/task-status';
import { DOC_KEY, PAGE_URL, freshDb, noteOn } from './store-fixtures';

const PASSAGE = '以制度创新为核心，以政策创新为支撑';
let db: PolicyLensDb;
afterEach(async () => db?.delete());

async function created(input = noteOn(PASSAGE), now?: number): Promise<Note> {
  const r = await createNote(db, input, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('createNote / getNote', () => {
  it('stores a validated note with a UUID, timestamps and normalized url and tags', async () => {
    db = freshDb();
    const note = await created(
      noteOn(PASSAGE, { url: `${PAGE_URL}?utm_source=wx&from=singlemessage#p3`, tags: [' #自贸区 ', '自贸区', '＃制度创新', '  '] }),
      1000,
    );
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.url).toBe(PAGE_URL);
    expect(note.tags).toEqual(['自贸区', '制度创新']);
    expect(note).toMatchObject({ createdAt: 1000, updatedAt: 1000, deletedAt: null, color: 'yellow', note: '' });
    const back = await getNote(db, note.id);
    expect(back).toEqual({ ok: true, value: note });
    expect(back.ok && 'terms' in back.value).toBe(false);
  });

  it('keeps HTML and script in a note as plain text, unchanged', async () => {
    db = freshDb();
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> **重点**';
    const note = await created(noteOn(PASSAGE, { note: evil }));
    const back = await getNote(db, note.id);
    expect(back.ok && back.value.note).toBe(evil);
  });

  it('refuses bad records with a Chinese message and stores nothing', async () => {
    db = freshDb();
    const base = noteOn(PASSAGE);
    const tooLong = { ...base, selectors: { ...base.selectors, quote: { ...base.selectors.quote, exact: '字'.repeat(10_001) } } };
    const empty = { ...base, selectors: { ...base.selectors, quote: { ...base.selectors.quote, exact: '' } } };
    const cases: unknown[] = [
      tooLong,
      empty,
      { ...base, color: 'red' },
      { ...base, docKey: 'whatever' },
      { ...base, tags: ['标'.repeat(51)] },
      { ...base, note: 'x'.repeat(100_001) },
      { ...base, selectors: { ...base.selectors, position: { start: 10, end: 5 } } },
      { ...base, url: '' },
      null,
    ];
    for (const bad of cases) {
      const r = await createNote(db, bad as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid');
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const r = await createNote(db, tooLong);
    expect(!r.ok && r.error.message).toContain('10000');
    expect(await db.notes.count()).toBe(0);
  });

  it('reports a missing note as not-found', async () => {
    db = freshDb();
    const r = await getNote(db, crypto.randomUUID());
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('updateNote', () => {
  it('edits text, tags and colour and stamps the edit time', async () => {
    db = freshDb();
    const note = await created(undefined, 1000);
    const r = await updateNote(db, note.id, { note: '关注**负面清单**', tags: ['#重点', '重点'], color: 'green' }, 2000);
    expect(r.ok && r.value).toMatchObject({ note: '关注**负面清单**', tags: ['重点'], color: 'green', updatedAt: 2000, createdAt: 1000 });
  });

  it('last write wins: an older edit from another tab changes nothing and returns the newer note', async () => {
    db = freshDb();
    const note = await created(undefined, 1000);
    await updateNote(db, note.id, { note: '标签页 B 的修改' }, 3000);
    const stale = await updateNote(db, note.id, { note: '标签页 A 的修改' }, 2000);
    expect(stale.ok && stale.value.note).toBe('标签页 B 的修改');
    const back = await getNote(db, note.id);
    expect(back.ok && back.value).toMatchObject({ note: '标签页 B 的修改', updatedAt: 3000 });
  });

  it('refuses invalid edits and edits of missing or deleted notes without changing anything', async () => {
    db = freshDb();
    const note = await created(undefined, 1000);
    expect(await updateNote(db, note.id, { color: 'black' as never }, 2000)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await updateNote(db, note.id, { tags: ['x'.repeat(60)] }, 2000)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await updateNote(db, crypto.randomUUID(), { note: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await softDelete(db, note.id, 3000);
    expect(await updateNote(db, note.id, { note: 'x' }, 4000)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const back = await getNote(db, note.id);
    expect(back.ok && back.value).toMatchObject({ note: '', color: 'yellow', tags: [] });
  });
});

describe('soft delete, undo, purge', () => {
  it('hides a deleted note from its page, brings it back on undo, and purges only old deletions', async () => {
    db = freshDb();
    const a = await created(noteOn(PASSAGE), 1000);
    const b = await created(noteOn('突出沿边特色'), 1000);
    expect((await softDelete(db, a.id, 5000)).ok).toBe(true);
    let page = await notesForPage(db, PAGE_URL, DOC_KEY);
    expect(page.ok && page.value.map((n) => n.id)).toEqual([b.id]);

    const undone = await undoDelete(db, a.id, 6000);
    expect(undone.ok && undone.value.deletedAt).toBeNull();
    page = await notesForPage(db, PAGE_URL, DOC_KEY);
    expect(page.ok && page.value.map((n) => n.id).sort()).toEqual([a.id, b.id].sort());

    await softDelete(db, a.id, 10_000);
    await softDelete(db, b.id, 20_000);
    const purged = await purgeDeleted(db, 15_000);
    expect(purged).toEqual({ ok: true, value: 1 });
    expect((await getNote(db, a.id)).ok).toBe(false);
    expect((await getNote(db, b.id)).ok).toBe(true);
    expect(await undoDelete(db, a.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('notesForPage', () => {
  it('finds a note through the same 文号 at another URL, and through the URL when the document key changed', async () => {
    db = freshDb();
    const note = await created();
    const elsewhere = await notesForPage(db, 'https://www.gov.cn/zhengce/content/2020-02/13/content_5478000.htm', DOC_KEY);
    expect(elsewhere.ok && elsewhere.value.map((n) => n.id)).toEqual([note.id]);
    const sameUrl = await notesForPage(db, `${PAGE_URL}#top`, 'fp:00000000-1');
    expect(sameUrl.ok && sameUrl.value.map((n) => n.id)).toEqual([note.id]);
    const other = await notesForPage(db, 'https://www.gov.cn/other.htm', 'doc:国发〔2019〕16号');
    expect(other.ok && other.value).toEqual([]);
  });

  it('orders a page’s notes by their position in the text', async () => {
    db = freshDb();
    const late = await created(noteOn('突出沿边特色'));
    const early = await created(noteOn('以制度创新为核心'));
    const page = await notesForPage(db, PAGE_URL, null);
    expect(page.ok && page.value.map((n) => n.id)).toEqual([early.id, late.id]);
  });
});

describe('task statuses and settings', () => {
  it('sets, updates and lists a document’s task statuses; an older update loses', async () => {
    db = freshDb();
    const first = await setTaskStatus(db, { docKey: DOC_KEY, taskId: '二.（一）.1', status: 'doing', note: '已对接商务厅' }, 1000);
    expect(first.ok).toBe(true);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '二.（一）.1', status: 'done' }, 2000);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '二.（一）.1', status: 'todo' }, 1500);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '二.（一）.2', status: 'na' }, 1000);
    await setTaskStatus(db, { docKey: 'doc:桂政发〔2018〕2号', taskId: '二.（一）.1', status: 'todo' }, 1000);
    const list = await getTaskStatuses(db, DOC_KEY);
    expect(list.ok).toBe(true);
    const byTask = Object.fromEntries((list.ok ? list.value : []).map((s) => [s.taskId, s]));
    expect(Object.keys(byTask).sort()).toEqual(['二.（一）.1', '二.（一）.2']);
    expect(byTask['二.（一）.1']).toMatchObject({ status: 'done', note: '已对接商务厅', updatedAt: 2000, id: first.ok && first.value.id });
    expect(TASK_STATUS_LABELS[byTask['二.（一）.2'].status!]).toBe('不相关');
    expect(await setTaskStatus(db, { docKey: DOC_KEY, taskId: '', status: 'done' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await setTaskStatus(db, { docKey: DOC_KEY, taskId: '1', status: '已完成' as never })).toMatchObject({ ok: false });
  });

  it('keeps a note on a task without a status, and on a unit; setting one field keeps the other', async () => {
    db = freshDb();
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '三.（二）.11', note: '先问商务厅进度' }, 1000);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: unitKey('自治区商务厅'), note: '联系人：王处' }, 1000);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '三.（一）.4', status: 'doing', note: '已立项' }, 1000);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '三.（一）.4', note: '已立项，待验收' }, 2000);
    await setTaskStatus(db, { docKey: DOC_KEY, taskId: '三.（二）.11', status: 'done' }, 3000);
    const list = await getTaskStatuses(db, DOC_KEY);
    const byTask = Object.fromEntries((list.ok ? list.value : []).map((s) => [s.taskId, [s.status, s.note]]));
    expect(byTask).toEqual({
      '三.（二）.11': ['done', '先问商务厅进度'],
      'unit:自治区商务厅': [null, '联系人：王处'],
      '三.（一）.4': ['doing', '已立项，待验收'],
    });
  });

  it('stores JSON settings', async () => {
    db = freshDb();
    expect(await getSetting(db, 'highlightColors')).toEqual({ ok: true, value: undefined });
    await setSetting(db, 'highlightColors', { task: 'yellow', unit: ['blue', 'green'] });
    expect(await getSetting(db, 'highlightColors')).toEqual({ ok: true, value: { task: 'yellow', unit: ['blue', 'green'] } });
    expect(await setSetting(db, '', 1)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
