/** Find what the reader clicked: the text offset under a point, and the task and unit at that offset. */
import type { PlanTask, PlanUnit } from './page-plan';
import type { TextMap } from './text-map';

interface CaretDoc {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text-map offset under viewport point (x, y), or null when the point is not on mapped text. */
export function offsetAtPoint(doc: Document, map: TextMap, x: number, y: number): number | null {
  const d = doc as unknown as CaretDoc;
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return map.offsetOf(pos.offsetNode, pos.offset);
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? map.offsetOf(range.startContainer, range.startOffset) : null;
}

/** The innermost task whose text contains `offset` (a sub-item with its own units wins over its parent). */
export function taskAt<T extends PlanTask>(tasks: readonly T[], offset: number): T | null {
  let best: T | null = null;
  for (const task of tasks) {
    if (task.start <= offset && offset < task.end && (!best || task.end - task.start < best.end - best.start)) best = task;
  }
  return best;
}

/** The unit of `task` whose mention contains `offset`. */
export function unitAt<U extends PlanUnit>(task: { units: readonly U[] }, offset: number): U | null {
  return task.units.find((u) => u.start !== undefined && u.end !== undefined && u.start <= offset && offset < u.end) ?? null;
}

/** Whether `offset` lies on the task's highlighted title. */
export function onTitle(task: PlanTask, offset: number): boolean {
  return task.titleStart <= offset && offset < task.titleEnd;
}
