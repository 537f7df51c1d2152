import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import { useSeedBrowser } from './site';

declare const chrome: typeof import('wxt/browser').browser;

// Chromium shows the permission prompt as browser UI that the test cannot answer, and granting a host permission any
// other way needs a test switch or policy: what is checked here is everything up to the prompt, and the background's
// sync against the real chrome.scripting and chrome.permissions. The granted path is covered by tests/unit/sites.test.ts.
const env = useSeedBrowser();
const POLICY = SEED_PAGES[3];
let worker: Worker;
let options: Page;

beforeAll(async () => {
  worker = env.browser.context.serviceWorkers()[0];
  options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
});

/** The ids of the extension's registered (dynamic) content scripts, read in the service worker. */
const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const message = () => options.getByTestId('sites-message').textContent();

/** Whether the content script ran on a page of www.example.org (not gov.cn). */
async function analysedOnExampleOrg(): Promise<boolean> {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url('www.example.org', POLICY.path));
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
  const found = (await page.locator('policylens-ui').count()) > 0;
  await page.close();
  return found;
}

describe('其他网站: sites beyond *.gov.cn', () => {
  it('starts with no added site and no site script', async () => {
    await expect.poll(() => options.getByTestId('sites-empty').textContent()).toBe('还没有添加其他网站。');
    expect(await registered()).toEqual([]);
  });

  it('a script left for a site whose access is gone does not run there, and the background removes it', async () => {
    // As if the reader withdrew www.example.org's access (e.g. at chrome://extensions) while the worker was asleep.
    await worker.evaluate(() =>
      chrome.scripting.registerContentScripts([
        { id: 'site:*://www.example.org/*', matches: ['*://www.example.org/*'], js: chrome.runtime.getManifest().content_scripts![0].js!, runAt: 'document_idle' },
      ]),
    );
    expect(await registered()).toEqual(['site:*://www.example.org/*']);
    // Chrome injects only where the extension holds the host permission.
    expect(await analysedOnExampleOrg()).toBe(false);
    const answer = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'sites:sync' }));
    expect(answer).toEqual([]);
    expect(await registered()).toEqual([]);
    // The built-in site is untouched.
    const gov = await env.browser.context.newPage();
    await gov.goto(env.site.url(POLICY.host, POLICY.path));
    await expect.poll(() => gov.locator('policylens-ui').count()).toBe(1);
    await gov.close();
  });

  it('refuses a gov.cn host and a non-web address without asking the browser', async () => {
    const field = options.getByLabel('网站地址');
    await field.fill('https://www.ndrc.gov.cn/xxgk/');
    await options.getByRole('button', { name: '授权此网站' }).click();
    await expect.poll(message).toBe('www.ndrc.gov.cn 属于 *.gov.cn，已默认支持，无需添加。');
    await field.fill('file:///etc/passwd');
    await field.press('Enter');
    await expect.poll(message).toContain('不是有效的网站地址');
  });

  it('asks the browser for exactly the typed site during the click: the prompt stays open, nothing is added before the reader allows it', async () => {
    await options.getByLabel('网站地址').fill('https://www.example.org/zfwj/t003.shtml');
    await options.getByRole('button', { name: '授权此网站' }).click();
    // Outside a user gesture Chrome refuses at once ("must be called during a user gesture") and the page would say 未获授权.
    await expect.poll(message).toBe('请在浏览器的提示中允许访问 www.example.org…');
    await options.waitForTimeout(1000);
    expect(await message()).toBe('请在浏览器的提示中允许访问 www.example.org…');
    expect(await options.getByRole('button', { name: '授权此网站' }).isDisabled()).toBe(true);
    expect(await options.evaluate(() => chrome.permissions.contains({ origins: ['*://www.example.org/*'] }))).toBe(false);
    expect(await options.getByTestId('sites-empty').count()).toBe(1);
    expect(await registered()).toEqual([]);
  });
});
