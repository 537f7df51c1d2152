/** Lead and co-responsible bodies of a task, canonical (aliases across the 2018 reform are one unit), generic groups left out. */
import { canonicalUnit } from '../policy/units';

/** A task's unit as the ranking needs it (TaskUnit, or the side panel's copy of one). */
export interface UnitRef {
  name: string;
  role: string;
  kind?: string;
}

const canonical = new Map<string, string>();

/** canonicalUnit, remembered (the same few hundred unit names come back for every task). */
export function canonicalName(name: string): string {
  let out = canonical.get(name);
  if (out === undefined) canonical.set(name, (out = canonicalUnit(name)));
  return out;
}

/** Keys of a task's lead (牵头单位) and co-responsible bodies, generic groups left out, in order and each once; a lead key is not repeated among the co keys. */
export function taskUnitKeys<K>(units: readonly UnitRef[], key: (name: string) => K): { lead: K[]; co: K[] } {
  const lead: K[] = [];
  const co: K[] = [];
  for (const unit of units) {
    if (unit.kind === 'group' || unit.role !== 'lead') continue;
    const k = key(unit.name);
    if (!lead.includes(k)) lead.push(k);
  }
  for (const unit of units) {
    if (unit.kind === 'group' || unit.role === 'lead') continue;
    const k = key(unit.name);
    if (!lead.includes(k) && !co.includes(k)) co.push(k);
  }
  return { lead, co };
}

/** Lead (牵头单位) and co-responsible bodies, canonical and in order; a unit that leads is not repeated among the co units. */
export function taskUnitNames(units: readonly UnitRef[]): { lead: string[]; co: string[] } {
  return taskUnitKeys(units, canonicalName);
}
