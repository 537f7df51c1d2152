/** The engine's entry point: analyze a document's text (offsets refer to `input.text`). */
import { findAttachments } from './attachments';
import { cleanText, spanToOriginal, type CleanText } from './clean-text';
import { dedupeTasks, repeatsParagraphs } from './dedupe';
import { DeadlineIndex, findDeadlines } from './deadlines';
import { documentUnits } from './doc-units';
import { detectLeadRule } from './lead-rule';
import { findMarkers } from './markers';
import { extractMeta } from './meta';
import { Occurrences } from './occurrences';
import { parseOutline, type OutlineHeading } from './outline';
import type { Analysis, AnalyzeInput, LeadRule, Task } from './schema';
import { remapScrambled } from './scrambled';
import { type MarkerUnits, markerUnits, newUnitListCache, type UnitListCache } from './task-units';
import { detectTasks, type TaskDraft } from './tasks';
import { textSignals } from './text-signals';
import { detectRegionPrefix } from './units';

const EMPTY_META: Analysis['meta'] = {
  title: null,
  docNumber: null,
  issuer: null,
  writtenDate: null,
  publishedDate: null,
  indexNumber: null,
  subject: null,
  addressees: [],
  disclosure: null,
};

/** What every task of one document is built with. */
interface TaskContext {
  clean: CleanText;
  rule: LeadRule['rule'];
  regionPrefix: string | null;
  cache: UnitListCache;
  deadlines: DeadlineIndex;
}

/** A task draft with what the dedupe compares (id, title, units) and the facts of its units' names; the rest of its task is built only if it is kept. */
interface Candidate extends MarkerUnits {
  id: string;
  weak?: boolean;
  title: string;
  draft: TaskDraft;
}

function candidate(d: TaskDraft, { clean, rule, regionPrefix, cache }: TaskContext): Candidate {
  const { units, facts } = d.marker ? markerUnits(clean, d.marker, rule, regionPrefix, cache) : { units: [], facts: [] };
  return { id: d.id, weak: d.weak, title: clean.display.slice(d.titleStart, d.titleEnd), units, facts, draft: d };
}

/** The task of a kept candidate, with offsets in the original text and its deadlines. */
function buildTask({ draft: d, title, units }: Candidate, { clean, deadlines }: TaskContext): Task {
  const span = spanToOriginal(clean, d.start, d.end);
  const titleSpan = spanToOriginal(clean, d.titleStart, d.titleEnd);
  const deadlineSpans = findDeadlines(clean.text, d.start, d.end, deadlines).map((s) => {
    const o = spanToOriginal(clean, s.start, s.end);
    return { text: clean.display.slice(s.start, s.end), start: o.start, end: o.end };
  });
  return {
    id: d.id,
    title,
    titleStart: titleSpan.start,
    titleEnd: titleSpan.end,
    text: clean.display.slice(d.start, d.end),
    start: span.start,
    end: span.end,
    units,
    deadlines: distinctTexts(deadlineSpans),
    deadlineSpans,
  };
}

/** The texts of `spans`, each once, in order of first occurrence (a task has a few deadlines: a list search beats a set). */
function distinctTexts(spans: readonly { text: string }[]): string[] {
  const texts: string[] = [];
  for (const s of spans) if (!texts.includes(s.text)) texts.push(s.text);
  return texts;
}

/** How many distinct levels the outline uses. */
function levelCount(headings: readonly OutlineHeading[]): number {
  let seen = 0;
  for (const h of headings) seen |= 1 << h.level;
  let n = 0;
  for (; seen !== 0; seen &= seen - 1) n++;
  return n;
}

/** Make ids unique: a repeated id gets "~2", "~3"… (numbering errors and scraped pages repeat labels). */
function uniqueIds(tasks: Task[]): Task[] {
  const seen = new Map<string, number>();
  return tasks.map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    return n === 1 ? t : { ...t, id: `${t.id}~${n}` };
  });
}

function run(input: AnalyzeInput): Analysis {
  const text = typeof input?.text === 'string' ? input.text : '';
  const clean = cleanText(text);
  const colons = new Occurrences(clean.text, '：');
  const markers = findMarkers(clean.text, colons);
  const refs = findAttachments(clean.text);
  const headings = parseOutline(clean, refs.length === 0 ? markers : [...markers, ...refs].sort((a, b) => a.start - b.start));
  const leadRule = detectLeadRule(clean.text);
  const drafts = detectTasks(clean.text, headings, markers);
  const regionPrefix = drafts.length > 0 ? detectRegionPrefix(text) : null;
  const repeats = drafts.length > 0 && repeatsParagraphs(clean.text);
  const context: TaskContext | null =
    drafts.length > 0 ? { clean, rule: leadRule.rule, regionPrefix, cache: newUnitListCache(regionPrefix), deadlines: new DeadlineIndex(clean.text, colons) } : null;
  const candidates = context ? (repeats ? remapScrambled(clean.text, headings, drafts) : drafts).map((d) => candidate(d, context)) : [];
  const kept = context ? dedupeTasks(candidates, repeats) : [];
  const tasks = context ? uniqueIds(kept.map((c) => buildTask(c, context))) : [];
  const attachments = refs.map((a) => ({
    text: clean.display.slice(a.nameStart, a.end).trim(),
    holdsTasks: a.holdsTasks,
    ...spanToOriginal(clean, a.start, a.end),
  }));
  const meta = extractMeta(clean, input ?? {}, colons);
  const outline = headings.map((h) => {
    const o = spanToOriginal(clean, h.start, h.end);
    return { level: h.level, label: h.label, title: h.title, start: o.start, end: o.end };
  });
  return {
    meta,
    outline,
    tasks,
    units: documentUnits(kept, context ? context.cache.memo.units : 0),
    leadRule,
    attachments,
    textSignals: textSignals({
      meta,
      outlineLevels: levelCount(headings),
      headings: headings.length,
      markers: markers.length,
      tasks: tasks.length,
      leadRule,
      taskAttachment: attachments.some((a) => a.holdsTasks),
    }),
  };
}

/** Analyze one document: meta, outline, tasks with units and deadlines, document-level units. Never throws. */
export function analyze(input: AnalyzeInput): Analysis {
  try {
    return run(input);
  } catch {
    return {
      meta: EMPTY_META,
      outline: [],
      tasks: [],
      units: [],
      leadRule: { rule: 'first-listed', source: 'convention', quote: null },
      attachments: [],
      textSignals: [],
    };
  }
}
