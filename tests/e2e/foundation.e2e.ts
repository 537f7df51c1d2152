import { describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import { useSeedBrowser } from './site';

const env = useSeedBrowser();

describe('the extension in Chromium', () => {
  const seed = SEED_PAGES[3];

  it('runs its content script on a gov.cn host (the badge appears on a policy page)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await page.close();
  });

  it('does not run on a host outside gov.cn', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('www.example.org', seed.path));
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    await page.close();
  });

  it('renders the side panel and the popup', async () => {
    for (const name of ['sidepanel', 'popup']) {
      const page = await env.browser.context.newPage();
      await page.goto(`chrome-extension://${env.browser.extensionId}/${name}.html`);
      await expect.poll(() => page.locator('main').textContent()).toContain('政策透镜');
      await page.close();
    }
  });
});
