/** What the content script needs of a page's analysis to paint, hit-test and show cards: the background's answer to page:analyze (zod/mini). */
import * as z from 'zod/mini';
import type { PageConclusion } from './conclude-page';
import type { MainContent } from './main-content';
import type { TextMap } from './text-map';

const offset = z.number().check(z.int(), z.nonnegative());

/** A unit of a task as painted: canonical name, role (牵头 lead / 配合 co) and where it stands in the text. */
export const PlanUnitSchema = z.object({ name: z.string(), role: z.enum(['lead', 'co']), start: z.optional(offset), end: z.optional(offset) });
export type PlanUnit = z.infer<typeof PlanUnitSchema>;

/** A task as the page needs it: id, title and spans (the engine's Task without its text). */
export const PlanTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  start: offset,
  end: offset,
  titleStart: offset,
  titleEnd: offset,
  units: z.array(PlanUnitSchema),
  deadlines: z.array(z.string()),
  deadlineSpans: z.array(z.object({ start: offset, end: offset })),
});
export type PlanTask = z.infer<typeof PlanTaskSchema>;

/** The plan of a page: the verdict, the tasks to paint, the counts for the badge and the page side's next step (it travels packed: plan-wire.ts). */
export const PagePlanSchema = z.object({
  isPolicy: z.boolean(),
  meta: z.object({ title: z.nullable(z.string()), docNumber: z.nullable(z.string()) }),
  tasks: z.array(PlanTaskSchema),
  unitCount: offset,
  partial: z.boolean(),
  next: z.enum(['done', 'map', 'analyze']),
});
export type PagePlan = z.infer<typeof PagePlanSchema>;

/** The plan of a concluded page (tasks without their text: the page has it). */
export function planFor(c: PageConclusion): PagePlan {
  const { analysis } = c;
  return {
    isPolicy: c.recognition.isPolicy,
    meta: { title: analysis.meta.title, docNumber: analysis.meta.docNumber },
    tasks: analysis.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      start: t.start,
      end: t.end,
      titleStart: t.titleStart,
      titleEnd: t.titleEnd,
      units: t.units.map((u) => ({ name: u.name, role: u.role, start: u.start, end: u.end })),
      deadlines: t.deadlines,
      deadlineSpans: t.deadlineSpans.map((d) => ({ start: d.start, end: d.end })),
    })),
    unitCount: analysis.units.length,
    partial: c.partial,
    next: c.next,
  };
}

/** The content script's view of its page: the plan from the background, the text map that leads its offsets to the DOM, and the main content. */
export interface PageView {
  plan: PagePlan;
  textMap: TextMap;
  main: MainContent;
}
