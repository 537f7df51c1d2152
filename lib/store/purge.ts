/** Scheduled purge of soft-deleted notes: at most once a day, notes deleted more than 30 days ago are removed for good. */
import type { PolicyLensDb } from './db';
import { purgeDeleted } from './notes';
import { ok, runWrite, type StoreResult } from './result';
import { META_KEY_PREFIX } from './settings';

/** How long a deleted note is kept (so it can still be restored from a backup made meanwhile): 30 days in ms. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
/** Least time between two purges: one day in ms. */
export const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;
/** The settings-table key that records when the last purge ran (ms epoch); bookkeeping, left out of backups. */
export const LAST_PURGE_KEY = `${META_KEY_PREFIX}notesPurgedAt`;

/** What a scheduled purge did: whether it ran (false: a purge ran less than a day ago) and how many notes it removed. */
export interface PurgeOutcome {
  ran: boolean;
  purged: number;
}

/**
 * At time `now`, unless a purge ran in the last day, permanently remove the notes soft-deleted more than 30 days
 * before `now` and record the time — in one transaction, so two service-worker starts never both purge. A recorded
 * time in the future (the clock was set back) does not block the purge.
 */
export function purgeIfDue(db: PolicyLensDb, now = Date.now()): Promise<StoreResult<PurgeOutcome>> {
  return runWrite<PurgeOutcome>(db, [db.notes, db.settings], async () => {
    const last = (await db.settings.get(LAST_PURGE_KEY))?.value;
    if (typeof last === 'number' && last <= now && now - last < PURGE_EVERY_MS) return ok({ ran: false, purged: 0 });
    const purged = await purgeDeleted(db, now - PURGE_AFTER_MS);
    if (!purged.ok) return purged;
    await db.settings.put({ key: LAST_PURGE_KEY, value: now });
    return ok({ ran: true, purged: purged.value });
  });
}
