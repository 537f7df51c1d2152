import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import type { FixtureServer } from '../../scripts/fixture-server';
import { SEED_PAGES } from '../../scripts/seed-site';
import { startSeedSite } from './site';

let site: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startSeedSite();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the extension in Chromium', () => {
  const seed = SEED_PAGES[3];

  it('runs its content script on a gov.cn host (the badge appears on a policy page)', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(seed.host, seed.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await page.close();
  });

  it('does not run on a host outside gov.cn', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('www.example.org', seed.path));
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    await page.close();
  });

  it('renders the side panel and the popup', async () => {
    for (const name of ['sidepanel', 'popup']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      await expect.poll(() => page.locator('main').textContent()).toContain('政策透镜');
      await page.close();
    }
  });
});
