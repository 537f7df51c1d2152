import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup, makeBackup } from '../../lib/export/backup';
import { describe as describeSelection } from '../../lib/anchor/selectors';
import type { PolicyLensDb } from '../../lib/store/db';
import { mirroredContains, NoteMirror } from '../../lib/store/note-mirror';
import { toRow } from '../../lib/store/note-row';
import { createNote, moveSelectors, purgeDeleted, searchNotes, softDelete, undoDelete, updateNote } from '../../lib/store/notes';
import { runWrite } from '../../lib/store/result';
import type { Note } from '../../lib/store/schema';
import { queryTerms } from '../../lib/store/terms';
import { SEED_003, freshDb, noteOn } from './store-fixtures';

let db: PolicyLensDb;
afterEach(async () => db?.delete());

async function created(passage: string, at: number, note = ''): Promise<Note> {
  const r = await createNote(db, noteOn(passage, { note }), at);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
async function ids(text: string): Promise<string[]> {
  const r = await searchNotes(db, { text });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.notes.map((n) => n.id);
}

describe('the in-memory mirror behind search', () => {
  it('follows every committed write after it was built: create, edit, delete, undo, move, purge', async () => {
    db = freshDb();
    const a = await created('授权各片区管理机构负责办理外商投资项目', 1000);
    expect(await ids('外商投资')).toEqual([a.id]);
    const b = await created('全面实行外商投资准入前国民待遇加负面清单管理制度', 2000);
    expect(await ids('外商投资')).toEqual([b.id, a.id]);
    await updateNote(db, a.id, { note: '与跨境金融有关' }, 3000);
    expect(await ids('跨境金融')).toEqual([a.id]);
    expect(await ids('外商投资')).toEqual([a.id, b.id]);
    await softDelete(db, a.id, 4000);
    expect(await ids('外商投资')).toEqual([b.id]);
    await undoDelete(db, a.id, 5000);
    expect(await ids('跨境金融')).toEqual([a.id]);
    const at = SEED_003.indexOf('突出沿边特色');
    await moveSelectors(db, b.id, b.selectors, describeSelection(SEED_003, at, at + 6, null));
    expect(await ids('负面清单')).toEqual([]);
    expect(await ids('沿边')).toEqual([b.id]);
    await softDelete(db, b.id, 6000);
    await purgeDeleted(db, 7000);
    expect(await ids('沿边')).toEqual([]);
    const all = await searchNotes(db, {});
    expect(all.ok && all.value.total).toBe(1);
  });

  it('ignores a write whose transaction was aborted', async () => {
    db = freshDb();
    const a = await created('授权各片区管理机构负责办理外商投资项目', 1000);
    expect(await ids('外商投资')).toEqual([a.id]);
    const r = await runWrite(db, [db.notes], async () => {
      await db.notes.put(toRow({ ...a, note: '跨境金融', updatedAt: 2000 }));
      throw new Error('disk gone');
    });
    expect(r.ok).toBe(false);
    expect(await ids('跨境金融')).toEqual([]);
  });

  it('takes in a backup imported after it was built (bulk writes)', async () => {
    db = freshDb();
    await created('授权各片区管理机构负责办理外商投资项目', 1000, '备案');
    const backup = await makeBackup(db);
    const other = db;
    db = freshDb();
    expect(await ids('备案')).toEqual([]);
    if (!backup.ok) throw new Error(backup.error.message);
    expect((await importBackup(db, backup.value)).ok).toBe(true);
    expect(await ids('备案')).toHaveLength(1);
    await other.delete();
  });

  it('intersects the postings rarest first and lists stale ids only until the text check', () => {
    const mirror = new NoteMirror();
    const row = (id: string, quote: string) => toRow({ ...noteOnRow(id), selectors: { quote: { exact: quote, prefix: '', suffix: '' }, position: { start: 0, end: quote.length }, taskPath: null } });
    mirror.put(row('1', '跨境金融服务'));
    mirror.put(row('2', '金融服务'));
    mirror.put(row('3', '跨境电商'));
    expect([...mirror.candidates(queryTerms('跨境金融'))]).toEqual(['1']);
    mirror.put(row('1', '口岸建设'));
    expect(mirror.candidates(queryTerms('跨境金融')).has('1')).toBe(true);
    expect(mirroredContains(mirror.get('1')!, ['跨境金融'])).toBe(false);
    expect(mirroredContains(mirror.get('1')!, ['口岸'])).toBe(true);
    mirror.remove('2');
    expect(mirror.size).toBe(2);
  });
});

function noteOnRow(id: string): Note {
  const input = noteOn('突出沿边特色');
  return { ...input, id, docTitle: '', docNumber: null, color: 'yellow', note: '', tags: [], createdAt: 1, updatedAt: 1, deletedAt: null } as Note;
}
