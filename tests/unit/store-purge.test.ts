import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../../lib/store/db';
import { createNote, getNote, softDelete } from '../../lib/store/notes';
import { LAST_PURGE_KEY, PURGE_AFTER_MS, PURGE_EVERY_MS, purgeIfDue } from '../../lib/store/purge';
import { getSetting } from '../../lib/store/settings';
import { freshDb, noteOn } from './store-fixtures';

const DAY = 24 * 60 * 60 * 1000;
/** A fixed clock: 2024-03-01 08:00 Beijing time. */
const T0 = Date.UTC(2024, 2, 1, 0, 0);
let db: PolicyLensDb;
afterEach(async () => db?.delete());

async function deletedAt(passage: string, at: number | null): Promise<string> {
  const r = await createNote(db, noteOn(passage), T0 - 60 * DAY);
  if (!r.ok) throw new Error(r.error.message);
  if (at !== null) await softDelete(db, r.value.id, at);
  return r.value.id;
}
const exists = async (id: string) => (await getNote(db, id)).ok;

describe('purgeIfDue', () => {
  it('removes only notes deleted more than 30 days ago, keeping recent deletions and live notes', async () => {
    db = freshDb();
    expect(PURGE_AFTER_MS).toBe(30 * DAY);
    const old = await deletedAt('以制度创新为核心', T0 - 31 * DAY);
    const edge = await deletedAt('以政策创新为支撑', T0 - 30 * DAY + 1);
    const recent = await deletedAt('突出沿边特色', T0 - DAY);
    const live = await deletedAt('推广“自助办税”', null);
    expect(await purgeIfDue(db, T0)).toEqual({ ok: true, value: { ran: true, purged: 1 } });
    expect(await exists(old)).toBe(false);
    expect(await Promise.all([edge, recent, live].map(exists))).toEqual([true, true, true]);
    expect(await getSetting(db, LAST_PURGE_KEY)).toEqual({ ok: true, value: T0 });
  });

  it('runs at most once a day: a second start the same day purges nothing, the next day it purges again', async () => {
    db = freshDb();
    const first = await deletedAt('以制度创新为核心', T0 - 40 * DAY);
    expect(await purgeIfDue(db, T0)).toEqual({ ok: true, value: { ran: true, purged: 1 } });
    const second = await deletedAt('以政策创新为支撑', T0 - 40 * DAY);
    expect(await purgeIfDue(db, T0 + PURGE_EVERY_MS - 1)).toEqual({ ok: true, value: { ran: false, purged: 0 } });
    expect(await exists(second)).toBe(true);
    expect(await purgeIfDue(db, T0 + PURGE_EVERY_MS)).toEqual({ ok: true, value: { ran: true, purged: 1 } });
    expect(await exists(second)).toBe(false);
    expect(await exists(first)).toBe(false);
  });

  it('two service-worker starts at once purge once', async () => {
    db = freshDb();
    await deletedAt('以制度创新为核心', T0 - 40 * DAY);
    const both = await Promise.all([purgeIfDue(db, T0), purgeIfDue(db, T0)]);
    expect(both.map((r) => r.ok && r.value.ran).sort()).toEqual([false, true]);
  });

  it('is not blocked by a recorded time in the future (the clock was set back)', async () => {
    db = freshDb();
    expect((await purgeIfDue(db, T0 + 10 * DAY)).ok).toBe(true);
    const id = await deletedAt('以制度创新为核心', T0 - 40 * DAY);
    expect(await purgeIfDue(db, T0)).toEqual({ ok: true, value: { ran: true, purged: 1 } });
    expect(await exists(id)).toBe(false);
  });
});
