/** Talk to the background from an extension page, as the options page and the side panel do. */
import type { Page } from 'playwright-core';
import { BACKUP_PORT } from '../../lib/messages';

/** A store answer as extension pages receive it. */
export type StoreAnswer<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Send `msg` to the background from `page` (an extension page) and give its answer. */
export function askBackground<T = unknown>(page: Page, msg: unknown): Promise<StoreAnswer<T>> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<StoreAnswer<T>> } } }).chrome.runtime.sendMessage(m),
    msg,
  );
}

/** Everything the database holds (notes with soft-deleted ones, task statuses, settings), read through a backup made over the backup port. */
export async function databaseSnapshot(page: Page): Promise<{ notes: unknown[]; taskStatuses: unknown[]; settings: unknown[] }> {
  const backup = await page.evaluate(
    (name) =>
      new Promise<StoreAnswer<string>>((resolve, reject) => {
        type Port = { onMessage: { addListener(f: (m: { type: string; answer?: StoreAnswer<string> }) => void): void }; postMessage(m: unknown): void; disconnect(): void };
        const port = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime.connect({ name });
        port.onMessage.addListener((m) => {
          if (m.type !== 'backup:answer') return;
          port.disconnect();
          if (m.answer) resolve(m.answer);
          else reject(new Error('no backup answer'));
        });
        port.postMessage({ type: 'backup:make' });
      }),
    BACKUP_PORT,
  );
  if (!backup.ok) throw new Error(backup.error.message);
  const { notes, taskStatuses, settings } = JSON.parse(backup.value) as { notes: unknown[]; taskStatuses: unknown[]; settings: unknown[] };
  return { notes, taskStatuses, settings };
}
