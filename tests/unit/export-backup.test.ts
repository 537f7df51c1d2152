import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBackup, makeBackup, previewImport } from '../../lib/export/backup';
import { BackupSchema, type Backup } from '../../lib/export/backup-schema';
import type { PolicyLensDb } from '../../lib/store/db';
import { toRow } from '../../lib/store/note-row';
import { createNote, searchNotes, setTaskStatus, softDelete } from '../../lib/store/notes';
import { normalizeTag, type Note, type Setting, type TaskStatus } from '../../lib/store/schema';
import { META_KEY_PREFIX, setSetting } from '../../lib/store/settings';
import { NOTES_003, STATUSES_003, T0 } from './export-fixtures';
import { DOC_KEY, freshDb, noteOn } from './store-fixtures';

const dbs: PolicyLensDb[] = [];
function newDb(): PolicyLensDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** Everything a database holds, in a fixed order, without index-only fields. */
export async function dump(db: PolicyLensDb) {
  const notes = (await db.notes.orderBy('id').toArray()).map(({ terms: _t, ...n }) => n);
  return { notes, taskStatuses: await db.taskStatuses.orderBy('id').toArray(), settings: await db.settings.orderBy('key').toArray() };
}

async function fill(db: PolicyLensDb, notes: Note[], statuses: TaskStatus[] = [], settings: Setting[] = []) {
  await db.notes.bulkAdd(notes.map(toRow));
  await db.taskStatuses.bulkAdd(statuses);
  await db.settings.bulkAdd(settings);
}

