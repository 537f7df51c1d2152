import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShortcutsList, type ShortcutCommand } from '../../components/ShortcutsList';
import { freshRoot } from '../helpers/dom-root';

let root: HTMLElement;

beforeEach(() => {
  ({ root } = freshRoot());
});
afterEach(() => render(null, root));

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}
const rows = () => [...root.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);

describe('ShortcutsList', () => {
  it('lists each command with its current key, 未设置 when it has none, and says where to change them', async () => {
    // What Chrome reports: the built-in action command has no description; an unassigned key is ''.
    const commands: ShortcutCommand[] = [
      { name: '_execute_action', description: '', shortcut: '' },
      { name: 'annotate-selection', description: '批注选中的文字', shortcut: 'Alt+Shift+N' },
    ];
    render(h(ShortcutsList, { load: async () => commands }), root);
    await waitFor(() => rows().length === 2);
    expect(root.querySelector('legend')?.textContent).toBe('键盘快捷键');
    expect(rows()).toEqual([
      ['打开扩展弹出窗口', '未设置'],
      ['批注选中的文字', 'Alt+Shift+N'],
    ]);
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+N');
    expect(root.querySelector('.hint')?.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('says so when the browser cannot list the commands', async () => {
    render(h(ShortcutsList, { load: () => Promise.reject(new Error('no commands API')) }), root);
    await waitFor(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('无法读取快捷键。');
    expect(rows()).toEqual([]);
  });
});
