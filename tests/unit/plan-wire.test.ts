import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/page/analyze-page';
import { PagePlanSchema, planFor, type PagePlan } from '../../lib/page/page-plan';
import { packPlan, PlanWireSchema, unpackPlan, type PlanWire } from '../../lib/page/plan-wire';
import { readSeeds } from '../../scripts/seed-files';

/** What the content script does with the background's answer: schema check, then strict decode. */
const receive = (raw: unknown): PagePlan | null => {
  const wire = PlanWireSchema.safeParse(raw);
  return wire.success ? unpackPlan(wire.data) : null;
};
const plans = readSeeds().map((s) => planFor({ ...analyzeText(s.text, undefined), partial: false, next: 'done' }));
const seed003 = plans[3];
const wire003 = packPlan(seed003);

describe('the packed page plan', () => {
  it('carries every seed plan through the message channel unchanged (tasks, unit roles and spans, deadlines)', () => {
    expect(seed003.tasks).toHaveLength(45);
    for (const plan of plans) {
      const back = receive(JSON.parse(JSON.stringify(packPlan(plan))));
      expect(back).toEqual(plan);
      expect(PagePlanSchema.safeParse(back).success).toBe(true);
    }
  });

  it('keeps units without a span, empty plans and names with any characters', () => {
    const plan: PagePlan = {
      ...seed003,
      tasks: [{ ...seed003.tasks[0], id: '一.（一）', title: '含,逗号与\u0000和"引号"', units: [{ name: '自治区商务厅', role: 'lead' }, { name: '各市', role: 'co', start: 0, end: 2 }] }],
    };
    expect(receive(packPlan(plan))).toEqual(plan);
    const empty: PagePlan = { ...seed003, isPolicy: false, tasks: [], unitCount: 0, next: 'done' };
    expect(receive(packPlan(empty))).toEqual(empty);
  });

  it('refuses a packed plan whose numbers and characters do not fit together', () => {
    const bad = (patch: Partial<PlanWire>) => receive({ ...wire003, ...patch });
    expect(bad({ numbers: wire003.numbers + ',1' })).toBeNull();
    expect(bad({ chars: wire003.chars + '多' })).toBeNull();
    expect(bad({ chars: wire003.chars.slice(1) })).toBeNull();
    expect(bad({ numbers: `999999999,${wire003.numbers.slice(wire003.numbers.indexOf(',') + 1)}` })).toBeNull();
    expect(bad({ numbers: wire003.numbers.replace(/^\d+/, '-1') })).toBeNull();
    expect(bad({ numbers: wire003.numbers.replace(/^\d+/, '1e9') })).toBeNull();
    expect(bad({ numbers: '' , chars: '' })).toBeNull();
    expect(receive({ ...wire003, numbers: 1 })).toBeNull();
    expect(receive(null)).toBeNull();
  });

  it('never throws on a damaged packed plan: it is refused or decodes to a plan that passes the plan schema', () => {
    const nums = wire003.numbers.split(',');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: nums.length - 1 }), fc.nat({ max: 100_000 }), fc.integer({ min: -50, max: 50 }), (at, value, cut) => {
        const numbers = [...nums.slice(0, at), String(value), ...nums.slice(at + 1)].join(',');
        const chars = cut >= 0 ? wire003.chars.slice(cut) : wire003.chars + 'x'.repeat(-cut);
        const back = receive({ ...wire003, numbers, chars });
        expect(back === null || PagePlanSchema.safeParse(back).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
