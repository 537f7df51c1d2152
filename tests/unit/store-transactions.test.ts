import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../../lib/store/db';
import { createNote, getNote, purgeDeleted, softDelete, updateNote } from '../../lib/store/notes';
import { fail, ok, runWrite, toStoreError } from '../../lib/store/result';
import { setTaskStatus } from '../../lib/store/task-status';
import { DOC_KEY, freshDb, noteOn } from './store-fixtures';

let db: PolicyLensDb;
afterEach(async () => db?.delete());

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('transactions', () => {
  it('a write that throws half-way leaves nothing behind', async () => {
    db = freshDb();
    const note = await createNote(db, noteOn('突出沿边特色'));
    const r = await runWrite(db, [db.notes, db.taskStatuses], async () => {
      await setTaskStatus(db, { docKey: DOC_KEY, taskId: '1', status: 'done' });
      if (note.ok) await db.notes.delete(note.value.id);
      throw new Error('断电了');
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(!r.ok && r.error.message).toContain('断电了');
    expect(await db.taskStatuses.count()).toBe(0);
    expect(await db.notes.count()).toBe(1);
  });

  it('a write whose body returns a failure is rolled back too', async () => {
    db = freshDb();
    const r = await runWrite(db, [db.settings], async () => {
      await db.settings.put({ key: 'a', value: 1 });
      return fail('not-found', '找不到');
    });
    expect(r).toEqual({ ok: false, error: { code: 'not-found', message: '找不到' } });
    expect(await db.settings.count()).toBe(0);
    expect(await runWrite(db, [db.settings], async () => ok(1))).toEqual({ ok: true, value: 1 });
  });

  it('a purge interrupted on its second note deletes none', async () => {
    db = freshDb();
    const ids: string[] = [];
    for (const p of ['突出沿边特色', '突出陆海联动', '以制度创新为核心']) {
      const r = await createNote(db, noteOn(p), 1000);
      if (r.ok) ids.push(r.value.id);
      await softDelete(db, ids[ids.length - 1], 2000);
    }
    let seen = 0;
    db.notes.hook('deleting', () => {
      if (++seen === 2) throw new Error('磁盘错误');
    });
    const r = await purgeDeleted(db, 5000);
    expect(r.ok).toBe(false);
    expect(await db.notes.count()).toBe(3);
  });
});

describe('quota errors', () => {
  it('are reported as quota with a Chinese message, and nothing is saved', async () => {
    db = freshDb();
    db.notes.hook('creating', () => {
      throw quotaError();
    });
    const r = await createNote(db, noteOn('突出沿边特色'));
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(!r.ok && r.error.message).toContain('存储空间已满');
    expect(await db.notes.count()).toBe(0);
  });

  it('on update leave the note as it was', async () => {
    db = freshDb();
    const created = await createNote(db, noteOn('突出沿边特色'), 1000);
    if (!created.ok) throw new Error(created.error.message);
    db.notes.hook('updating', () => {
      throw quotaError();
    });
    const r = await updateNote(db, created.value.id, { note: '很长的批注' }, 2000);
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    const back = await getNote(db, created.value.id);
    expect(back.ok && back.value).toMatchObject({ note: '', updatedAt: 1000 });
  });

  it('are recognized inside Dexie-wrapped errors', () => {
    expect(toStoreError({ name: 'AbortError', inner: quotaError() }).code).toBe('quota');
    expect(toStoreError({ name: 'BulkError', failures: [new Error('x'), quotaError()] }).code).toBe('quota');
    expect(toStoreError(new Error('boom'))).toEqual({ code: 'failed', message: '本地存储操作失败：boom' });
    expect(toStoreError('weird').code).toBe('failed');
  });
});
