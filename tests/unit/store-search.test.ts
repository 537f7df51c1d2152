import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolicyLensDb } from '../../lib/store/db';
import { allTags, createNote, searchNotes, softDelete, undoDelete } from '../../lib/store/notes';
import type { NewNote, NoteQuery } from '../../lib/store/schema';
import { DOC_KEY, freshDb, noteOn } from './store-fixtures';

let db: PolicyLensDb;
afterEach(async () => db?.delete());

const NOTES: [string, Partial<NewNote>, number][] = [
  ['授权各片区管理机构负责办理外商投资项目', { tags: ['外资', '片区'], color: 'yellow', note: '问一下**备案**流程' }, 1000],
  ['全面实行外商投资准入前国民待遇加负面清单管理制度', { tags: ['外资'], color: 'green', note: '' }, 2000],
  ['南宁片区重点发展现代金融、智慧物流、数字经济', { tags: ['片区', '南宁'], color: 'blue', note: 'RCEP 相关' }, 3000],
  ['突出中国—东盟开放合作先行先试', { tags: [], color: 'yellow', note: '与东盟合作的 2020 年任务' }, 4000],
];

async function seed(): Promise<string[]> {
  const ids: string[] = [];
  for (const [passage, extra, at] of NOTES) {
    const r = await createNote(db, noteOn(passage, extra), at);
    if (!r.ok) throw new Error(r.error.message);
    ids.push(r.value.id);
  }
  return ids;
}

async function found(query: NoteQuery): Promise<string[]> {
  const r = await searchNotes(db, query);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.notes.map((n) => n.id);
}

describe('searchNotes', () => {
  it('finds notes by Chinese words in the quote or in the note text, newest first', async () => {
    db = freshDb();
    const [a, b, , d] = await seed();
    expect(await found({ text: '外商投资' })).toEqual([b, a]);
    expect(await found({ text: '备案' })).toEqual([a]);
    expect(await found({ text: '东盟' })).toEqual([d]);
    expect(await found({ text: '负面清单 国民待遇' })).toEqual([b]);
    expect(await found({ text: '外商投资 智慧物流' })).toEqual([]);
    expect(await found({ text: '不存在的词语' })).toEqual([]);
  });

  it('matches single characters, ASCII words, digits and full-width forms', async () => {
    db = freshDb();
    const [a, , c, d] = await seed();
    expect(await found({ text: '融' })).toEqual([c]);
    expect(await found({ text: '目' })).toEqual([a]);
    expect(await found({ text: 'rcep' })).toEqual([c]);
    expect(await found({ text: 'ＲＣＥＰ' })).toEqual([c]);
    expect(await found({ text: '２０２０' })).toEqual([d]);
    expect(await found({ text: '，' })).toEqual([]);
  });

  it('filters by tag, colour, document and edit time, alone and combined', async () => {
    db = freshDb();
    const [a, b, c, d] = await seed();
    expect(await found({ tag: '外资' })).toEqual([b, a]);
    expect(await found({ tag: '#片区' })).toEqual([c, a]);
    expect(await found({ color: 'yellow' })).toEqual([d, a]);
    expect(await found({ docKey: DOC_KEY })).toEqual([d, c, b, a]);
    expect(await found({ docKey: 'doc:国发〔2019〕16号' })).toEqual([]);
    expect(await found({ from: 2000, to: 3000 })).toEqual([c, b]);
    expect(await found({ text: '片区', tag: '片区', color: 'blue' })).toEqual([c]);
    expect(await found({ tag: '外资', from: 1500 })).toEqual([b]);
  });

  it('lists all notes newest first, paged, with the total', async () => {
    db = freshDb();
    const [a, b, c, d] = await seed();
    const r = await searchNotes(db, { limit: 3 });
    expect(r.ok && r.value).toMatchObject({ total: 4 });
    expect(r.ok && r.value.notes.map((n) => n.id)).toEqual([d, c, b]);
    expect(await found({ offset: 3 })).toEqual([a]);
    const filtered = await searchNotes(db, { text: '片区', limit: 1 });
    expect(filtered.ok && filtered.value).toMatchObject({ total: 2, notes: [{ id: c }] });
  });

  it('leaves deleted notes out', async () => {
    db = freshDb();
    const [a, b, c, d] = await seed();
    await softDelete(db, b, 5000);
    expect(await found({ text: '外商投资' })).toEqual([a]);
    expect(await found({})).toEqual([d, c, a]);
    await softDelete(db, c, 6000);
    expect(await found({ limit: 1 })).toEqual([d]);
    expect(await found({ offset: 1, limit: 1 })).toEqual([a]);
    expect(await found({ color: 'yellow', limit: 5 })).toEqual([d, a]);
    await undoDelete(db, c, 7000);
    const r = await searchNotes(db, {});
    expect(r.ok && r.value.total).toBe(3);
  });

  it('reads the table once, for the in-memory index; later searches use the index, not a scan of every note', async () => {
    db = freshDb();
    await seed();
    const scan = vi.spyOn(db.notes, 'toArray');
    const filter = vi.spyOn(db.notes, 'filter');
    await found({ text: '外商投资', tag: '外资' });
    expect(scan).toHaveBeenCalledTimes(1);
    await found({ text: '外商投资', tag: '外资' });
    await found({ text: '东盟' });
    await found({ limit: 2 });
    expect(scan).toHaveBeenCalledTimes(1);
    expect(filter).not.toHaveBeenCalled();
  });

  it('refuses a malformed query', async () => {
    db = freshDb();
    expect(await searchNotes(db, { text: '字'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await searchNotes(db, { limit: -1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('allTags', () => {
  it('counts tags of live notes, most used first', async () => {
    db = freshDb();
    const [a] = await seed();
    expect(await allTags(db)).toEqual({
      ok: true,
      value: [
        { tag: '片区', count: 2 },
        { tag: '外资', count: 2 },
        { tag: '南宁', count: 1 },
      ],
    });
    await softDelete(db, a, 9000);
    const r = await allTags(db);
    expect(r.ok && r.value).toEqual([
      { tag: '南宁', count: 1 },
      { tag: '片区', count: 1 },
      { tag: '外资', count: 1 },
    ]);
  });
});
