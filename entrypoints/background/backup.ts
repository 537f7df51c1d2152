/** Backup and import in the background, where the notes database lives. */
import { importBackup, makeBackup, previewImport } from '../../lib/export/backup';
import type { StoreResult } from '../../lib/store/result';
import { notesDb } from './notes';

/** A backup request, already validated. */
export type BackupRequest = { type: 'backup:make' } | { type: 'backup:preview'; text: string } | { type: 'backup:import'; text: string };

/** Answer a backup request; after an import, open extension pages are told that notes changed. */
export async function answerBackupRequest(msg: BackupRequest): Promise<StoreResult<unknown>> {
  const db = notesDb();
  if (msg.type === 'backup:make') return makeBackup(db);
  if (msg.type === 'backup:preview') return previewImport(db, msg.text);
  const result = await importBackup(db, msg.text);
  if (result.ok) browser.runtime.sendMessage({ type: 'notes:changed', docKey: null }).catch(() => undefined);
  return result;
}
