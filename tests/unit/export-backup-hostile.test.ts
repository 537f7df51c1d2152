import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup, previewImport } from '../../lib/export/backup';
import { jsonDepth, parseBackup } from '../../lib/export/backup-parse';
import { MAX_BACKUP_CHARS } from '../../lib/export/backup-schema';
import type { PolicyLensDb } from '../../lib/store/db';
import { toRow } from '../../lib/store/note-row';
import { NOTES_003, STATUSES_003 } from './export-fixtures';
import { freshDb } from './store-fixtures';

const HEADER = '"format":"policylens-backup","version":1,"exportedAt":"2026-11-20T01:30:00.000Z"';
const good = (notes: unknown[] = [NOTES_003[1]]) =>
  JSON.stringify({ format: 'policylens-backup', version: 1, exportedAt: '2026-11-20T01:30:00.000Z', notes, taskStatuses: [], settings: [] });

let db: PolicyLensDb;
let before: unknown;
async function dump() {
  return [await db.notes.toArray(), await db.taskStatuses.toArray(), await db.settings.toArray()];
}
beforeEach(async () => {
  db = freshDb();
  await db.notes.add(toRow(NOTES_003[0]));
  await db.taskStatuses.add(STATUSES_003[0]);
  await db.settings.add({ key: 'myUnit', value: '自治区商务厅' });
  before = await dump();
});
afterEach(async () => db.delete());

/** Import `text`, expect a refusal whose message matches `message`, and the database untouched; preview refuses alike. */
async function refused(text: string, message: RegExp | string): Promise<string> {
  const r = await importBackup(db, text);
  expect(r.ok).toBe(false);
  const msg = r.ok ? '' : r.error.message;
  if (typeof message === 'string') expect(msg).toBe(message);
  else expect(msg).toMatch(message);
  expect(msg).toContain('没有导入任何数据，现有数据未改动。');
  expect(await dump()).toEqual(before);
  const p = await previewImport(db, text);
  expect(!p.ok && p.error.message).toBe(msg);
  return msg;
}

