import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupSection } from '../../components/BackupSection';
import type { OnProgress } from '../../lib/export/progress';
import { freshRoot, settle } from '../helpers/dom-root';

let win: Window & typeof globalThis;
let root: HTMLElement;

beforeEach(() => {
  ({ win, root } = freshRoot());
});
afterEach(() => render(null, root));

const bar = () => root.querySelector('[data-testid="backup-progress"] progress');
const words = () => root.querySelector('[data-testid="backup-progress"] span')?.textContent;
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const summary = { counts: { new: 3000, changed: 0, identical: 0, older: 0 }, warnings: [] };

/** A request function whose calls the test answers itself: each call is kept with its progress callback. */
function manualRequest() {
  const calls: { msg: { type: string }; onProgress: OnProgress; answer(v: unknown): void }[] = [];
  const request = (msg: unknown, onProgress: OnProgress) =>
    new Promise<unknown>((resolve) => calls.push({ msg: msg as { type: string }, onProgress, answer: resolve }));
  return { calls, request };
}

async function chooseFile(text: string) {
  const input = root.querySelector('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new win.Event('change'));
  await new Promise((r) => setTimeout(r, 10));
}

describe('BackupSection progress', () => {
  it('shows an import of 3,000 records step by step: checked, then imported, ending full', async () => {
    const { calls, request } = manualRequest();
    render(h(BackupSection, { request, save: () => {} }), root);
    expect(bar()).toBeNull();

    await chooseFile('{"format":"policylens-backup"}');
    expect(calls[0].msg.type).toBe('backup:preview');
    calls[0].onProgress(1000, 3000);
    await settle();
    expect(words()).toBe('已校验 1,000 / 3,000 条');
    calls[0].answer({ ok: true, value: summary });
    await settle();

    button('确认导入').dispatchEvent(new win.Event('click'));
    await settle();
    expect(calls[1].msg.type).toBe('backup:import');
    // A new piece of work starts from nothing.
    expect(bar()).toBeNull();
    // The import reports 2 × records: checking first, then writing.
    const steps: [number, number, string][] = [
      [1000, 6000, '已校验 1,000 / 3,000 条'],
      [3000, 6000, '已校验 3,000 / 3,000 条'],
      [4000, 6000, '已导入 1,000 / 3,000 条'],
      [6000, 6000, '已导入 3,000 / 3,000 条'],
    ];
    for (const [done, total, text] of steps) {
      calls[1].onProgress(done, total);
      await settle();
      expect(words()).toBe(text);
      expect([bar()!.getAttribute('value'), bar()!.getAttribute('max')]).toEqual([String(done), String(total)]);
      expect(bar()!.getAttribute('aria-label')).toBe(text);
    }
    calls[1].answer({ ok: true, value: summary });
    await settle();
    expect(root.querySelector('[data-testid="backup-message"]')?.textContent).toBe('导入完成：新增 3000 条，更新 0 条。');
    // The finished bar stays full, so the reader sees the end.
    expect(words()).toBe('已导入 3,000 / 3,000 条');
  });

  it('shows the notes read while a backup of 10,000 notes is made', async () => {
    const { calls, request } = manualRequest();
    const saved: string[] = [];
    render(h(BackupSection, { request, save: (name: string) => saved.push(name) }), root);
    button('下载备份（JSON）').dispatchEvent(new win.Event('click'));
    await settle();
    expect(calls[0].msg.type).toBe('backup:make');
    calls[0].onProgress(2000, 10000);
    await settle();
    expect(words()).toBe('已读取 2,000 / 10,000 条批注');
    calls[0].answer({ ok: true, value: '{}' });
    await settle();
    expect(saved).toHaveLength(1);
  });
});
