import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { selectPhrase } from './select-phrase';
import { ROOT, useSeedBrowser } from './site';

/** The extension API inside extension pages (page.evaluate runs there). */
declare const chrome: typeof import('wxt/browser').browser;

const SEED = SEED_PAGES[3]; // 003: 桂政发〔2020〕3号
const OTHER = SEED_PAGES[4]; // 004: an analysis piece, not a policy document
const QUOTE = '构建“互联网+大数据”的智慧税务生态服务系统，推进办税便利化改革';
const HOSTILE = '钦州港**补贴** <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const REPOSTED = { host: 'www.nanning.gov.cn', path: '/zwgk/zcwj/t003.shtml' };
/** QUOTE as the reposted page has it. */
const REPOSTED_QUOTE = '构建"互联网+大数据"的智慧税务生态服务平台，推进办税便利化改革';
const REWRITTEN = { host: 'www.gxzf.gov.cn', path: '/zfwj/rewritten/t003.shtml' };

/** Seed 003 reposted elsewhere with small edits: a new first paragraph, half-width quotes, 系统 → 平台, 与 → 同. */
function repostedHtml(): string {
  return renderSeedPage(SEED, resolve(ROOT, 'seeds'))
    .replace('<div id="zoom" class="article-con">', '<div id="zoom" class="article-con">\n<p>（转载自广西壮族自治区人民政府门户网站）</p>')
    .replace('构建“互联网+大数据”的智慧税务生态服务系统', '构建"互联网+大数据"的智慧税务生态服务平台')
    .replace('积极探索与东盟国家', '积极探索同东盟国家');
}

/** Seed 003 with the whole 6. 创新税收管理服务机制 paragraph gone. */
function rewrittenHtml(): string {
  return renderSeedPage(SEED, resolve(ROOT, 'seeds')).replace(/<p[^>]*>6\. 创新税收管理服务机制[^<]*<\/p>/, '');
}

const env = useSeedBrowser({
    [`${REPOSTED.host}${REPOSTED.path}`]: repostedHtml(),
    [`${REWRITTEN.host}${REWRITTEN.path}`]: rewrittenHtml(),
  });

/** Texts of the ranges of one highlight group, as the page sees them. */
function highlightTexts(name: string): string[] {
  const h = CSS.highlights.get(name);
  return h ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : [];
}
const noteTexts = (page: Page, color: string) => page.evaluate(highlightTexts, `policylens-note-${color}`);

async function openSeed(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('policylens-ui', { state: 'attached' });
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('policylens-task')?.size ?? 0)).toBeGreaterThan(0);
  return page;
}

