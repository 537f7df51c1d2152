/** Questions a reader asks of an analysis: tasks by unit, role and section; my tasks; who carries how much. */
import type { Analysis, Role, Task } from './schema';

/** A filter over tasks; every given field must match. */
export interface TaskFilter {
  unit?: string | null;
  role?: Role | null;
  /** The top-level section label (一、 …) of the task's id. */
  section?: string | null;
}

/** The top-level section of a task: the first part of its id ("三.（一）.1" → "三"). */
export function sectionOf(task: Task): string {
  return task.id.split('.')[0];
}

/** The sections that hold tasks, in document order. */
export function taskSections(analysis: Analysis): string[] {
  return [...new Set(analysis.tasks.map(sectionOf))];
}

/** Tasks matching the filter, in document order. */
export function filterTasks(tasks: readonly Task[], f: TaskFilter): Task[] {
  return tasks.filter((task) => {
    if (f.section && sectionOf(task) !== f.section) return false;
    if (!f.unit && !f.role) return true;
    return task.units.some((u) => (!f.unit || u.name === f.unit) && (!f.role || u.role === f.role));
  });
}

/** 我的任务: tasks where one of `myUnits` is lead, then those where it is co-responsible only. */
export function myTasks(tasks: readonly Task[], myUnits: readonly string[]): { lead: Task[]; co: Task[] } {
  const mine = new Set(myUnits);
  const lead: Task[] = [];
  const co: Task[] = [];
  for (const task of tasks) {
    const roles = task.units.filter((u) => mine.has(u.name)).map((u) => u.role);
    if (roles.includes('lead')) lead.push(task);
    else if (roles.length > 0) co.push(task);
  }
  return { lead, co };
}

/** One row of the responsibility matrix: a unit, its role in each task (by task index), and its load. */
export interface MatrixRow {
  unit: string;
  roles: (Role | null)[];
  lead: number;
  co: number;
}

/** Units × tasks with the unit's role in each cell, units sorted by load (lead counts double). */
export function responsibilityMatrix(analysis: Analysis): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  analysis.tasks.forEach((task, i) => {
    for (const u of task.units) {
      let row = rows.get(u.name);
      if (!row) {
        row = { unit: u.name, roles: new Array<Role | null>(analysis.tasks.length).fill(null), lead: 0, co: 0 };
        rows.set(u.name, row);
      }
      if (row.roles[i] === 'lead') continue;
      if (row.roles[i] === 'co' && u.role === 'lead') row.co--;
      row.roles[i] = u.role;
      if (u.role === 'lead') row.lead++;
      else row.co++;
    }
  });
  return [...rows.values()].sort((a, b) => b.lead * 2 + b.co - (a.lead * 2 + a.co) || a.unit.localeCompare(b.unit, 'zh'));
}
