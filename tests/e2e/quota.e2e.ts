/**
 * Storage full, for real: the extension origin's quota is lowered over CDP (Storage.overrideQuotaForOrigin) before its
 * database is first opened, so IndexedDB itself refuses the writes that do not fit (QuotaExceededError). The reader
 * must see the store's quota message — in the page's note editor and in the options page's import — and keep every
 * earlier note.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import { t } from '../../lib/i18n/t';
import { toStoreError } from '../../lib/store/result';
import { databaseSnapshot } from './extension-page';
import { seededRandom } from './random';
import { selectPhrase } from './select-phrase';
import { useSeedBrowser } from './site';

const SEED = SEED_PAGES[3]; // 003: 桂政发〔2020〕3号
const FIRST = '构建“互联网+大数据”的智慧税务生态服务系统，推进办税便利化改革';
const SECOND = '积极探索与东盟国家';
const THIRD = '创新税收管理服务机制';
/** Room left for the extension's data: a few small notes fit, notes of tens of thousands of characters do not (the browser counts the values written, not every index entry). */
const ROOM = 50_000;
/** The store's message for a full disk (lib/store/result.ts). */
const QUOTA_MESSAGE = toStoreError({ name: 'QuotaExceededError' }).message;

const env = useSeedBrowser();

/** Text that does not compress: random CJK characters. */
function incompressible(length: number, seed: number): string {
  const rand = seededRandom(seed);
  return Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 20000))).join('');
}

/** Select `phrase` in the page's main content, as a reader's drag would, and wait for the notes toolbar. */
async function select(page: Page, phrase: string): Promise<void> {
  await selectPhrase(page, phrase);
  await page.locator('policylens-ui .pl-toolbar').waitFor();
}

const ui = (page: Page, sel: string) => page.locator(`policylens-ui ${sel}`);
const painted = (page: Page) =>
  page.evaluate(() => ['yellow', 'green'].map((c) => [...((CSS.highlights.get(`policylens-note-${c}`) as unknown as Set<Range>) ?? [])].map((r) => r.toString())));

describe('storage full', () => {
  it('is said in the note editor and in the import, and every earlier note is kept', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const origin = `chrome-extension://${env.browser.extensionId}`;
    const cdp = await env.browser.context.newCDPSession(options);
    // The service worker's own script counts towards the origin's usage once it is recorded: wait for it before setting the quota.
    const workerUsage = async () => (await cdp.send('Storage.getUsageAndQuota', { origin })).usageBreakdown.find((b) => b.storageType === 'service_workers')?.usage ?? 0;
    await expect.poll(workerUsage, { timeout: 15_000 }).toBeGreaterThan(0);
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + ROOM });

    // Two small notes fit: a highlight and a note with text, made with the page's toolbar and editor.
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(SEED.host, SEED.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await select(page, FIRST);
    await ui(page, '.pl-toolbar [data-color="yellow"]').click();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([[FIRST], []]);
    await select(page, SECOND);
    await ui(page, '.pl-toolbar .pl-note').click();
    await ui(page, '.pl-editor textarea').fill('东盟合作，留意时限');
    await ui(page, '.pl-editor .pl-colors [data-color="green"]').click();
    await ui(page, '.pl-editor .pl-save').click();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([[FIRST], [SECOND]]);
    const before = await databaseSnapshot(options);
    expect(before.notes).toHaveLength(2);

    // A backup too large for the room left: the import says the storage is full and brings nothing in.
    const template = before.notes[0] as Record<string, unknown>;
    expect((await cdp.send('Storage.getUsageAndQuota', { origin })).usage, 'there is room left').toBeLessThan(usage + ROOM);
    const backup = JSON.stringify({
      format: 'policylens-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      notes: [1, 2, 3].map((i) => ({ ...template, id: crypto.randomUUID(), note: incompressible(20_000, i) })),
      taskStatuses: [],
      settings: [],
    });
    await options.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => options.getByTestId('backup-preview').textContent()).toContain('将新增 3 条');
    await options.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('backup-message').textContent()).toBe(QUOTA_MESSAGE);
    expect(await databaseSnapshot(options)).toEqual(before);

    // Then a long note does not fit either: the editor stays open with the reader's text and says why it was not saved.
    const long = incompressible(30_000, 9);
    await select(page, THIRD);
    await ui(page, '.pl-toolbar .pl-note').click();
    await ui(page, '.pl-editor textarea').fill(long);
    await ui(page, '.pl-editor .pl-save').click();
    await expect.poll(() => ui(page, '.pl-editor .pl-error').textContent()).toBe(t('noteSaveFailed', QUOTA_MESSAGE));
    expect((await ui(page, '.pl-editor textarea').inputValue()).length).toBe(long.length);
    expect(await databaseSnapshot(options)).toEqual(before);

    // The earlier notes are still painted after a reload.
    await page.reload();
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([[FIRST], [SECOND]]);
  });
});
