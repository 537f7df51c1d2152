/** The document-level list of units: canonical name, the other names it appeared under, and in how many tasks it leads or takes part. */
import type { DocUnit, TaskUnit } from './schema';
import type { NameFacts } from './unit-memo';

/** The units of one task and the facts of each one's name, in the same order (as markerUnits gives them). */
export interface TaskMentions {
  units: readonly TaskUnit[];
  facts: readonly NameFacts[];
}

/** Count each unit once per task, by role; sorted by lead count, then co count, then first appearance. `unitCount` bounds the units' ids. */
export function documentUnits(tasks: readonly TaskMentions[], unitCount: number): DocUnit[] {
  /** Each unit by its id; `order` holds them in order of first appearance, which the stable sort keeps among equal counts. */
  const byId: DocUnit[] = new Array(unitCount);
  const order: DocUnit[] = [];
  /** The last task each unit (by id) was counted in, plus one (0: none yet). */
  const countedIn = new Int32Array(unitCount);
  for (let task = 0; task < tasks.length; task++) {
    const { units, facts } = tasks[task];
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      const f = facts[k];
      const id = f.unit.id;
      let d = byId[id];
      if (!d) {
        d = { name: u.name, kind: u.kind, aliases: [], lead: 0, co: 0 };
        byId[id] = d;
        order.push(d);
      }
      if (f.name !== u.name && !d.aliases.includes(f.name)) d.aliases.push(f.name);
      if (countedIn[id] === task + 1) continue;
      countedIn[id] = task + 1;
      if (u.role === 'lead') d.lead++;
      else d.co++;
    }
  }
  return order.sort((a, b) => b.lead - a.lead || b.co - a.co);
}
