/**
 * A crash in the middle of an import leaves the database as it was: a large backup is imported from the options page,
 * and while the background's import transaction is writing notes, the service worker is stopped (CDP), as the browser
 * does to a worker it kills. The import is one IndexedDB transaction (lib/export/backup.ts, runWrite), so nothing of
 * it may remain: not the first chunks of notes, not the task statuses and settings it wrote before them. A crash right
 * after the transaction, before the settings it brought are copied into extension storage, is finished by the next worker.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n/t';
import { DB_NAME } from '../../lib/store/db';
import { SETTINGS_KEY } from '../../lib/settings';
import type { Note } from '../../lib/store/schema';
import { askBackground, createNoteRequest, databaseSnapshot, useOptionsPage } from './extension-page';

/** Notes in the large backup: enough that writing them takes a few seconds. */
const BIG = 8_000;
/** Notes in the backup whose page is closed: it is written to the end, so a smaller one keeps the test short. */
const HALF = BIG / 2;

const env = useOptionsPage();

const newNote = (i: number) => createNoteRequest(i, `原有批注 ${i}`, ['港口']);

/**
 * In the options page: choose, as the reader would, a backup file that changes every existing note (newer edits), adds
 * `count` notes, a task status and a setting. Built in the page: sending megabytes from the test would be slow.
 */
function chooseBigBackup([existing, count]: [Note[], number]): void {
  const later = Date.now() + 60_000;
  const changed = existing.map((n) => ({ ...n, note: '被导入覆盖', color: 'pink', updatedAt: later }));
  const template = existing[0];
  const added = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: crypto.randomUUID(),
    url: `http://www.gxzf.gov.cn/zfwj/big/t${i}.shtml`,
    selectors: { ...template.selectors, quote: { exact: `导入的第${i}段：推进中国（广西）自由贸易试验区建设`, prefix: '', suffix: '' } },
    note: `导入批注 ${i} ${'跨境金融改革创新'.repeat(8)}`,
    tags: ['导入', `批次${i % 20}`],
    deletedAt: null,
    createdAt: later,
    updatedAt: later,
  }));
  const text = JSON.stringify({
    format: 'policylens-backup',
    version: 1,
    exportedAt: new Date(later).toISOString(),
    notes: [...changed, ...added],
    taskStatuses: [{ id: crypto.randomUUID(), docKey: 'doc:桂政发〔2020〕3号', taskId: 'task-import-crash', status: 'doing', note: '导入的状态', updatedAt: later }],
    settings: [{ key: 'import-crash-marker', value: { from: 'backup' } }],
  });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([text], 'big.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Count, inside the service worker, the notes the import has put so far (the store's own put, only counted). */
function countNotePuts(sw: Worker): Promise<void> {
  return sw.evaluate(() => {
    const g = globalThis as unknown as { __plNotePuts: number };
    const put = IDBObjectStore.prototype.put;
    g.__plNotePuts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'notes') g.__plNotePuts++;
      return put.apply(this, args);
    };
  });
}

/** How many notes the import has put so far. */
function notePuts(sw: Worker): Promise<number> {
  return sw.evaluate(() => (globalThis as unknown as { __plNotePuts: number }).__plNotePuts);
}