/** Click the middle of the first painted passage of a note group. */
async function clickNote(page: Page, color: string): Promise<void> {
  const point = await page.evaluate((name) => {
    const r = [...(CSS.highlights.get(name) as unknown as Set<Range>)][0];
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, `policylens-note-${color}`);
  await page.mouse.click(point.x, point.y);
}

/** Ask the background from an extension page, as the side panel does. */
async function askBackground(msg: unknown): Promise<unknown> {
  const ext = await env.browser.context.newPage();
  await ext.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  const answer = await ext.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  await ext.close();
  return answer;
}

/** The one note of these tests, as stored by the background. */
async function storedNote(): Promise<{ selectors: { quote: { exact: string; prefix: string }; taskPath: string | null }; updatedAt: number }> {
  const found = (await askBackground({ type: 'notes:search', query: { tag: '港口' } })) as { value: { notes: never[] } };
  expect(found.value.notes).toHaveLength(1);
  return found.value.notes[0];
}

const ui = (page: Page, sel: string) => page.locator(`policylens-ui ${sel}`);
/** The text of an element of the in-page UI, or null when it is not there (polls fail fast instead of waiting on it). */
const uiText = (page: Page, sel: string) => ui(page, sel).first().textContent({ timeout: 500 }).catch(() => null);

describe('notes on a page', () => {
  it('creates a note from the selection toolbar, paints it again after a reload, and shows HTML in it as text', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await selectPhrase(page, QUOTE);
    await ui(page, '.pl-toolbar .pl-note').click();
    await ui(page, '.pl-editor textarea').fill(HOSTILE);
    await ui(page, '.pl-editor .pl-tag-input').fill('港口');
    await ui(page, '.pl-editor .pl-tag-input').press('Enter');
    await ui(page, '.pl-editor .pl-save').click();
    await expect.poll(() => ui(page, '.pl-editor').count()).toBe(0);
    await expect.poll(() => noteTexts(page, 'yellow')).toEqual([QUOTE]);

    await page.reload();
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => noteTexts(page, 'yellow')).toEqual([QUOTE]);
    await clickNote(page, 'yellow');
    await expect.poll(() => ui(page, '.pl-editor textarea').inputValue()).toBe(HOSTILE);
    expect(await ui(page, '.pl-editor .pl-id').textContent()).toContain('三.（一）.6');
    expect(await page.locator('policylens-ui img, policylens-ui script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('edits the note: colour, a tag from autocomplete and a new tag; the search finds it by words, tag and colour', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await expect.poll(() => noteTexts(page, 'yellow')).toEqual([QUOTE]);
    await clickNote(page, 'yellow');
    await ui(page, '.pl-editor .pl-chips button').click(); // drop 港口 …
    await ui(page, '.pl-editor .pl-tag-input').fill('港');
    await ui(page, '.pl-editor .pl-suggest button').filter({ hasText: '#港口' }).click(); // … and take it back from the suggestions
    await ui(page, '.pl-editor .pl-tag-input').fill('补贴');
    await ui(page, '.pl-editor .pl-tag-input').press('Enter');
    await ui(page, '.pl-editor .pl-colors [data-color="green"]').click();
    // The colours are a radio group for screen readers: the chosen one is checked, named by its colour.
    expect(await ui(page, '.pl-editor .pl-colors [role="radio"][aria-checked="true"]').getAttribute('aria-label')).toBe('绿色');
    await ui(page, '.pl-editor .pl-save').click();
    await expect.poll(() => noteTexts(page, 'green')).toEqual([QUOTE]);
    expect(await noteTexts(page, 'yellow')).toEqual([]);

    const found = (await askBackground({ type: 'notes:search', query: { text: '智慧税务 补贴' } })) as { ok: boolean; value: { total: number; notes: { tags: string[]; note: string }[] } };
    expect(found.ok).toBe(true);
    expect(found.value.total).toBe(1);
    expect(found.value.notes[0].tags).toEqual(['港口', '补贴']);
    expect(found.value.notes[0].note).toBe(HOSTILE);
    expect(await askBackground({ type: 'notes:search', query: { tag: '补贴', color: 'green' } })).toMatchObject({ value: { total: 1 } });
    expect(await askBackground({ type: 'notes:search', query: { text: '智慧税务', color: 'yellow' } })).toMatchObject({ value: { total: 0 } });
    expect(await askBackground({ type: 'notes:tags' })).toEqual({ ok: true, value: [{ tag: '补贴', count: 1 }, { tag: '港口', count: 1 }] });
    await page.close();
  });

  it('deletes a note and brings it back with 撤销', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await expect.poll(() => noteTexts(page, 'green')).toEqual([QUOTE]);
    await clickNote(page, 'green');
    await ui(page, '.pl-editor .pl-delete').click();
    await expect.poll(() => noteTexts(page, 'green')).toEqual([]);
    expect(await ui(page, '.pl-message').textContent()).toContain('批注已删除');
    await ui(page, '.pl-message .pl-undo').click();
    await expect.poll(() => noteTexts(page, 'green')).toEqual([QUOTE]);
    await page.close();
  });

  it('follows its document to another address where the text changed slightly, and stores where it now is', async () => {
    const page = await openSeed(env.site.url(REPOSTED.host, REPOSTED.path));
    await expect.poll(() => noteTexts(page, 'green')).toEqual([REPOSTED_QUOTE]);
    expect(await ui(page, '.pl-orphans').count()).toBe(0);
    // The fuzzy re-anchor moved the stored selectors to the reposted text, without counting as an edit.
    await expect.poll(async () => (await storedNote()).selectors.quote.exact).toBe(REPOSTED_QUOTE);
    const moved = await storedNote();
    expect(moved.selectors.taskPath).toBe('三.（一）.6');
    expect(moved.selectors.quote.prefix.length).toBe(32);
    await page.reload();
    await page.waitForSelector('policylens-ui', { state: 'attached' });
    await expect.poll(() => noteTexts(page, 'green')).toEqual([REPOSTED_QUOTE]);
    await page.waitForTimeout(500);
    // Anchored exactly now: nothing moves again.
    expect((await storedNote()).selectors).toEqual(moved.selectors);
    await page.close();
  });

  it('lists the note as an orphan, with its quote and its text as text, where the passage is gone', async () => {
    const before = await storedNote();
    const page = await openSeed(env.site.url(REWRITTEN.host, REWRITTEN.path));
    const orphans = ui(page, '.pl-orphans');
    await expect.poll(() => orphans.count()).toBe(1);
    expect(await orphans.locator('> button').textContent()).toContain('1 条批注在本页找不到原文');
    expect(await noteTexts(page, 'green')).toEqual([]);
    await orphans.locator('> button').click();
    // The quote last stored (the reposted page's), untouched by a page where it cannot be placed.
    expect(await orphans.locator('q').textContent()).toBe(REPOSTED_QUOTE);
    expect((await storedNote()).selectors).toEqual(before.selectors);
    expect(await orphans.locator('.pl-orphan-note').textContent()).toMatch(/^钦州港\*\*补贴\*\* <img src=x onerror="window.__pwned=1"><script>/);
    expect(await page.locator('policylens-ui img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // Opening it shows the editor, which says why it is not painted.
    await orphans.locator('button.pl-link').click();
    expect(await ui(page, '.pl-editor .pl-warn').textContent()).toContain('无法定位');
    await page.close();
  });

  it('keeps the notes out of the site: the gov.cn origin has no PolicyLens database', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await expect.poll(() => noteTexts(page, 'green')).toEqual([QUOTE]);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names.some((n) => n?.includes('policylens'))).toBe(false);
    await page.close();
  });

  it('refreshes another tab on the same document when a note changes (last write wins)', async () => {
    const a = await openSeed(env.site.url(SEED.host, SEED.path));
    const b = await openSeed(env.site.url(SEED.host, `${SEED.path}?from=timeline`));
    await expect.poll(() => noteTexts(b, 'green')).toEqual([QUOTE]);
    await a.bringToFront();
    await clickNote(a, 'green');
    await ui(a, '.pl-editor .pl-colors [data-color="purple"]').click();
    await ui(a, '.pl-editor .pl-save').click();
    await expect.poll(() => noteTexts(a, 'purple')).toEqual([QUOTE]);
    await expect.poll(() => noteTexts(b, 'purple')).toEqual([QUOTE]);
    expect(await noteTexts(b, 'green')).toEqual([]);
    await a.close();
    await b.close();
  });
});

