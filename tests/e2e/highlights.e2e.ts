import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { analyzeHtml } from './page-analysis';
import { ROOT, screenshotPath, useSeedBrowser } from './site';

/** Seed 003 as a site without any known content container: only Readability finds its main content. */
const NO_CONTAINER = { host: 'www.gxzf.gov.cn', path: '/unknown-cms/003.html' };
const seed003 = SEED_PAGES.find((p) => p.file.startsWith('003'))!;
const noContainerHtml = renderSeedPage(seed003, resolve(ROOT, 'seeds')).replace('<div id="zoom" class="article-con">', '<div class="wz-body">');

const env = useSeedBrowser({ [`${NO_CONTAINER.host}${NO_CONTAINER.path}`]: noContainerHtml });

/** Texts of the ranges of one highlight group, as the page sees them. */
function highlightTexts(name: string): string[] {
  const h = CSS.highlights.get(name);
  return h ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : [];
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('highlights on seed pages', () => {
  for (const seed of SEED_PAGES.filter((p) => p.file !== '004_a806a04815bf19c4.txt')) {
    it(`paints the tasks, units and deadlines the engine finds on ${seed.file}`, async () => {
      const url = env.site.url(seed.host, seed.path);
      const expected = analyzeHtml(renderSeedPage(seed, resolve(ROOT, 'seeds')), url).analysis;
      expect(expected.tasks.length).toBeGreaterThan(0);
      const page = await env.browser.context.newPage();
      await page.goto(url);
      await page.waitForSelector('policylens-ui', { state: 'attached' });
      await expect.poll(() => page.evaluate(highlightTexts, 'policylens-task').then((t) => t.length)).toBe(expected.tasks.length);
      const titles = (await page.evaluate(highlightTexts, 'policylens-task')).map(squash).sort();
      expect(titles).toEqual(expected.tasks.map((t) => squash(t.title)).sort());
      const leads = (await page.evaluate(highlightTexts, 'policylens-lead')).map(squash).sort();
      const expectedLeads = expected.tasks.flatMap((t) => t.units.filter((u) => u.role === 'lead' && u.start !== undefined).map((u) => squash(u.raw))).sort();
      expect(leads).toEqual(expectedLeads);
      const cos = await page.evaluate(highlightTexts, 'policylens-co');
      expect(cos.length).toBe(expected.tasks.flatMap((t) => t.units.filter((u) => u.role === 'co' && u.start !== undefined)).length);
      const badge = await page.locator('policylens-ui .pl-badge').textContent();
      expect(badge).toContain(`${expected.tasks.length} 项任务`);
      await page.close();
    });
  }

  it('loads Readability into a page without a known content container, and finds the same tasks as the CLI', async () => {
    const url = env.site.url(NO_CONTAINER.host, NO_CONTAINER.path);
    const expected = analyzeHtml(noContainerHtml, url);
    expect(expected.main.source).toBe('readability');
    const page = await env.browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => page.evaluate(highlightTexts, 'policylens-task').then((t) => t.length)).toBe(expected.analysis.tasks.length);
    expect(expected.analysis.tasks.length).toBe(45);
    // A page with a known container never loads it.
    const known = await env.browser.context.newPage();
    await known.goto(env.site.url(seed003.host, seed003.path));
    await known.waitForSelector('policylens-ui', { state: 'attached' });
    // Readability was loaded into the extension's isolated world of this tab (asked from the background)…
    const worker = env.browser.context.serviceWorkers()[0];
    const probe = async (pageUrl: string) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      for (const tab of await api.tabs.query({})) {
        const [r] = await api.scripting
          .executeScript({ target: { tabId: tab.id! }, func: () => [location.href, typeof (globalThis as Record<string, unknown>).__policylensReadability] })
          .catch(() => [{ result: ['', ''] }]);
        const [href, type] = r.result as string[];
        if (href === pageUrl) return type;
      }
      return 'no such tab';
    };
    expect(await worker.evaluate(probe, url)).toBe('function');
    expect(await worker.evaluate(probe, env.site.url(seed003.host, seed003.path))).toBe('undefined');
    await known.close();
    // …and the page's own world never sees it.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /readability/i.test(k)))).toEqual([]);
    await page.close();
  });

  it('stays quiet on a gov.cn page that is not a policy document (the analysis piece)', async () => {
    const seed = SEED_PAGES.find((p) => p.file === '004_a806a04815bf19c4.txt')!;
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('does nothing on a host outside gov.cn, even for a policy document', async () => {
    const seed = SEED_PAGES[3];
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url('www.example.org', seed.path));
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('switches highlights off and on from the badge, and opens a task card on click', async () => {
    const seed = SEED_PAGES[3];
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await page.locator('policylens-ui .pl-badge button').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.locator('policylens-ui .pl-badge button').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    // Click the middle of the first painted lead unit: the card names the task and marks the unit as lead.
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('policylens-lead') as unknown as Set<Range>;
      const r = [...h][0];
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, text: r.toString() };
    });
    await page.mouse.click(box.x, box.y);
    const card = page.locator('policylens-ui .pl-card');
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.locator('.pl-related li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('page.png') });
    expect(await card.locator('.pl-units .pl-lead').first().textContent()).toContain(squash(box.text).replace(/^自治区/, ''));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('repaints an open page in the colour the reader picks in the options page, and back when it is set back', async () => {
    const seed = SEED_PAGES[0];
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(37);
    // The page's adopted style sheets hold the ::highlight() rules PolicyLens paints with.
    const taskRule = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).find((r) => r.includes('policylens-task')) ?? '');
    const before = await taskRule();
    expect(before).toContain('background-color');
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('input[type="color"]').first().evaluate((input: HTMLInputElement) => {
      input.value = '#123456';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(taskRule).toContain('rgb(18, 52, 86)');
    expect(await page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(37);
    await options.evaluate(async (value) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { colors: Record<string, string> }>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
      const { settings } = await storage.get('settings');
      await storage.set({ settings: { ...settings, colors: { ...settings.colors, task: value } } });
    }, before.match(/rgb\([^)]*\)/)?.[0] ?? '#fde68a');
    await expect.poll(taskRule).toBe(before);
    await options.close();
    await page.close();
  });

  it('switches highlights off everywhere from the options page, remembered, and back on live', async () => {
    const seed = SEED_PAGES[0];
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const box = options.getByRole('checkbox', { name: '在政策文件上显示高亮' });
    await box.uncheck();
    // The options page saves asynchronously: wait until the setting is stored.
    type Local = { get(k: string): Promise<Record<string, { highlightsOn?: boolean }>> };
    const stored = () => options.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get('settings')).settings?.highlightsOn);
    await expect.poll(stored).toBe(false);
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await box.check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(37);
    await options.close();
    await page.close();
  });
});