describe('hostile backup files are refused and change nothing', () => {
  it('not JSON', async () => {
    await refused('这不是 JSON {', /^文件不是有效的 JSON/);
    await refused('', /^文件不是有效的 JSON/);
    await refused(null as never, /^无法读取备份文件/);
  });

  it('JSON that is not a PolicyLens backup', async () => {
    await refused('[1,2,3]', /^这不是 PolicyLens 备份文件/);
    await refused('{"format":"hypothesis-export","notes":[]}', /^这不是 PolicyLens 备份文件/);
    await refused('"policylens-backup"', /^这不是 PolicyLens 备份文件/);
  });

  it('a newer or unknown version', async () => {
    await refused(`{"format":"policylens-backup","version":2,"notes":[]}`, /格式版本是 2，比当前扩展能读取的版本 1 新，请先升级 PolicyLens/);
    await refused(`{"format":"policylens-backup","version":"1"}`, /^备份文件的格式版本无效（应为 1）/);
    await refused(`{"format":"policylens-backup","version":0.5}`, /^备份文件的格式版本无效/);
  });

  it('a file over 50 MB, refused before parsing', async () => {
    const huge = `{${HEADER},"notes":[],"taskStatuses":[],"settings":[],"pad":"${'x'.repeat(MAX_BACKUP_CHARS)}"}`;
    const started = performance.now();
    await refused(huge, /^文件太大（超过 50 MB）/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('deeply nested JSON', async () => {
    const deep = `{${HEADER},"notes":[],"taskStatuses":[],"settings":[{"key":"x","value":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    await refused(deep, /^文件的嵌套层级超过 32 层/);
    expect(jsonDepth('{"a":"[[[[[[","b":[{}]}', 10)).toBe(3);
    expect(jsonDepth('["\\"[[["]', 10)).toBe(1);
  });

  it('more records than the cap, with the cap in the message', async () => {
    const many = `{${HEADER},"notes":[${'0,'.repeat(200_000)}0],"taskStatuses":[],"settings":[]}`;
    await refused(many, '备份文件有 200001 条记录，超过上限 200000 条。没有导入任何数据，现有数据未改动。');
  });

  it('missing lists, unknown top-level fields, a bad export time', async () => {
    await refused(`{${HEADER},"notes":[]}`, /^备份文件缺少 taskStatuses 列表/);
    await refused(`{${HEADER},"notes":[],"taskStatuses":[],"settings":[],"extra":1}`, /^备份文件含有不认识的字段 extra/);
    await refused(good().replace('2026-11-20T01:30:00.000Z', 'yesterday'), /^备份文件的 exportedAt 字段无效/);
  });

  it('bad records, naming the first bad record and field', async () => {
    const n = NOTES_003[1];
    await refused(good([n, { ...n, id: 'not-a-uuid' }]), '第 2 条批注的 id 字段无效：应为 UUID。没有导入任何数据，现有数据未改动。');
    await refused(good([{ ...n, note: 42 }]), /^第 1 条批注的 note 字段无效：应为文本。/);
    await refused(good([{ ...n, color: 'red' }]), /^第 1 条批注的 color 字段无效：取值应为 yellow \/ green/);
    const { docKey: _k, ...noKey } = n;
    await refused(good([noKey]), /^第 1 条批注的 docKey 字段无效：缺少该字段。/);
    await refused(good([{ ...n, note: 'x'.repeat(100_001) }]), /^第 1 条批注的 note 字段无效：超过 100000 字。/);
    await refused(good([{ ...n, selectors: { ...n.selectors, position: { start: 9, end: 2 } } }]), /^第 1 条批注的 selectors.position 字段无效：批注位置无效/);
    await refused(good([{ ...n, tags: ['#带井号'] }]), /^第 1 条批注的 tags.0 字段无效：标签格式无效/);
    await refused(good([{ ...n, terms: ['ab'] }]), /^第 1 条批注含有不认识的字段 terms。/);
    await refused(good([{ ...n, selectors: { ...n.selectors, quote: { ...n.selectors.quote, html: '<b>' } } }]), /^第 1 条批注含有不认识的字段 html（在 selectors.quote 中）/);
    await refused(good([n, 'text']), /^第 2 条批注不是有效的记录/);
    const status = { ...STATUSES_003[1] };
    await refused(
      JSON.stringify({ ...JSON.parse(good([])), taskStatuses: [status, { ...status, status: 'started' }] }),
      /^第 2 条任务状态的 status 字段无效：取值应为 todo \/ doing \/ done \/ na/,
    );
    await refused(JSON.stringify({ ...JSON.parse(good([])), settings: [{ key: '', value: 1 }] }), /^第 1 条设置的 key 字段无效：不能为空/);
  });

  it('repeated ids, which would silently lose a record', async () => {
    await refused(good([NOTES_003[1], NOTES_003[2], NOTES_003[1]]), /^第 3 条批注的 id 与第 1 条重复/);
    const s = STATUSES_003[1];
    await refused(JSON.stringify({ ...JSON.parse(good([])), taskStatuses: [s, { ...s, id: STATUSES_003[2].id }] }), /^第 2 条任务状态的 任务（docKey \+ taskId） 与第 1 条重复/);
  });
});

describe('hostile content that is neutralized', () => {
  it('drops __proto__ / constructor / prototype keys while parsing, pollutes nothing, and says so', async () => {
    const note = JSON.stringify(NOTES_003[1]).slice(0, -1) + ',"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    const text = `{"__proto__":{"polluted":true},${HEADER},"notes":[${note}],"taskStatuses":[],"settings":[{"key":"k","value":{"__proto__":{"isAdmin":true},"ok":1}}]}`;
    const r = await importBackup(db, text);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.warnings).toEqual(['已忽略 5 个不安全的字段名（__proto__ / constructor / prototype）。']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const stored = await db.notes.get(NOTES_003[1].id);
    expect(stored && Object.hasOwn(stored, '__proto__')).toBe(false);
    expect((await db.settings.get('k'))?.value).toEqual({ ok: 1 });
  });

  it('keeps script in text fields as text (it is data; the UI renders text only)', () => {
    const evil = { ...NOTES_003[1], note: '<script>fetch("https://evil")</script>', docTitle: '<img src=x onerror=alert(1)>' };
    const r = parseBackup(good([evil]));
    expect(r.ok && r.backup.notes[0]).toEqual(evil);
  });

  it('accepts a file saved with a UTF-8 byte order mark', () => {
    expect(parseBackup(`\ufeff${good()}`).ok).toBe(true);
  });
});