describe('selections that cannot carry a note', () => {
  it('says why for a selection reaching out of the main content or over 10,000 characters, and stays quiet outside it', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.querySelector('h1')!.firstChild!, 0);
      range.setEnd(document.querySelector('#zoom p')!.firstChild!, 5);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await expect.poll(() => uiText(page, '.pl-toolbar .pl-refusal')).toContain('选区超出了正文范围');
    expect(await ui(page, '.pl-toolbar .pl-note').count()).toBe(0);

    await page.evaluate(() => {
      const ps = document.querySelectorAll('#zoom p');
      const range = document.createRange();
      range.setStart(ps[0].firstChild!, 0);
      range.setEnd(ps[ps.length - 1].firstChild!, 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await expect.poll(() => uiText(page, '.pl-toolbar .pl-refusal')).toContain('超过 10000 字');

    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.header')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await expect.poll(() => ui(page, '.pl-toolbar').count()).toBe(0);
    await page.close();
  });

  it('closes the selection toolbar on Escape, on its × and when the page scrolls, and offers it again for a new selection', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    await selectPhrase(page, QUOTE);
    await expect.poll(() => ui(page, '.pl-toolbar .pl-note').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui(page, '.pl-toolbar').count()).toBe(0);

    await selectPhrase(page, '构建“互联网+大数据”');
    await ui(page, '.pl-toolbar .pl-x').click();
    await expect.poll(() => ui(page, '.pl-toolbar').count()).toBe(0);

    await selectPhrase(page, '推进办税便利化改革');
    await expect.poll(() => ui(page, '.pl-toolbar .pl-note').count()).toBe(1);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => ui(page, '.pl-toolbar').count()).toBe(0);
    await page.close();
  });

  it('opens the editor from the annotate-selection command, and explains an empty selection', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    const annotate = async () => {
      const ext = await env.browser.context.newPage();
      await ext.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
      await ext.evaluate(async () => {
        const self = await chrome.tabs.getCurrent();
        for (const tab of await chrome.tabs.query({})) {
          if (tab.id === undefined || tab.id === self?.id) continue;
          const sent = chrome.tabs.sendMessage(tab.id, { type: 'notes:annotate-selection' }).catch(() => undefined);
          await Promise.race([sent, new Promise((r) => setTimeout(r, 2000))]);
        }
      });
      await ext.close();
    };
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await annotate();
    await expect.poll(() => uiText(page, '.pl-toolbar .pl-refusal')).toContain('请先在正文中选中');
    await selectPhrase(page, '推广“自助办税”');
    await annotate();
    await expect.poll(() => uiText(page, '.pl-editor .pl-quote')).toBe('推广“自助办税”');
    // Text inside PolicyLens's own editor is not a passage of the page.
    await page.evaluate(() => {
      const quote = document.querySelector('policylens-ui')!.shadowRoot!.querySelector('.pl-quote')!;
      const range = document.createRange();
      range.selectNodeContents(quote);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await annotate();
    await expect.poll(() => uiText(page, '.pl-toolbar .pl-refusal')).toContain('不能批注政策透镜自身界面');
    expect(await ui(page, '.pl-editor').count()).toBe(1);
    await page.close();
  });
});

