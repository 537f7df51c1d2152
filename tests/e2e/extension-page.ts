/** Talk to the background from an extension page, as the options page and the side panel do. */
import type { Page } from 'playwright-core';

/** A store answer as extension pages receive it. */
export type StoreAnswer<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Send `msg` to the background from `page` (an extension page) and give its answer. */
export function askBackground<T = unknown>(page: Page, msg: unknown): Promise<StoreAnswer<T>> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<StoreAnswer<T>> } } }).chrome.runtime.sendMessage(m),
    msg,
  );
}

/** Everything the database holds (notes with soft-deleted ones, task statuses, settings), read through a backup. */
export async function databaseSnapshot(page: Page): Promise<{ notes: unknown[]; taskStatuses: unknown[]; settings: unknown[] }> {
  const backup = await askBackground<string>(page, { type: 'backup:make' });
  if (!backup.ok) throw new Error(backup.error.message);
  const { notes, taskStatuses, settings } = JSON.parse(backup.value) as { notes: unknown[]; taskStatuses: unknown[]; settings: unknown[] };
  return { notes, taskStatuses, settings };
}
