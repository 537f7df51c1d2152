/** Talk to the background from an extension page, as the options page and the side panel do. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BACKUP_PORT } from '../../lib/messages';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';

/** The browser of a test file and the extension's options page open in it (backup and import live there). */
export interface OptionsPageEnv {
  browser: ExtensionBrowser;
  options: Page;
}

/** Launch Chromium with the extension and open its options page before the file's tests; close it after them. */
export function useOptionsPage(): OptionsPageEnv {
  const env = {} as OptionsPageEnv;
  beforeAll(async () => {
    env.browser = await launchWithExtension();
    env.options = await env.browser.context.newPage();
    await env.options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  return env;
}

/** A store answer as extension pages receive it. */
export type StoreAnswer<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A notes:create request for the i-th note of a test document (the 自贸试验区 plan), with the reader's text and tags. */
export function createNoteRequest(i: number, note: string, tags: string[]) {
  return {
    type: 'notes:create',
    note: {
      url: `http://www.gxzf.gov.cn/zfwj/t${i}.shtml`,
      docKey: 'doc:桂政发〔2020〕3号',
      docTitle: '中国（广西）自由贸易试验区建设实施方案',
      docNumber: '桂政发〔2020〕3号',
      selectors: { quote: { exact: `钦州港第${i}段`, prefix: '', suffix: '' }, position: { start: i * 10, end: i * 10 + 5 }, taskPath: null },
      color: 'yellow',
      note,
      tags,
    },
  };
}

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
