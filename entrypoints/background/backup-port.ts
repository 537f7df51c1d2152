/** The backup port: the options page's backup, preview and import, with progress reports while they run. */
import { parseMessage } from '../../lib/content-messages';
import { BACKUP_PORT, BackgroundRequestSchema, isBackupRequest, type BackupPortMessage } from '../../lib/messages';
import { answerBackupRequest } from './backup';

/**
 * Answer backup requests on ports opened by the extension's own pages (never a content script): each request gets
 * `backup:progress` reports as the work goes (every 1,000 records) and one `backup:answer`. An open port also keeps
 * the service worker alive through a long import. If the page goes away, the work still finishes (all or nothing).
 */
export function listenForBackupPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BACKUP_PORT) return;
    if (port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(browser.runtime.getURL('/'))) {
      port.disconnect();
      return;
    }
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    const post = (m: BackupPortMessage) => {
      if (open) port.postMessage(m);
    };
    port.onMessage.addListener((raw: unknown) => {
      const msg = parseMessage(BackgroundRequestSchema, raw);
      if (!msg || !isBackupRequest(msg)) return;
      void answerBackupRequest(msg, (done, total) => post({ type: 'backup:progress', done, total })).then(
        (answer) => post({ type: 'backup:answer', answer }),
        () => post({ type: 'backup:answer', answer: null }),
      );
    });
  });
}