async function backupOf(db: PolicyLensDb, now = T0): Promise<string> {
  const r = await makeBackup(db, { now });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function backupText(fields: Partial<Backup>): string {
  return JSON.stringify({ format: 'policylens-backup', version: 1, exportedAt: '2026-11-20T01:30:00.000Z', notes: [], taskStatuses: [], settings: [], ...fields });
}

describe('makeBackup', () => {
  it('writes every note (soft-deleted included, without search terms), status and setting (not bookkeeping), with format and version', async () => {
    const db = newDb();
    await fill(db, NOTES_003, STATUSES_003, [{ key: 'myUnit', value: '自治区商务厅' }, { key: `${META_KEY_PREFIX}notesPurgedAt`, value: 1 }]);
    const text = await backupOf(db);
    const parsed = BackupSchema.parse(JSON.parse(text));
    expect(parsed).toMatchObject({ format: 'policylens-backup', version: 1, exportedAt: '2026-11-20T01:30:00.000Z' });
    expect(parsed.notes).toHaveLength(5);
    expect(parsed.notes.some((n) => n.deletedAt !== null)).toBe(true);
    expect(text).not.toContain('"terms"');
    expect(parsed.taskStatuses).toHaveLength(3);
    expect(parsed.settings).toEqual([{ key: 'myUnit', value: '自治区商务厅' }]);
    expect(text.split('\n')[0]).toBe('{"format":"policylens-backup","version":1,"exportedAt":"2026-11-20T01:30:00.000Z",');
  });

  it('reports progress while reading notes', async () => {
    const db = newDb();
    await fill(db, NOTES_003);
    const calls: number[][] = [];
    await makeBackup(db, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([5, 5]);
  });
});

/** Strings a reader's data may hold: Chinese, emoji, Markdown, HTML and script, lone surrogates, anything. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '以制度创新为核心，以政策创新为支撑',
    '🚚 物流 👩‍👩‍👧 🇨🇳',
    '**重点** _斜体_ # 标题\n- 列表\n> 引用\n| a | b |',
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    '{"__proto__":{"polluted":true}}',
    '"引号" \\ 反斜杠 \u2028 \u0000',
  ),
);
const nonEmpty = text.filter((s) => s.length > 0);
const longText = fc.constantFrom('长'.repeat(100_000), '批注'.repeat(5000) + '😀');
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const tag = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).map(normalizeTag).filter((t) => t.length > 0 && t.length <= 50);

const noteArb: fc.Arbitrary<Note> = fc.record({
  id: fc.uuid({ version: 4 }),
  url: fc.oneof(fc.webUrl(), nonEmpty),
  docKey: fc.oneof(text.map((s) => `doc:${s.slice(0, 200)}x`), fc.stringMatching(/^fp:[0-9a-f]{8}-[0-9]{1,6}$/)),
  docTitle: text,
  docNumber: fc.option(text, { nil: null }),
  selectors: fc.record({
    quote: fc.record({ exact: fc.oneof(nonEmpty, fc.constant('引'.repeat(10_000))), prefix: text, suffix: text }),
    position: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    taskPath: fc.option(fc.constantFrom('二.（三）.11', '三.（一）.4', '一'), { nil: null }),
  }),
  color: fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple'),
  note: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: longText }),
  tags: fc.uniqueArray(tag, { maxLength: 5 }),
  createdAt: time,
  updatedAt: time,
  deletedAt: fc.option(time, { nil: null }),
});

const statusArb: fc.Arbitrary<TaskStatus> = fc.record({
  id: fc.uuid({ version: 4 }),
  docKey: fc.constantFrom(DOC_KEY, 'fp:0badf00d-1234'),
  taskId: fc.constantFrom('三.（一）.1', '三.（一）.4', '三.（二）.11', '二.（三）.11'),
  status: fc.constantFrom('todo', 'doing', 'done', 'na', null),
  note: text,
  updatedAt: time,
});

const settingArb: fc.Arbitrary<Setting> = fc.record({
  key: fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k) && !k.startsWith(META_KEY_PREFIX)),
  value: fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => !/"(__proto__|constructor|prototype)"/.test(JSON.stringify(v)))
    // What JSON can hold (-0 is written as 0): a JSON backup round-trips exactly these values.
    .map((v) => JSON.parse(JSON.stringify(v)) as Setting['value']),
});

describe('round trip (property)', () => {
  it('export → import into an empty database gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 12 }),
        fc.uniqueArray(statusArb, { selector: (s) => `${s.docKey}|${s.taskId}`, maxLength: 6 }),
        fc.uniqueArray(settingArb, { selector: (s) => s.key, maxLength: 4 }),
        async (notes, statuses, settings) => {
          const from = newDb();
          const to = newDb();
          await fill(from, notes, statuses, settings);
          const text = await backupOf(from);
          const imported = await importBackup(to, text);
          expect(imported.ok).toBe(true);
          if (imported.ok) expect(imported.value.counts).toEqual({ new: notes.length + statuses.length + settings.length, changed: 0, identical: 0, older: 0 });
          expect(await dump(to)).toEqual(await dump(from));
          expect(await backupOf(to)).toBe(text);
          await Promise.all([from.delete(), to.delete()]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('restored notes are searchable like notes created here', async () => {
    const from = newDb();
    const to = newDb();
    const created = await createNote(from, noteOn('以制度创新为核心，以政策创新为支撑', { note: '总基调', tags: ['制度创新'] }));
    expect(created.ok).toBe(true);
    await importBackup(to, await backupOf(from));
    const found = await searchNotes(to, { text: '制度创新' });
    expect(found.ok && found.value.notes.map((n) => n.note)).toEqual(['总基调']);
  });
});

describe('import merge', () => {
  const [a, b, c, d] = NOTES_003;

  it('previews new / changed / identical / older and merges with the newer update winning', async () => {
    const db = newDb();
    const here = { ...b, note: '这里更新过', updatedAt: b.updatedAt + 10_000 };
    const stale = { ...c, note: '这里是旧的' };
    await fill(db, [a, here, stale]);
    const text = backupText({ notes: [a, b, { ...c, note: '备份里更新过', updatedAt: c.updatedAt + 5_000 }, d] });

    const preview = await previewImport(db, text);
    expect(preview.ok && preview.value.counts).toEqual({ new: 1, changed: 1, identical: 1, older: 1 });
    expect(await db.notes.count()).toBe(3);

    const r = await importBackup(db, text);
    expect(r.ok && r.value.detail.notes).toEqual({ new: 1, changed: 1, identical: 1, older: 1 });
    const byId = new Map((await dump(db)).notes.map((n) => [n.id, n]));
    expect(byId.get(a.id)).toEqual(a);
    expect(byId.get(b.id)?.note).toBe('这里更新过');
    expect(byId.get(c.id)?.note).toBe('备份里更新过');
    expect(byId.get(d.id)).toEqual(d);

    const again = await previewImport(db, text);
    expect(again.ok && again.value.counts).toEqual({ new: 0, changed: 0, identical: 3, older: 1 });
  });

  it('brings deletions across: a note deleted later in the backup is deleted here too', async () => {
    const db = newDb();
    await fill(db, [a]);
    await importBackup(db, backupText({ notes: [{ ...a, deletedAt: a.updatedAt + 1, updatedAt: a.updatedAt + 1 }] }));
    expect((await db.notes.get(a.id))?.deletedAt).toBe(a.updatedAt + 1);
  });

  it('matches task statuses by task (keeping the id here) and keeps settings already set here', async () => {
    const db = newDb();
    const r = await setTaskStatus(db, { docKey: DOC_KEY, taskId: '三.（二）.11', status: 'todo' }, T0 - 1);
    expect(r.ok).toBe(true);
    const localId = r.ok ? r.value.id : '';
    await setSetting(db, 'myUnit', '自治区商务厅');
    const text = backupText({ taskStatuses: STATUSES_003, settings: [{ key: 'myUnit', value: '南宁海关' }, { key: 'theme', value: 'dark' }] });
    const res = await importBackup(db, text);
    expect(res.ok && res.value.detail.taskStatuses).toEqual({ new: 2, changed: 1, identical: 0, older: 0 });
    expect(res.ok && res.value.detail.settings).toEqual({ new: 1, changed: 0, identical: 0, older: 1 });
    const status = await db.taskStatuses.where('[docKey+taskId]').equals([DOC_KEY, '三.（二）.11']).toArray();
    expect(status).toEqual([{ ...STATUSES_003[0], id: localId }]);
    expect(await db.taskStatuses.count()).toBe(3);
    expect((await db.settings.get('myUnit'))?.value).toBe('自治区商务厅');
    expect((await db.settings.get('theme'))?.value).toBe('dark');
  });

  it('keeps script and HTML in text fields as text', async () => {
    const db = newDb();
    const evil = { ...a, note: '<script>alert(1)</script><img src=x onerror=alert(2)>', tags: ['<b>x</b>'] };
    const r = await importBackup(db, backupText({ notes: [evil] }));
    expect(r.ok).toBe(true);
    expect((await dump(db)).notes).toEqual([evil]);
  });

  it('reports progress through validation and writing', async () => {
    const db = newDb();
    const calls: number[][] = [];
    await importBackup(db, backupText({ notes: NOTES_003, taskStatuses: STATUSES_003 }), { onProgress: (x, y) => calls.push([x, y]) });
    expect(calls.at(-1)).toEqual([16, 16]);
    expect(calls.every(([x, y]) => x <= y)).toBe(true);
  });
});

describe('all or nothing', () => {
  it('a bad record in the middle leaves the database as it was and names the record and field', async () => {
    const db = newDb();
    await fill(db, [NOTES_003[0]], [STATUSES_003[0]], [{ key: 'myUnit', value: 1 }]);
    const before = await dump(db);
    const bad = { ...NOTES_003[2], selectors: { ...NOTES_003[2].selectors, quote: { ...NOTES_003[2].selectors.quote, exact: '' } } };
    const notes = [...NOTES_003.slice(0, 2), bad, ...NOTES_003.slice(3)];
    const r = await importBackup(db, backupText({ notes, taskStatuses: STATUSES_003, settings: [{ key: 'theme', value: 'dark' }] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe('第 3 条批注的 selectors.quote.exact 字段无效：不能为空。没有导入任何数据，现有数据未改动。');
    expect(await dump(db)).toEqual(before);
  });

  it('a write that fails half-way (storage full) rolls everything back and says so', async () => {
    const db = newDb();
    await fill(db, [NOTES_003[0]]);
    const before = await dump(db);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(full);
    const r = await importBackup(db, backupText({ notes: NOTES_003.slice(1), taskStatuses: STATUSES_003, settings: [{ key: 'theme', value: 'dark' }] }));
    spy.mockRestore();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('quota');
    expect(await dump(db)).toEqual(before);
  });

  it('a database with live edits keeps them when the import is refused', async () => {
    const db = newDb();
    const created = await createNote(db, noteOn('以制度创新为核心，以政策创新为支撑'));
    if (created.ok) await softDelete(db, created.value.id);
    const before = await dump(db);
    await importBackup(db, backupText({ notes: [{ ...NOTES_003[0], color: 'red' as never }] }));
    expect(await dump(db)).toEqual(before);
  });
});
