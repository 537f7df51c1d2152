import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askBackground, createNoteRequest, useOptionsPage } from './extension-page';

const env = useOptionsPage();

const note = (i: number) => createNoteRequest(i, `<script>alert(${i})</script> **补贴** 😀`, ['港口', '补贴']);

async function allNotes(): Promise<unknown[]> {
  const r = await askBackground<{ notes: unknown[] }>(env.options, { type: 'notes:search', query: { offset: 0, limit: 200 } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.notes;
}

describe('backup and import from the options page', () => {
  it('downloads a backup and imports it again: a preview first, then nothing doubled', async () => {
    for (const i of [1, 2, 3]) expect((await askBackground(env.options, note(i))).ok).toBe(true);
    await env.options.locator('input[list="known-units"]').fill('自治区商务厅');
    await env.options.getByRole('button', { name: '添加' }).click();
    const before = await allNotes();
    const [download] = await Promise.all([env.options.waitForEvent('download'), env.options.getByRole('button', { name: '下载备份（JSON）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^政策透镜-备份-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('policylens-backup');
    expect(parsed.notes).toHaveLength(3);
    // The reader's settings travel with the notes: 我的单位 is in the backup.
    expect(JSON.stringify(parsed.settings)).toContain('自治区商务厅');

    await env.options.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => env.options.getByTestId('backup-preview').textContent()).toContain('将新增 0 条、更新 0 条；4 条相同');
    await env.options.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => env.options.getByTestId('backup-message').textContent()).toContain('导入完成');
    expect(await allNotes()).toEqual(before);
  });

  it('refuses a hostile file with a clear message and leaves the data as it was', async () => {
    const before = await allNotes();
    for (const [name, body] of [
      ['not-json.json', 'this is not JSON {'],
      ['proto.json', '{"format":"policylens-backup","version":1,"__proto__":{"polluted":true},"notes":[{"id":1}]}'],
      ['future.json', '{"format":"policylens-backup","version":99,"notes":[]}'],
    ]) {
      await env.options.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect.poll(() => env.options.getByTestId('backup-message').textContent()).toMatch(/未改动|没有导入|无效|升级|不是/);
      expect(await env.options.getByTestId('backup-preview').count()).toBe(0);
    }
    expect(await allNotes()).toEqual(before);
    expect(await env.options.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  });
});

describe('progress of a long import', () => {
  it('imports 5,000 notes with a progress bar that moves in steps and ends full', async () => {
    const at = Date.UTC(2024, 0, 1);
    const notes = Array.from({ length: 5000 }, (_, i) => ({
      ...note(100 + i).note,
      id: crypto.randomUUID(),
      tags: ['港口'],
      createdAt: at + i,
      updatedAt: at + i,
      deletedAt: null,
    }));
    const text = JSON.stringify({ format: 'policylens-backup', version: 1, exportedAt: new Date(at).toISOString(), notes, taskStatuses: [], settings: [] });
    await env.options.locator('input[type="file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => env.options.getByTestId('backup-preview').textContent(), { timeout: 30_000 }).toContain('将新增 5000 条');
    // Record every state the bar goes through while the import runs.
    await env.options.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="backup-progress"] progress');
        const state = bar ? `${bar.value}/${bar.max}` : 'none';
        if (seen[seen.length - 1] !== state) seen.push(state);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await env.options.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => env.options.getByTestId('backup-message').textContent(), { timeout: 60_000 }).toContain('导入完成：新增 5000 条');
    const seen = await env.options.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
    const values = seen.filter((s) => s !== 'none').map((s) => s.split('/').map(Number));
    // Checking 5,000 records, then writing them: total is 10,000 steps, reported every 1,000.
    expect(values.every(([, max]) => max === 10_000)).toBe(true);
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values.map(([v]) => v)).toEqual([...values.map(([v]) => v)].sort((a, b) => a - b));
    expect(values[values.length - 1]).toEqual([10_000, 10_000]);
    expect(await env.options.getByTestId('backup-progress').textContent()).toContain('已导入 5,000 / 5,000 条');
    const count = await askBackground<{ total: number }>(env.options, { type: 'notes:search', query: { offset: 0, limit: 1 } });
    expect(count.ok && count.value.total).toBe(5003);
  });
});
