import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { ROOT } from './site';

const HOST = 'www.gxzf.gov.cn';
const seed003 = renderSeedPage(SEED_PAGES[3], resolve(ROOT, 'seeds'));
const paragraphs = seed003.slice(seed003.indexOf('<div id="zoom"'), seed003.indexOf('</div>', seed003.indexOf('<div id="zoom"')) + 6);

/** A page whose policy text arrives by script 1.2 s after load (content injected late). */
const latePage = seed003.replace(paragraphs, `<div id="zoom"></div><template id="later">${paragraphs}</template>
<script>setTimeout(() => { document.getElementById('zoom').replaceWith(document.getElementById('later').content.cloneNode(true)); }, 1200);</script>`);

/** A 5 MB statistics page: a huge table of numbers inside the content container, not a policy document. */
function hugeStatsPage(): string {
  const row = (i: number) => `<tr><td>${i}</td><td>地区${i % 97}</td><td>${(i * 7.31).toFixed(2)}</td><td>${(i * 0.13).toFixed(3)}</td><td>同比增长${i % 13}%</td></tr>`;
  const rows: string[] = [];
  for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
    const r = row(i);
    rows.push(r);
    size += Buffer.byteLength(r);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="ColumnName" content="统计数据"><title>2019年统计数据</title></head><body><div class="TRS_Editor"><table>${rows.join('')}</table></div></body></html>`;
}

/** A policy page with 10,000 paragraphs: the seed's text repeated. */
function tenThousandParagraphs(): string {
  const lines = paragraphs.match(/<p[^>]*>.*?<\/p>/g) ?? [];
  const many: string[] = [];
  for (let i = 0; many.length < 10_000; i++) many.push(lines[i % lines.length]);
  return seed003.replace(paragraphs, `<div id="zoom">${many.join('\n')}</div>`);
}

/** The seed's paragraphs as rows of a table (a page whose text is all in a table). */
const tablePage = seed003.replace(paragraphs, `<div id="zoom"><table>${(paragraphs.match(/<p[^>]*>(.*?)<\/p>/g) ?? []).map((p) => `<tr><td>${p.replace(/<\/?p[^>]*>/g, '')}</td></tr>`).join('')}</table></div>`);

/** Malformed HTML: unclosed tags, stray brackets, nesting 3,000 deep. */
const malformed = `<html><body><div id="zoom"><p>关于印发<b>某某方案<i>的通知<p>（责任单位：（（（自治区商务厅、<table><tr><td>${'<div>'.repeat(3000)}深${'</span>'.repeat(50)}`;

const pages: Record<string, { body: string | Buffer; type?: string }> = {
  '/late.html': { body: latePage },
  '/huge.html': { body: hugeStatsPage() },
  '/many.html': { body: tenThousandParagraphs() },
  '/table.html': { body: tablePage },
  '/malformed.html': { body: malformed },
  '/frames.html': { body: `<!doctype html><html><head><meta charset="utf-8"><title>框架页</title></head><frameset cols="50%,50%"><frame src="/table.html"><frame src="/late.html"></frameset></html>` },
  '/gbk.html': {
    body: execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: seed003.replace('<meta charset="utf-8">', '<meta charset="gb18030">') }),
    type: 'text/html; charset=gb18030',
  },
};

let site: FixtureServer;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  site = await startFixtureServer((host, path) => (host === HOST && pages[path] ? pages[path] : null));
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Open a page, wait until the content script is done, and read how long its longest slice of work was. */
async function openAndWatch(path: string): Promise<{ page: Page; maxSliceMs: number; done: boolean }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url(HOST, path), { timeout: 60000 });
  const done = await page
    .waitForFunction(() => performance.getEntriesByName('policylens:settled').length > 0, null, { timeout: 30000 })
    .then(() => true, () => false);
  const timing = await page.evaluate(() => ({
    start: performance.getEntriesByName('policylens:start')[0]?.startTime ?? -1,
    end: performance.getEntriesByName('policylens:done')[0]?.startTime ?? -1,
    load: performance.getEntriesByType('navigation')[0]?.duration ?? -1,
  }));
  // The extension's own work runs in recorded slices; the page's own parsing and layout are not ours.
  const slices = await page.evaluate(() => performance.getEntriesByName('policylens:slice').map((e) => e.duration));
  const maxSliceMs = Math.max(0, ...slices);

  console.log(path, JSON.stringify(timing), `${slices.length} slices, longest ${maxSliceMs.toFixed(1)} ms, total ${slices.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  expect(errors).toEqual([]);
  return { page, maxSliceMs, done };
}

const taskCount = (page: Page) => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0);

describe('bad and unusual pages', () => {
  it('highlights content that a page script injects after load', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(HOST, '/late.html'));
    await expect.poll(() => taskCount(page), { timeout: 10000 }).toBe(45);
    await page.close();
  });

  it('stays quiet and responsive on a 5 MB statistics page', async () => {
    const { page, done, maxSliceMs } = await openAndWatch('/huge.html');
    expect(done).toBe(true);
    // Slices aim at 8 ms; a loaded CI machine gets slack, a freeze would not pass.
    expect(maxSliceMs).toBeLessThan(100);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('analyses a page of 10,000 paragraphs in slices and says it analysed only part of it', async () => {
    const { page, done, maxSliceMs } = await openAndWatch('/many.html');
    expect(done).toBe(true);
    expect(maxSliceMs).toBeLessThan(100);
    await expect.poll(() => page.locator('policylens-ui .pl-badge').textContent()).toContain('页面过大，已部分分析');
    // The same 45 tasks repeated: repeated paragraphs never yield duplicate tasks.
    expect(await taskCount(page)).toBe(45);
    await page.close();
  });

  it('finds the tasks of a document whose text is all in a table', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(HOST, '/table.html'));
    await expect.poll(() => taskCount(page)).toBe(45);
    await page.close();
  });

  it('reads a GB18030-encoded page the same as the UTF-8 one', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(HOST, '/gbk.html'));
    await expect.poll(() => taskCount(page)).toBe(45);
    await page.close();
  });

  it('survives malformed HTML and framesets without an error reaching the page', async () => {
    for (const path of ['/malformed.html', '/frames.html']) {
      const { page, done } = await openAndWatch(path);
      expect(done || path === '/frames.html').toBe(true);
      await page.close();
    }
  });

  it('gives a page script no way in: no runtime messaging, and posted look-alike messages change nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(HOST, '/table.html'));
    await expect.poll(() => taskCount(page)).toBe(45);
    const reach = await page.evaluate(() => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      window.postMessage({ type: 'page:toggle-highlights' }, '*');
      window.postMessage({ type: 'notes:search', text: '' }, '*');
      return typeof c?.runtime?.sendMessage;
    });
    expect(reach).toBe('undefined');
    await page.waitForTimeout(300);
    expect(await taskCount(page)).toBe(45);
    await page.close();
  });

  it('tells the page nothing: no message reaches the page window while the extension reads and paints it', async () => {
    const page = await browser.context.newPage();
    // The page listens from its first script on, as a curious page would, for anything posted to its window.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto(site.url(HOST, '/table.html'));
    await expect.poll(() => taskCount(page)).toBe(45);
    await page.waitForFunction(() => performance.getEntriesByName('policylens:settled').length > 0);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    await page.close();
  });

  it('sends nothing anywhere: every request went to the pages the test opened', async () => {
    const foreign = requests.filter((u) => !u.startsWith(`http://${HOST}:${site.port}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});

