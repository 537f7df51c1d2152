/**
 * The page plan as it travels from the background to the content script: the same content as a PagePlan, its tasks
 * packed into one string of characters and one string of numbers. Validating it is one schema check of a few fields
 * and one regex, then a strict decode; zod's per-field parse of a 45-task plan took 20–30 ms of a cold content script.
 */
import * as z from 'zod/mini';
import type { PagePlan, PlanTask, PlanUnit } from './page-plan';

/** The packed plan (zod/mini): verdict, meta, counts, next step, and the tasks as `chars` + `numbers` (layout in packPlan). */
export const PlanWireSchema = z.object({
  isPolicy: z.boolean(),
  meta: z.object({ title: z.nullable(z.string()), docNumber: z.nullable(z.string()) }),
  unitCount: z.number().check(z.int(), z.nonnegative()),
  partial: z.boolean(),
  next: z.enum(['done', 'map', 'analyze']),
  chars: z.string(),
  numbers: z.string().check(z.regex(/^(?:\d{1,9}(?:,\d{1,9})*)?$/)),
});
/** The packed plan's type. */
export type PlanWire = z.infer<typeof PlanWireSchema>;

/**
 * Pack a plan. `numbers` holds, after the task count, per task: id length, title length, start, end, titleStart,
 * titleEnd, unit count, per unit (name length, role 0 = lead / 1 = co, start + 1, end + 1; 0 = no span), deadline
 * count, per deadline its length, span count, per span start and end. `chars` is every string in that order.
 */
export function packPlan(plan: PagePlan): PlanWire {
  const chars: string[] = [];
  const numbers: number[] = [plan.tasks.length];
  const text = (s: string) => {
    chars.push(s);
    numbers.push(s.length);
  };
  for (const t of plan.tasks) {
    text(t.id);
    text(t.title);
    numbers.push(t.start, t.end, t.titleStart, t.titleEnd, t.units.length);
    for (const u of t.units) {
      text(u.name);
      numbers.push(u.role === 'lead' ? 0 : 1, u.start === undefined ? 0 : u.start + 1, u.end === undefined ? 0 : u.end + 1);
    }
    numbers.push(t.deadlines.length);
    for (const d of t.deadlines) text(d);
    numbers.push(t.deadlineSpans.length);
    for (const s of t.deadlineSpans) numbers.push(s.start, s.end);
  }
  const { isPolicy, meta, unitCount, partial, next } = plan;
  return { isPolicy, meta, unitCount, partial, next, chars: chars.join(''), numbers: numbers.join(',') };
}

/** A reader over the packed numbers and characters that fails (throws, caught in unpackPlan) on anything out of bounds. */
function reader(wire: PlanWire) {
  const nums = wire.numbers === '' ? [] : wire.numbers.split(',').map(Number);
  let n = 0;
  let c = 0;
  const num = (max = Number.MAX_SAFE_INTEGER): number => {
    if (n >= nums.length || nums[n] > max) throw new RangeError('plan');
    return nums[n++];
  };
  const str = (): string => {
    const len = num(wire.chars.length - c);
    c += len;
    return wire.chars.slice(c - len, c);
  };
  /** A count of items that each take at least `width` numbers: more than remain cannot be. */
  const count = (width: number): number => num(Math.floor((nums.length - n - 1) / width));
  const done = () => n === nums.length && c === wire.chars.length;
  return { num, str, count, done };
}

/** Unpack a plan checked by PlanWireSchema; null when its numbers and characters do not fit together. */
export function unpackPlan(wire: PlanWire): PagePlan | null {
  try {
    const r = reader(wire);
    const tasks: PlanTask[] = new Array(r.count(9));
    for (let i = 0; i < tasks.length; i++) {
      const id = r.str();
      const title = r.str();
      const start = r.num();
      const end = r.num();
      const titleStart = r.num();
      const titleEnd = r.num();
      const units: PlanUnit[] = new Array(r.count(4));
      for (let k = 0; k < units.length; k++) {
        const name = r.str();
        const role = r.num(1) === 0 ? 'lead' : 'co';
        const unit: PlanUnit = { name, role };
        const s = r.num();
        const e = r.num();
        if (s) unit.start = s - 1;
        if (e) unit.end = e - 1;
        units[k] = unit;
      }
      const deadlines: string[] = new Array(r.count(1));
      for (let k = 0; k < deadlines.length; k++) deadlines[k] = r.str();
      const deadlineSpans: PlanTask['deadlineSpans'] = new Array(r.count(2));
      for (let k = 0; k < deadlineSpans.length; k++) deadlineSpans[k] = { start: r.num(), end: r.num() };
      tasks[i] = { id, title, start, end, titleStart, titleEnd, units, deadlines, deadlineSpans };
    }
    if (!r.done()) return null;
    const { isPolicy, meta, unitCount, partial, next } = wire;
    return { isPolicy, meta, tasks, unitCount, partial, next };
  } catch {
    return null;
  }
}
