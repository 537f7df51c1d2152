/** Turn the engine's tasks into paint items: task titles, lead and co-responsible units, deadlines, the reader's unit. */
import type { PlanTask } from './page-plan';
import type { PaintItem } from './paint';
import type { TextMap } from './text-map';

/** Paint items for every task; units named in `myUnits` are painted as the reader's own. */
export function paintItemsFor(tasks: readonly PlanTask[], map: TextMap, doc: Document, myUnits: ReadonlySet<string> = new Set()): PaintItem[] {
  const items: PaintItem[] = [];
  const push = (kind: PaintItem['kind'], start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined || end <= start) return;
    const range = map.rangeFor(start, end, doc);
    if (range) items.push({ kind, range });
  };
  for (const task of tasks) {
    push('task', task.titleStart, task.titleEnd);
    for (const u of task.units) push(myUnits.has(u.name) ? 'mine' : u.role, u.start, u.end);
    for (const d of task.deadlineSpans) push('deadline', d.start, d.end);
  }
  return items;
}
