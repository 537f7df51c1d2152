import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MatrixView } from '../../components/panel/MatrixView';
import { OverviewTab } from '../../components/panel/OverviewTab';
import { SidePanel, type SidePanelProps } from '../../components/panel/SidePanel';
import { TasksTab, type TasksTabProps } from '../../components/panel/TasksTab';
import { UnitsTab } from '../../components/panel/UnitsTab';
import type { PageState } from '../../lib/messages';
import type { Task } from '../../lib/policy/schema';
import { freshRoot, settle } from '../helpers/dom-root';
import { seed003Analysis, seedPageState } from '../helpers/panel-state';

const analysis = seed003Analysis;
const SHANGWU = '自治区商务厅';
const state = seedPageState;

let win: Window & typeof globalThis;
let root: HTMLElement;

beforeEach(() => {
  ({ win, root } = freshRoot());
});
afterEach(() => render(null, root));

const all = (sel: string) => [...root.querySelectorAll(sel)];
const button = (text: string) => all('button').find((b) => b.textContent === text)!;
const click = async (el: Element) => {
  el.dispatchEvent(new win.Event('click'));
  await settle();
};
/** The task ids listed in a task list (all tasks, or 我的任务's lead / co lists). */
const listed = (testId: string) => all(`[data-testid="${testId}"] > li`).map((li) => li.getAttribute('data-task-id'));
/** The select inside the filter label that starts with `label`. */
const filter = (label: string) => all('.filters label').find((l) => l.textContent!.startsWith(label))!.querySelector('select')!;
async function choose(select: Element, value: string) {
  for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  select.dispatchEvent(new win.Event('change'));
  await settle();
}
const leadIds = (unit: string) => analysis.tasks.filter((x) => x.units.some((u) => u.name === unit && u.role === 'lead')).map((x) => x.id);
const coIds = (unit: string) => analysis.tasks.filter((x) => x.units.some((u) => u.name === unit && u.role === 'co')).map((x) => x.id);

function tasksProps(over: Partial<TasksTabProps> = {}): TasksTabProps {
  return {
    analysis, myUnits: [], unit: null, selected: null, statuses: {},
    onStatus: () => {}, onUnit: () => {}, onJump: () => {}, onSelect: () => {},
    ...over,
  };
}

describe('the seed 桂政发〔2020〕3号 analysed', () => {
  it('has the figures the views are checked against', () => {
    expect(analysis.tasks).toHaveLength(45);
    expect(analysis.units).toHaveLength(52);
    expect(leadIds(SHANGWU)).toHaveLength(12);
    expect(coIds(SHANGWU)).toHaveLength(9);
  });
});

