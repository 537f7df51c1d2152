/** Reader settings as key/value pairs with JSON values. */
import type { PolicyLensDb } from './db';
import { invalid, ok, runRead, runWrite, type StoreResult } from './result';
import { SettingSchema, type Setting } from './schema';

/** Prefix of settings-table keys that hold the extension's own bookkeeping (not the reader's settings: never backed up). */
export const META_KEY_PREFIX = 'meta:';

/** A setting's value, or undefined when it was never set. */
export async function getSetting(db: PolicyLensDb, key: string): Promise<StoreResult<Setting['value'] | undefined>> {
  return runRead(db, [db.settings], async () => (await db.settings.get(key))?.value);
}

/** Store a setting (any JSON value). */
export async function setSetting(db: PolicyLensDb, key: string, value: Setting['value']): Promise<StoreResult<Setting>> {
  const parsed = SettingSchema.safeParse({ key, value });
  if (!parsed.success) return invalid(parsed.error, '设置');
  return runWrite(db, [db.settings], async () => {
    await db.settings.put(parsed.data);
    return ok(parsed.data);
  });
}
