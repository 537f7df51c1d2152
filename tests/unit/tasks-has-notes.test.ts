import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TasksTab, type TasksTabProps } from '../../components/panel/TasksTab';
import { notedTaskIds } from '../../lib/export/notes-scope';
import { analyze } from '../../lib/policy/analyze';
import type { Analysis } from '../../lib/policy/schema';
import type { Note } from '../../lib/store/schema';
import { freshRoot, settle } from '../helpers/dom-root';

const SEED = new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url);
const analysis: Analysis = analyze({ text: readFileSync(SEED, 'utf8') });
const [a, b, c, d, e] = analysis.tasks;

/** A note on the seed at `start`, saved inside task `taskPath` (null: saved outside any known task). */
function note(id: number, start: number, taskPath: string | null, deletedAt: number | null = null): Note {
  return {
    id: `00000000-0000-4000-8000-00000000000${id}`,
    url: 'http://www.gxzf.gov.cn/zfwj/t3.shtml',
    docKey: 'doc:桂政发〔2020〕3号',
    docTitle: '',
    docNumber: '桂政发〔2020〕3号',
    selectors: { quote: { exact: '任务', prefix: '', suffix: '' }, position: { start, end: start + 2 }, taskPath },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    deletedAt,
  };
}

/** Task a: a note saved with its task path; task b: a note inside its text (no path); task c: a status note;
 *  task d: only a deleted note; task e: a status without a note. */
const notes = [note(1, a.start + 1, a.id), note(2, b.start + 1, null), note(3, d.start + 1, d.id, 5)];
const statuses = [
  { taskId: c.id, note: '已报送自治区商务厅' },
  { taskId: e.id, note: '  ' },
  { taskId: '九.（九）.99', note: '不在本页的任务' },
];

let win: Window & typeof globalThis;
let root: HTMLElement;

beforeEach(() => {
  ({ win, root } = freshRoot());
});
afterEach(() => render(null, root));

const listed = () => [...root.querySelectorAll('[data-testid="all-tasks"] > li')].map((li) => li.getAttribute('data-task-id'));
async function tick(box: Element, on: boolean) {
  (box as HTMLInputElement).checked = on;
  box.dispatchEvent(new win.Event('change'));
  await settle();
}

function props(over: Partial<TasksTabProps> = {}): TasksTabProps {
  return { analysis, myUnits: [], unit: null, selected: null, statuses: {}, onStatus: () => {}, onUnit: () => {}, onJump: () => {}, onSelect: () => {}, ...over };
}

describe('notedTaskIds', () => {
  it('counts a note by its task path or its position, and a status with a note; not deleted notes or blank status notes', () => {
    expect([...notedTaskIds(analysis, notes, statuses)].sort()).toEqual([a.id, b.id, c.id].sort());
  });
});

describe('the 有笔记 filter of the 任务 tab', () => {
  it('shows only the tasks with notes, in text order, and all 45 again when unticked', async () => {
    render(h(TasksTab, props({ noted: notedTaskIds(analysis, notes, statuses) })), root);
    const box = root.querySelector('[data-testid="has-notes"]')!;
    expect(box.parentElement!.textContent).toContain('有笔记');
    expect(listed()).toHaveLength(45);
    await tick(box, true);
    expect(listed()).toEqual([a.id, b.id, c.id]);
    await tick(box, false);
    expect(listed()).toHaveLength(45);
  });

  it('combines with the status filter', async () => {
    render(h(TasksTab, props({ noted: new Set([a.id, b.id]), statuses: { [a.id]: 'done', [c.id]: 'done' } })), root);
    await tick(root.querySelector('[data-testid="has-notes"]')!, true);
    const select = [...root.querySelectorAll('.filters label')].find((l) => l.textContent!.startsWith('状态'))!.querySelector('select')!;
    for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'done');
    select.dispatchEvent(new win.Event('change'));
    await settle();
    expect(listed()).toEqual([a.id]);
  });

  it('is not offered while no task has notes', () => {
    render(h(TasksTab, props({ noted: new Set() })), root);
    expect(root.querySelector('[data-testid="has-notes"]')).toBeNull();
    expect(listed()).toHaveLength(45);
  });
});
