/** The document-level list of units: canonical name, the other names it appeared under, and in how many tasks it leads or takes part. */
import type { DocUnit, Role, UnitKind } from './schema';

/** The unit fields doc-units reads from a task. */
export interface UnitMention {
  name: string;
  /** The name as written (before canonicalization). */
  written: string;
  role: Role;
  kind: UnitKind;
}

/** Count each unit once per task, by role; sorted by lead count, then co count, then first appearance. */
export function documentUnits(tasks: readonly (readonly UnitMention[])[]): DocUnit[] {
  /** Each unit with its order of first appearance and the last task it was counted in. */
  const byName = new Map<string, DocUnit & { order: number; task: number }>();
  for (let task = 0; task < tasks.length; task++) {
    for (const u of tasks[task]) {
      let d = byName.get(u.name);
      if (!d) {
        d = { name: u.name, kind: u.kind, aliases: [], lead: 0, co: 0, order: byName.size, task: -1 };
        byName.set(u.name, d);
      }
      if (u.written && u.written !== u.name && !d.aliases.includes(u.written)) d.aliases.push(u.written);
      if (d.task === task) continue;
      d.task = task;
      if (u.role === 'lead') d.lead++;
      else d.co++;
    }
  }
  return [...byName.values()]
    .sort((a, b) => b.lead - a.lead || b.co - a.co || a.order - b.order)
    .map((d) => ({ name: d.name, kind: d.kind, aliases: d.aliases, lead: d.lead, co: d.co }));
}
