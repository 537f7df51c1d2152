import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemNote } from '../../components/panel/ItemNote';
import { SidePanel, type SidePanelProps } from '../../components/panel/SidePanel';
import { freshRoot, settle } from '../helpers/dom-root';
import { seedPageState } from '../helpers/panel-state';

const SHANGWU = '自治区商务厅';
const state = seedPageState();

let win: Window & typeof globalThis;
let root: HTMLElement;
beforeEach(() => {
  ({ win, root } = freshRoot());
});
afterEach(() => render(null, root));

const all = (sel: string, within: ParentNode = root) => [...within.querySelectorAll(sel)];
const fire = async (el: Element, type: string) => {
  el.dispatchEvent(new win.Event(type, { bubbles: true }));
  await settle();
};
const buttonIn = (within: ParentNode, text: string) => all('button', within).find((b) => b.textContent === text)!;
async function type(within: ParentNode, text: string) {
  const area = within.querySelector('textarea')!;
  (area as HTMLTextAreaElement).value = text;
  await fire(area, 'input');
}

describe('ItemNote', () => {
  it('writes a note (trimmed) on 保存, shows it as text, and 取消 keeps the stored one', async () => {
    const saved: string[] = [];
    const show = (value: string) => render(h(ItemNote, { value, subject: '三.（二）.11', onSave: (n: string) => saved.push(n) }), root);
    show('');
    expect(all('.item-note-text')).toHaveLength(0);
    await fire(buttonIn(root, '备注'), 'click');
    await type(root, '  约商务厅 <b>碰头</b>  ');
    await fire(root.querySelector('form')!, 'submit');
    expect(saved).toEqual(['约商务厅 <b>碰头</b>']);
    show(saved[0]);
    expect(root.querySelector('.item-note-text')!.textContent).toBe('约商务厅 <b>碰头</b>');
    expect(all('b')).toHaveLength(0);
    await fire(buttonIn(root, '编辑备注'), 'click');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('约商务厅 <b>碰头</b>');
    await type(root, '不要了');
    await fire(buttonIn(root, '取消'), 'click');
    expect(saved).toHaveLength(1);
    expect(root.querySelector('.item-note-text')!.textContent).toBe('约商务厅 <b>碰头</b>');
  });
});

describe('SidePanel: notes on tasks and units', () => {
  function panel(over: Partial<SidePanelProps> = {}): SidePanelProps {
    return {
      state, myUnits: [], onJump: () => {}, notes: null, statuses: { '三.（二）.11': 'doing' }, onStatus: () => {}, onExportUnit: () => {},
      itemNotes: { '三.（二）.11': '已约商务厅 12 月中旬碰头。', [`unit:${SHANGWU}`]: '联系人：王处' },
      onItemNote: () => {},
      ...over,
    };
  }
  const taskLine = (id: string) => root.querySelector(`li[data-task-id="${id}"]`)!;

  it('shows each task’s note under its status, and saves a new one by task id', async () => {
    const saved: [string, string][] = [];
    render(h(SidePanel, panel({ onItemNote: (k: string, n: string) => saved.push([k, n]) })), root);
    expect(taskLine('三.（二）.11').querySelector('.item-note-text')!.textContent).toBe('已约商务厅 12 月中旬碰头。');
    expect(taskLine('三.（一）.4').querySelector('.item-note-text')).toBeNull();
    await fire(buttonIn(taskLine('三.（一）.4'), '备注'), 'click');
    await type(taskLine('三.（一）.4'), '已立项');
    await fire(taskLine('三.（一）.4').querySelector('form')!, 'submit');
    expect(saved).toEqual([['三.（一）.4', '已立项']]);
  });

  it('shows a unit’s note in the 单位 tab and saves one under unit: + its name', async () => {
    const saved: [string, string][] = [];
    render(h(SidePanel, panel({ onItemNote: (k: string, n: string) => saved.push([k, n]) })), root);
    await fire(all('[role="tab"]').find((b) => b.textContent!.startsWith('单位'))!, 'click');
    const row = (name: string) => all('.units-table tbody tr').find((r) => r.querySelector('button')?.textContent === name)!;
    expect(row(SHANGWU).querySelector('.item-note-text')!.textContent).toBe('联系人：王处');
    await fire(buttonIn(row('自治区发展改革委'), '备注'), 'click');
    await type(row('自治区发展改革委'), '牵头 3 项');
    await fire(row('自治区发展改革委').querySelector('form')!, 'submit');
    expect(saved).toEqual([['unit:自治区发展改革委', '牵头 3 项']]);
  });

  it('shows no note controls when the panel is given no notes', () => {
    render(h(SidePanel, panel({ itemNotes: undefined, onItemNote: undefined })), root);
    expect(all('.item-note')).toHaveLength(0);
  });
});
