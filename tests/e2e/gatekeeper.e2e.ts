/**
 * The gatekeeper: the content script looks at every gov.cn page and loads the reader only where it may be needed. A
 * page that declares itself news stops at once (no reader, nothing painted), but its reader can still annotate it:
 * a selection or the context menu loads the reader, and a page with notes gets the reader when it is opened again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentWorld } from './content-world';
import { selectPhrase } from './select-phrase';
import { ROOT, useSeedBrowser } from './site';

/** The extension API inside the service worker (worker.evaluate runs there). */
declare const chrome: typeof import('wxt/browser').browser;

const NEWS = { host: 'www.gov.cn', path: '/xinwen/2019-02/13/content_5365416.htm' };
const PHRASE = '就业是民生之本';

const env = useSeedBrowser({ [`${NEWS.host}${NEWS.path}`]: readFileSync(resolve(ROOT, 'tests/fixtures/pages/news.html'), 'utf8') });

const ui = (page: Page, sel: string) => page.locator(`policylens-ui ${sel}`);
const blueNotes = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('policylens-note-blue') as unknown as Set<Range>) ?? [])].map((r) => r.toString()));

async function openNews(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url(NEWS.host, NEWS.path));
  await page.waitForFunction(() => performance.getEntriesByName('policylens:settled').length > 0);
  return page;
}

/** Whether the reader runs in the page (its instance lives in the extension's isolated world). */
async function readerLoaded(page: Page): Promise<boolean> {
  const world = await contentWorld(env.browser.context, page, env.browser.extensionId);
  return world.evaluate<boolean>('typeof globalThis.__policylensReader === "object"');
}

describe('the gatekeeper', () => {
  it('stops a page that declares itself news: no reader, nothing painted, no badge', async () => {
    const page = await openNews();
    await page.waitForTimeout(500);
    expect(await readerLoaded(page)).toBe(false);
    expect(await page.evaluate(() => performance.getEntriesByName('policylens:reader-start').length)).toBe(0);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('loads the reader for a selection on a stopped page: the note toolbar comes, the note is saved, and shown when the page is opened again', async () => {
    const page = await openNews();
    await selectPhrase(page, PHRASE, '#UCAP-CONTENT');
    await ui(page, '.pl-toolbar [data-color="blue"]').click({ timeout: 10_000 });
    await expect.poll(() => blueNotes(page)).toEqual([PHRASE]);
    expect(await ui(page, '.pl-badge').count()).toBe(0);
    await page.close();

    const again = await openNews();
    await expect.poll(() => blueNotes(again), { timeout: 10_000 }).toEqual([PHRASE]);
    expect(await readerLoaded(again)).toBe(true);
    await again.close();
  });

  it('opens the note editor from the context menu on a stopped page (the reader is loaded for it first)', async () => {
    const page = await openNews();
    const phrase = '加大稳岗支持力度';
    await selectPhrase(page, phrase, '#UCAP-CONTENT');
    const worker = env.browser.context.serviceWorkers()[0];
    await worker.evaluate(async (selectionText) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
        { menuItemId: 'annotate-selection', selectionText, editable: false },
        tab,
      );
    }, phrase);
    await expect.poll(() => ui(page, '.pl-editor .pl-quote').textContent(), { timeout: 10_000 }).toBe(phrase);
    await page.close();
  });
});
