/** Backup and import in the background, where the notes database lives; the reader's settings travel with them. */
import { importBackup, makeBackup, previewImport } from '../../lib/export/backup';
import type { OnProgress } from '../../lib/export/progress';
import type { BackupRequest } from '../../lib/messages';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import type { StoreResult } from '../../lib/store/result';
import { getSetting, setSetting } from '../../lib/store/settings';
import { notesDb } from './notes';

/**
 * Answer a backup request. The settings (colours, 我的单位, switches) live in extension storage: they are copied into the
 * database's settings table before a backup, and back into storage after an import that brought them (a setting already
 * set on this computer is kept, as the merge keeps every local setting). After an import, open pages are told.
 * `onProgress` hears how far the work is (notes read; records checked, then written).
 */
export async function answerBackupRequest(msg: BackupRequest, onProgress?: OnProgress): Promise<StoreResult<unknown>> {
  const db = notesDb();
  if (msg.type === 'backup:make') {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    if (stored[SETTINGS_KEY] !== undefined) await setSetting(db, SETTINGS_KEY, JSON.parse(JSON.stringify(parseSettings(stored[SETTINGS_KEY]))));
    return makeBackup(db, { onProgress });
  }
  if (msg.type === 'backup:preview') return previewImport(db, msg.text, { onProgress });
  const result = await importBackup(db, msg.text, { onProgress });
  if (result.ok) {
    await restoreImportedSettings(db);
    browser.runtime.sendMessage({ type: 'notes:changed', docKey: null }).catch(() => undefined);
  }
  return result;
}

/**
 * Copy the settings an import wrote into the database into extension storage, when storage holds none. Run after an import and
 * when the background starts: the worker may have been stopped after the import's transaction and before this copy.
 */
export async function restoreImportedSettings(db = notesDb()): Promise<void> {
  const local = await browser.storage.local.get(SETTINGS_KEY);
  if (local[SETTINGS_KEY] !== undefined) return;
  const imported = await getSetting(db, SETTINGS_KEY);
  if (imported.ok && imported.value !== undefined) await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(imported.value) });
}