describe('the context-menu entry 为所选文字添加批注', () => {
  it('is registered by the background, and its click opens the editor on the selection', async () => {
    const page = await openSeed(env.site.url(SEED.host, SEED.path));
    const worker = env.browser.context.serviceWorkers()[0];
    // contextMenus has no getter: updating an entry succeeds only when it exists.
    expect(await worker.evaluate(() => chrome.contextMenus.update('annotate-selection', {}).then(() => 'registered', (e: Error) => e.message))).toBe('registered');
    expect(await worker.evaluate(() => chrome.contextMenus.update('no-such-entry', {}).then(() => 'registered', (e: Error) => e.message))).toContain('Cannot find');
    await selectPhrase(page, '推广“自助办税”');
    // A native menu cannot be clicked from playwright: dispatch the click event to the background's listener instead.
    await page.bringToFront();
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
        { menuItemId: 'annotate-selection', selectionText: '推广“自助办税”', editable: false },
        tab,
      );
    });
    await expect.poll(() => uiText(page, '.pl-editor .pl-quote')).toBe('推广“自助办税”');
    await page.close();
  });
});

describe('notes on a gov.cn page that is not a policy document', () => {
  it('offers the toolbar in its main content and paints a highlight there, without the policy badge', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.url(OTHER.host, OTHER.path));
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await page.locator('policylens-ui').count()).toBe(0);
    const phrase = await page.evaluate(() => document.querySelector('#zoom p')!.textContent!.trim().slice(0, 12));
    await selectPhrase(page, phrase);
    await ui(page, '.pl-toolbar [data-color="blue"]').click();
    await expect.poll(() => noteTexts(page, 'blue')).toEqual([phrase]);
    expect(await ui(page, '.pl-badge').count()).toBe(0);
    await page.close();
  });
});