describe('a crash in the middle of an import', () => {
  it('leaves the notes, task statuses and settings exactly as they were', async () => {
    for (const i of [1, 2, 3, 4, 5]) expect((await askBackground(env.options, newNote(i))).ok).toBe(true);
    const mine = (await askBackground<{ notes: Note[] }>(env.options, { type: 'notes:search', query: { offset: 0, limit: 10 } })) as { ok: true; value: { notes: Note[] } };
    expect((await askBackground(env.options, { type: 'notes:delete', id: mine.value.notes[0].id })).ok).toBe(true);
    expect((await askBackground(env.options, { type: 'status:set', status: { docKey: 'doc:桂政发〔2020〕3号', taskId: 't1', status: 'done' } })).ok).toBe(true);
    const before = await databaseSnapshot(env.options);
    expect(before.notes).toHaveLength(5);

    const sw = env.browser.context.serviceWorkers()[0];
    await countNotePuts(sw);
    await env.options.evaluate(chooseBigBackup, [before.notes as Note[], BIG] as [Note[], number]);
    await expect.poll(() => env.options.getByTestId('backup-preview').textContent(), { timeout: 30_000 }).toContain(`将新增 ${BIG + 2} 条、更新 5 条`);
    await env.options.getByRole('button', { name: '确认导入' }).click();

    // Wait until the import transaction has put a good part of the notes, then stop the worker under it.
    const puts = () => notePuts(sw);
    await expect.poll(puts, { timeout: 30_000, interval: 20 }).toBeGreaterThan(BIG / 4);
    const cdp = await env.browser.context.newCDPSession(env.options);
    await cdp.send('ServiceWorker.enable');
    expect(await puts(), 'the import is still writing').toBeLessThan(BIG);
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The reader is told it failed and nothing changed; a new worker finds the database as it was.
    await expect.poll(() => env.options.getByTestId('backup-message').textContent(), { timeout: 20_000 }).toBe(t('backupFailed'));
    expect(await databaseSnapshot(env.options)).toEqual(before);
    const live = await askBackground<{ total: number }>(env.options, { type: 'notes:search', query: { offset: 0, limit: 1 } });
    expect(live.ok && live.value.total).toBe(4);
  }, 90_000);

  it('goes on to the end when the page that started it is closed: all of it lands', async () => {
    const before = await databaseSnapshot(env.options);
    const sw = env.browser.context.serviceWorkers().at(-1)!;
    await countNotePuts(sw);
    await env.options.evaluate(chooseBigBackup, [before.notes as Note[], HALF] as [Note[], number]);
    await expect.poll(() => env.options.getByTestId('backup-preview').textContent(), { timeout: 30_000 }).toContain(`将新增 ${HALF + 2} 条、更新 5 条`);
    await env.options.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => notePuts(sw), { timeout: 30_000, interval: 20 }).toBeGreaterThan(HALF / 4);
    await env.options.close();

    env.options = await env.browser.context.newPage();
    await env.options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const live = async () => {
      const r = await askBackground<{ total: number }>(env.options, { type: 'notes:search', query: { offset: 0, limit: 1 } });
      return r.ok ? r.value.total : -1;
    };
    await expect.poll(live, { timeout: 30_000 }).toBe(4 + HALF);
    const changed = await askBackground<{ notes: Note[] }>(env.options, { type: 'notes:search', query: { text: '被导入覆盖', offset: 0, limit: 10 } });
    expect(changed.ok && changed.value.notes.map((n) => n.color)).toEqual(Array(4).fill('pink'));
    const statuses = await askBackground<unknown[]>(env.options, { type: 'status:get', docKey: 'doc:桂政发〔2020〕3号' });
    expect(statuses.ok && statuses.value.length).toBe(2);
  }, 60_000);

  it('copies the settings an import committed into extension storage when the worker stopped before it could', async () => {
    // The state such a crash leaves: the reader's settings in the database's settings table, none in extension storage.
    await env.options.evaluate(
      ([db, key]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key, value: { myUnits: ['自治区商务厅'] } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [DB_NAME, SETTINGS_KEY],
    );
    const stored = () =>
      env.options.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key), SETTINGS_KEY);
    await env.options.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove(key), SETTINGS_KEY);
    expect(await stored()).toEqual({});

    const cdp = await env.browser.context.newCDPSession(env.options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Any request wakes a new worker, which finishes the copy when it starts.
    expect((await askBackground(env.options, { type: 'notes:search', query: { offset: 0, limit: 1 } })).ok).toBe(true);
    await expect.poll(async () => ((await stored())[SETTINGS_KEY] as { myUnits?: string[] } | undefined)?.myUnits, { timeout: 10_000 }).toEqual(['自治区商务厅']);
  }, 30_000);
});
