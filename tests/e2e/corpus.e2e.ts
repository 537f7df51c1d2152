import { describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import { useSeedBrowser } from './site';

const env = useSeedBrowser();

describe('the corpus', () => {
  it('shows related items of other seeds, with reasons, in the task card; a click opens the corpus reader there', async () => {
    const seed = SEED_PAGES[3];
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(seed.host, seed.path));
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(45);
    const point = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('policylens-task') as unknown as Set<Range>)][0];
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const related = page.locator('policylens-ui .pl-related li');
    await expect.poll(() => related.count()).toBeGreaterThan(0);
    const texts = await related.allTextContents();
    expect(texts.join('\n')).toMatch(/共同(牵头单位|关键词|责任单位)|相同表述/);
    // The page is itself seed 003: the card says so and links the same task one to one, and never lists it as related.
    await expect.poll(() => page.locator('policylens-ui .pl-same').textContent()).toContain('三.（一）.1');
    expect(texts.every((t) => !t.includes('自由贸易试验区建设实施方案 · 三.（一）.1 '))).toBe(true);
    const [reader] = await Promise.all([env.browser.context.waitForEvent('page'), related.first().locator('button').click()]);
    await reader.waitForLoadState('load');
    expect(reader.url()).toContain('/corpus.html#doc=');
    await expect.poll(() => reader.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBeGreaterThan(0);
    await reader.close();
    await page.close();
  });

  it('reads every seed in the corpus reader with its tasks highlighted as on a live page', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/corpus.html#doc=003_034c74d6c895f59c.txt`);
    await expect.poll(() => page.locator('ul.docs li').count()).toBe(5);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(45);
    expect(await page.locator('ol.tasks li').count()).toBe(45);
    await page.locator('ul.docs button', { hasText: '大湾区' }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(37);
    await page.close();
  });

  it('paints by wrapping text in <policylens-mark> where the Highlight API is missing (the fallback), text unchanged', async () => {
    const base = `chrome-extension://${env.browser.extensionId}/corpus.html`;
    const page = await env.browser.context.newPage();
    await page.goto(`${base}#doc=003_034c74d6c895f59c.txt`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBe(45);
    const painted = await page.evaluate(() => ({
      text: document.querySelector('article')!.textContent,
      titles: [...(CSS.highlights.get('policylens-task') as unknown as Set<Range>)].map((r) => r.toString()),
    }));
    const wrapped = await env.browser.context.newPage();
    await wrapped.goto(`${base}?paint=wrap#doc=003_034c74d6c895f59c.txt`);
    await expect.poll(() => wrapped.locator('article policylens-mark[data-kind="task"]').count()).toBeGreaterThanOrEqual(45);
    const marks = await wrapped.evaluate(() => ({
      text: document.querySelector('article')!.textContent,
      highlights: CSS.highlights.size,
      tasks: [...document.querySelectorAll('article policylens-mark[data-kind="task"]')].map((m) => m.textContent ?? ''),
      leads: document.querySelectorAll('article policylens-mark[data-kind="lead"]').length,
      style: getComputedStyle(document.querySelector('article policylens-mark[data-kind="lead"]')!).textDecorationStyle,
      offset: getComputedStyle(document.querySelector('article policylens-mark[data-kind="lead"]')!).textUnderlineOffset,
    }));
    expect(marks.highlights).toBe(0);
    expect(marks.text).toBe(painted.text);
    expect(marks.tasks.join('')).toBe(painted.titles.join(''));
    expect(marks.leads).toBeGreaterThanOrEqual(45);
    expect(marks.style).toBe('solid');
    expect(marks.offset).not.toBe('auto'); // below the bottom strokes of the characters, which the default offset cuts through
    await page.close();
    await wrapped.close();
  });
});
