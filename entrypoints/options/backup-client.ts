/** The options page's side of the backup port: one request, its progress reports, then its answer. */
import { browser } from 'wxt/browser';
import { parseMessage } from '../../lib/content-messages';
import type { OnProgress } from '../../lib/export/progress';
import { BACKUP_PORT, BackupPortMessageSchema } from '../../lib/messages';

/** Send a backup request over a new port; `onProgress` hears each report; resolves to the answer (undefined if the port closed first). */
export function backupRequest(msg: unknown, onProgress: OnProgress): Promise<unknown> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: BACKUP_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const m = parseMessage(BackupPortMessageSchema, raw);
      if (m?.type === 'backup:progress') onProgress(m.done, m.total);
      if (m?.type === 'backup:answer') {
        resolve(m.answer);
        port.disconnect();
      }
    });
    port.onDisconnect.addListener(() => resolve(undefined));
    port.postMessage(msg);
  });
}
