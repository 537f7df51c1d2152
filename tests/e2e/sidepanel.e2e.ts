import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import { screenshotPath, useSeedBrowser } from './site';

const env = useSeedBrowser();

/** Open a seed page and the side panel pinned to its tab (the panel follows the active tab otherwise). */
async function openWithPanel(seedIndex: number): Promise<{ page: Page; panel: Page }> {
  const seed = SEED_PAGES[seedIndex];
  const page = await env.browser.context.newPage();
  await page.goto(env.site.url(seed.host, seed.path));
  await page.waitForSelector('policylens-ui', { state: 'attached' });
  const panel = await env.browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${env.browser.extensionId}/sidepanel.html`);
  // The background keeps each tab's page state under tab:<id> in session storage.
  const tabId = await panel.evaluate(async (path) => {
    type Session = { get(keys: null): Promise<Record<string, { url?: string }>> };
    const all = await (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome.storage.session.get(null);
    const key = Object.keys(all).filter((k) => all[k]?.url?.includes(path)).pop();
    return key ? Number(key.slice('tab:'.length)) : null;
  }, seed.path);
  expect(tabId).not.toBeNull();
  await panel.goto(`chrome-extension://${env.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('[role="tablist"]');
  return { page, panel };
}

describe('the side panel', () => {
  it('lists tasks with lead and co units, filters by unit, shows related items and the matrix', async () => {
    const { page, panel } = await openWithPanel(3);
    expect(await panel.locator('[data-testid="all-tasks"] > li').count()).toBe(45);
    await panel.getByRole('tab', { name: /单位/ }).click();
    await panel.getByRole('button', { name: '自治区商务厅', exact: true }).click();
    await expect.poll(() => panel.locator('[data-testid="all-tasks"] > li').count()).toBe(21);
    await panel.locator('[data-testid="all-tasks"] > li').first().getByRole('button', { name: '关联' }).click();
    await expect.poll(() => panel.locator('ol.related > li').count()).toBeGreaterThan(0);
    expect(await panel.locator('ol.related').textContent()).toMatch(/共同/);
    await panel.getByRole('tab', { name: '分工矩阵' }).click();
    expect(await panel.locator('table.matrix tbody tr').count()).toBe(52);
    const commerce = panel.locator('table.matrix tbody tr', { has: panel.locator('th', { hasText: /^自治区商务厅$/ }) });
    expect(await commerce.locator('td.lead').count()).toBe(12);
    expect(await commerce.locator('td.co').count()).toBe(9);
    await page.close();
    await panel.close();
  });

  it('keeps the reader\'s status of a task (推进中) and notes on the task and a unit, filters by it, and exports them in the CSV task table', async () => {
    const { page, panel } = await openWithPanel(1);
    const first = panel.locator('[data-testid="all-tasks"] > li').first();
    const taskId = await first.getAttribute('data-task-id');
    await expect.poll(() => first.locator('select.status').isEnabled()).toBe(true);
    await first.locator('select.status').selectOption('doing');
    await first.getByRole('button', { name: `备注 ${taskId}` }).click();
    await first.getByRole('textbox', { name: `${taskId} 的备注` }).fill('周五前报送进展');
    await first.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('tab', { name: /单位/ }).click();
    const unitRow = panel.locator('.units-table tbody tr').first();
    const unit = (await unitRow.locator('button.link').textContent())!;
    await unitRow.getByRole('button', { name: `备注 ${unit}` }).click();
    await unitRow.getByRole('textbox', { name: `${unit} 的备注` }).fill('联系人：王处');
    await unitRow.getByRole('button', { name: '保存' }).click();
    await panel.waitForTimeout(300);
    await panel.reload();
    await panel.waitForSelector('[role="tablist"]');
    const again = panel.locator(`[data-testid="all-tasks"] > li[data-task-id="${taskId}"]`);
    await expect.poll(() => again.locator('select.status').inputValue()).toBe('doing');
    expect(await again.locator('.item-note-text').textContent()).toBe('周五前报送进展');
    await panel.getByRole('tab', { name: /单位/ }).click();
    expect(await panel.locator('.units-table tbody tr').first().locator('.item-note-text').textContent()).toBe('联系人：王处');
    await panel.getByRole('tab', { name: /任务/ }).click();
    await panel.getByRole('combobox', { name: '状态', exact: true }).selectOption('doing');
    await expect.poll(() => panel.locator('[data-testid="all-tasks"] > li').count()).toBe(1);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出任务表（CSV）' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"状态"');
    expect(csv).toContain('"推进中","周五前报送进展"');
    expect(download.suggestedFilename()).toMatch(/^桂政办发〔2022〕78号-任务分工表-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.close();
    await panel.close();
  });

  it('with 我的单位 set in the options, opens on 我的任务 (lead first) and emphasizes the unit on the page', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('input[list="known-units"]').fill('自治区商务厅');
    await options.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => options.locator('[data-testid="my-units"] li').count()).toBe(1);
    await options.close();

    const { page, panel } = await openWithPanel(3);
    await expect.poll(() => panel.locator('[data-testid="my-lead"] > li').count()).toBe(12);
    expect(await panel.locator('[data-testid="my-co"] > li').count()).toBe(9);
    const mine = await page.evaluate(() => [...((CSS.highlights.get('policylens-mine') as unknown as Set<Range>) ?? [])].map((r) => r.toString()));
    expect(mine.length).toBeGreaterThanOrEqual(21);
    expect(mine.filter((s) => !s.replace(/\s+/g, '').includes('商务厅'))).toEqual([]);
    // 李科长's export for tomorrow's meeting: her unit's tasks, lead first, as Markdown.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出“自治区商务厅”的任务（Markdown）' }).click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('自治区商务厅的任务');
    expect(md).toContain('实施更为开放的行业准入措施');
    expect(md.match(/^\| \d+ \|/gm)?.length).toBe(21);
    await panel.screenshot({ path: screenshotPath('sidepanel.png') });
    await page.close();
    await panel.close();

    // The corpus view lists the unit's tasks across every seed document.
    const corpus = await env.browser.context.newPage();
    await corpus.goto(`chrome-extension://${env.browser.extensionId}/corpus.html`);
    const list = corpus.locator('.my-corpus-tasks');
    await expect.poll(() => list.locator('h2').textContent()).toMatch(/我的任务（自治区商务厅）：语料库中共 \d+ 项/);
    expect(await list.locator('summary', { hasText: '自由贸易试验区' }).textContent()).toContain('牵头 12，参与 9');
    expect(await list.locator('details').count()).toBeGreaterThanOrEqual(3);
    await corpus.close();
  });
});