describe('TasksTab', () => {
  it('lists all 45 tasks with id, title and units; a title click jumps to the task', async () => {
    const jumps: Task[] = [];
    render(h(TasksTab, tasksProps({ onJump: (x) => jumps.push(x) })), root);
    expect(listed('all-tasks')).toEqual(analysis.tasks.map((x) => x.id));
    const first = all('[data-testid="all-tasks"] > li')[0];
    expect(first.querySelector('.task-id')?.textContent).toBe(analysis.tasks[0].id);
    expect(first.textContent).toContain(analysis.tasks[0].title);
    await click(first.querySelector('button.link')!);
    expect(jumps).toEqual([analysis.tasks[0]]);
    // 我的任务 is offered only when the reader has set a unit.
    expect(root.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('role 牵头 with the unit filter 自治区商务厅 leaves its 12 lead tasks; the chip clears the unit', async () => {
    const cleared: (string | null)[] = [];
    render(h(TasksTab, tasksProps({ unit: SHANGWU, onUnit: (u) => cleared.push(u) })), root);
    expect(listed('all-tasks')).toHaveLength(21);
    await choose(filter('角色'), 'lead');
    expect(listed('all-tasks')).toEqual(leadIds(SHANGWU));
    await choose(filter('角色'), 'co');
    expect(listed('all-tasks')).toEqual(coIds(SHANGWU));
    expect(root.querySelector('.chip')?.textContent).toContain(SHANGWU);
    await click(root.querySelector('.chip button')!);
    expect(cleared).toEqual([null]);
  });

  it('filters by the reader’s status, and by 未标记', async () => {
    const [a, b, c] = analysis.tasks.map((x) => x.id);
    render(h(TasksTab, tasksProps({ statuses: { [a]: 'done', [b]: 'doing', [c]: 'done' } })), root);
    await choose(filter('状态'), 'done');
    expect(listed('all-tasks')).toEqual([a, c]);
    await choose(filter('状态'), 'doing');
    expect(listed('all-tasks')).toEqual([b]);
    await choose(filter('状态'), 'none');
    expect(listed('all-tasks')).toHaveLength(42);
    await choose(filter('状态'), '');
    expect(listed('all-tasks')).toHaveLength(45);
    // Each task line shows its status in its own select.
    const done = all('[data-testid="all-tasks"] > li')[0].querySelector('select.status')!;
    expect(done.getAttribute('aria-label')).toBe(`状态 ${a}`);
  });

  it('opens on 我的任务 for 自治区商务厅: 12 lead tasks, then 9 co-responsible; unticking shows all', async () => {
    render(h(TasksTab, tasksProps({ myUnits: [SHANGWU] })), root);
    expect(all('h2').map((x) => x.textContent)).toEqual(['我牵头的任务（12）', '我参与的任务（9）']);
    expect(listed('my-lead')).toEqual(leadIds(SHANGWU));
    expect(listed('my-co')).toEqual(coIds(SHANGWU));
    expect(root.querySelector('[data-testid="my-lead"]')!.compareDocumentPosition(root.querySelector('[data-testid="my-co"]')!) & 4).toBe(4);
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new win.Event('change'));
    await settle();
    expect(listed('all-tasks')).toHaveLength(45);
  });
});

describe('UnitsTab', () => {
  it('lists every unit with its lead / co counts; a click on a unit calls onUnit', async () => {
    const picked: string[] = [];
    render(h(UnitsTab, { analysis, myUnits: [SHANGWU], onUnit: (u: string) => picked.push(u) }), root);
    const rows = all('.units-table tbody tr');
    expect(rows).toHaveLength(52);
    const row = rows.find((r) => r.querySelector('button')?.textContent === SHANGWU)!;
    expect([...row.querySelectorAll('td')].slice(1).map((td) => td.textContent)).toEqual(['12', '9']);
    expect(row.getAttribute('class')).toBe('mine');
    await click(row.querySelector('button')!);
    expect(picked).toEqual([SHANGWU]);
  });
});

describe('MatrixView', () => {
  const rowNames = () => all('.matrix tbody tr > th').map((x) => x.textContent);

  it('has one row per unit and a column per task, with 牵 / 参 cells; 自治区商务厅 leads 12', async () => {
    const jumps: Task[] = [];
    render(h(MatrixView, { analysis, onJump: (x: Task) => jumps.push(x) }), root);
    expect(all('.matrix tbody tr')).toHaveLength(52);
    expect(all('.matrix thead th')).toHaveLength(46);
    const row = all('.matrix tbody tr').find((r) => r.querySelector('th')?.textContent === SHANGWU)!;
    const lead = [...row.querySelectorAll('td.lead')];
    expect(lead).toHaveLength(12);
    expect(lead.every((td) => td.textContent === '牵')).toBe(true);
    expect([...row.querySelectorAll('td.co')].map((td) => td.textContent)).toEqual(Array(9).fill('参'));
    // Hovering a cell names the unit, the role and the task; a click jumps to the task.
    const firstLead = analysis.tasks.find((x) => x.id === leadIds(SHANGWU)[0])!;
    expect(lead[0].getAttribute('title')).toBe(`${SHANGWU} · 牵头 · ${firstLead.id} ${firstLead.title}`);
    await click(lead[0].querySelector('button')!);
    expect(jumps).toEqual([firstLead]);
  });

  it('sorts by load by default and toggles to sorting by name and back', async () => {
    render(h(MatrixView, { analysis, onJump: () => {} }), root);
    const byLoad = rowNames();
    await click(button('按名称排序'));
    const byName = rowNames();
    expect(byName).toEqual([...byLoad].sort((a, b) => a!.localeCompare(b!, 'zh')));
    expect(byName).not.toEqual(byLoad);
    await click(button('按任务量排序'));
    expect(rowNames()).toEqual(byLoad);
  });
});

describe('OverviewTab', () => {
  it('shows the 文号 and counts; the outline buttons jump to the heading offsets', async () => {
    const jumps: [number, number][] = [];
    render(h(OverviewTab, { state: state(), analysis, onJump: (s: number, e: number) => jumps.push([s, e]) }), root);
    const dts = all('dt').map((x) => x.textContent);
    const dds = all('dd').map((x) => x.textContent);
    expect(dds[dts.indexOf('文号')]).toBe('桂政发〔2020〕3号');
    expect(root.querySelector('summary')?.textContent).toBe('识别置信度 93%');
    const outline = all('.outline button');
    expect(outline.map((b) => b.textContent)).toEqual(analysis.outline.map((x) => x.label + x.title));
    expect(outline[0].textContent).toBe('一、目标要求');
    await click(outline[0]);
    await click(outline[3]);
    expect(jumps).toEqual([
      [analysis.outline[0].start, analysis.outline[0].end],
      [analysis.outline[3].start, analysis.outline[3].end],
    ]);
  });
});

describe('SidePanel', () => {
  function panel(s: PageState | null, myUnits: string[] = []): SidePanelProps {
    return { state: s, myUnits, onJump: () => {}, notes: h('p', { id: 'notes-here' }, '笔记内容'), statuses: {}, onStatus: () => {}, onExportUnit: () => {} };
  }
  const tabs = () => all('[role="tablist"] > button');
  const selectedTab = () => tabs().filter((b) => b.getAttribute('aria-selected') === 'true').map((b) => b.textContent);

  it('has six tabs with role=tab and aria-selected, opening on the 45 tasks', async () => {
    render(h(SidePanel, panel(state())), root);
    expect(root.querySelector('h1')?.textContent).toBe(analysis.meta.title);
    expect(tabs().map((b) => b.textContent)).toEqual(['概览', '任务 45', '单位 52', '关联', '分工矩阵', '笔记']);
    expect(tabs().every((b) => b.getAttribute('role') === 'tab')).toBe(true);
    expect(selectedTab()).toEqual(['任务 45']);
    expect(tabs().filter((b) => b.getAttribute('aria-selected') === 'false')).toHaveLength(5);
    expect(listed('all-tasks')).toHaveLength(45);
    await click(button('分工矩阵'));
    expect(selectedTab()).toEqual(['分工矩阵']);
    expect(all('.matrix tbody tr')).toHaveLength(52);
    await click(button('笔记'));
    expect(root.querySelector('#notes-here')?.textContent).toBe('笔记内容');
  });

  it('a click on a unit in 单位 opens 任务 filtered to it; with 牵头 it lists 12', async () => {
    render(h(SidePanel, panel(state())), root);
    await click(button('单位 52'));
    await click(button(SHANGWU));
    expect(selectedTab()).toEqual(['任务 45']);
    expect(listed('all-tasks')).toHaveLength(21);
    await choose(filter('角色'), 'lead');
    expect(listed('all-tasks')).toEqual(leadIds(SHANGWU));
  });

  it('opens on 我的任务 when the reader has a unit', () => {
    render(h(SidePanel, panel(state(), [SHANGWU])), root);
    expect(listed('my-lead')).toHaveLength(12);
    expect(listed('my-co')).toHaveLength(9);
  });

  it('on a page that is not a policy shows only the 笔记 tab, and says so', () => {
    render(h(SidePanel, panel(state(false))), root);
    expect(tabs().map((b) => b.textContent)).toEqual(['笔记']);
    expect(selectedTab()).toEqual(['笔记']);
    expect(root.querySelector('.empty')?.textContent).toBe('此页面未识别为政策文件。');
    expect(root.querySelector('#notes-here')).not.toBeNull();
    render(null, root);
    render(h(SidePanel, panel(null)), root);
    expect(tabs().map((b) => b.textContent)).toEqual(['笔记']);
    expect(root.querySelector('.empty')?.textContent).toBe('打开一个政府网站的政策文件，这里会显示它的任务与分工。');
  });
});
