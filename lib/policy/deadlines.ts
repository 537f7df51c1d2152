/**
 * Deadlines and targets in a task: dates with an anchor (到2021年, 2025年前, 2020年底前, 2019—2021年), 年底前, labelled time limits
 * (完成时限：长期坚持), and target clauses (力争…, 每年…). Free-standing "持续推进"/"长期坚持" in prose are verbs, not deadlines:
 * they count only after a time-limit label.
 */
import { CharClass, codeAt } from './char-class';
import { Occurrences } from './occurrences';
import type { Span } from './outline';

/** Words right before a year that make it a deadline (到2021年). */
const BEFORE_YEAR = ['截止到', '截至', '截止', '到', '至', '于'];
/** Words right after 年 / 月 / 日 that make a date a deadline (2020年底前). */
const AFTER_DATE = ['以前', '之前', '前', '底', '末', '内'];
const RANGE_DASHES = new CharClass('—–-~～至到');
const CLAUSE_ENDS = new CharClass('，。；！？\n）');
const TARGET_WORDS: [string, number][] = [
  ['力争', 50],
  ['每年', 40],
];
const LIMIT_LABELS = ['完成时限：', '完成时间：', '时间节点：', '时限要求：', '时限：'];
/** The characters right before the colon of LIMIT_LABELS: other colons start no time limit. */
const LIMIT_ENDS = new CharClass(LIMIT_LABELS.map((l) => l[l.length - 2]).join(''));
const MAX_LIMIT = 20;
const NO_YEAR_DEADLINES = ['年底前', '年内', '上半年', '下半年'];

const [ZERO, NINE, MONTH] = Array.from('09月', (c) => c.charCodeAt(0));
/** The units after a year's 年 a date may go on with, in order. */
const DATE_UNITS = ['月', '日'];

/** Whether t[i] is an ASCII digit (false outside `t`). */
function isDigit(t: string, i: number): boolean {
  const c = codeAt(t, i);
  return c >= ZERO && c <= NINE;
}

function digitsBack(t: string, end: number, floor: number, max: number): number {
  let i = end;
  while (i > floor && end - i < max && isDigit(t, i - 1)) i--;
  return i;
}

function digitsForward(t: string, i: number, limit: number, max: number): number {
  const from = i;
  while (i < limit && i - from < max && isDigit(t, i)) i++;
  return i;
}

function clauseEnd(t: string, from: number, limit: number, max: number): number {
  let i = from;
  while (i < limit && i - from < max && !CLAUSE_ENDS.has(t, i)) i++;
  return i;
}

/** The deadline around the 年 at `y`, if its year has an anchor: a word before, 底/前 after, or a range. */
function dateAt(t: string, y: number, from: number, to: number): Span | null {
  const yearStart = digitsBack(t, y, from, 4);
  if (y - yearStart !== 4) return null;
  let start = yearStart;
  let anchored = false;
  if (RANGE_DASHES.has(t, start - 1) && start - 1 > from) {
    const other = digitsBack(t, start - 1, from, 4);
    if (start - 1 - other === 4) {
      start = other;
      anchored = true;
    }
  }
  for (const w of BEFORE_YEAR) {
    if (start - w.length >= from && t.startsWith(w, start - w.length)) {
      start -= w.length;
      anchored = true;
      break;
    }
  }
  let end = y + 1;
  for (const unit of DATE_UNITS) {
    const d = digitsForward(t, end, to, 2);
    if (d > end && d < to && t.startsWith(unit, d)) end = d + 1;
  }
  for (const w of AFTER_DATE) {
    if (t.startsWith(w, end) && end + w.length <= to) {
      end += w.length;
      anchored = true;
      if (w === '底' || w === '末') {
        for (const after of ['以前', '之前', '前']) {
          if (t.startsWith(after, end) && end + after.length <= to) {
            end += after.length;
            break;
          }
        }
      }
      break;
    }
  }
  return anchored ? { start, end } : null;
}

/** A word a deadline is looked for at, with the offset of its 年 (-1 when it holds none) and, for a target word, how far its clause reaches. */
interface TriggerWord {
  word: string;
  year: number;
  reach?: number;
}

/** The words a deadline is looked for at besides a year's 年 and the time-limit labels. */
const TRIGGER_WORDS: TriggerWord[] = [
  ...NO_YEAR_DEADLINES.map((word) => ({ word, year: word.indexOf('年') })),
  ...TARGET_WORDS.map(([word, reach]) => ({ word, year: word.indexOf('年'), reach })),
];
/** Trigger words holding 年: they are checked at each 年 instead of searched for. */
const YEAR_WORDS = TRIGGER_WORDS.filter((w) => w.year >= 0);
/** Trigger words without 年 (力争): one search each. */
const OTHER_WORDS = TRIGGER_WORDS.filter((w) => w.year < 0);

/** Where the words a deadline is looked for at occur: found once per document, then looked up for each task's range. */
export class DeadlineIndex {
  /** Offsets of 年. */
  readonly years: Occurrences;
  /** Offsets of each of OTHER_WORDS. */
  readonly others: Occurrences[];

  /** Index `text` (whose colons are `colons`): one search for 年 and one for each of OTHER_WORDS; the other words hold 年 or end with ： and are checked where those are. */
  constructor(
    readonly text: string,
    readonly colons: Occurrences = new Occurrences(text, '：'),
  ) {
    this.years = new Occurrences(text, '年');
    this.others = OTHER_WORDS.map((w) => new Occurrences(text, w.word));
  }
}

/**
 * Deadline spans inside text[from, to), in order, none inside another; nothing outside the range is read. Bounded work per
 * occurrence of 年/力争/每年/时限. `index` (built once for the whole text) saves searching the text again for each range.
 */
export function findDeadlines(text: string, from: number, to: number, index: DeadlineIndex = new DeadlineIndex(text)): Span[] {
  const start = Math.min(Math.max(0, from), text.length);
  const end = Math.min(Math.max(from, to), text.length);
  if (end <= start) return [];
  const spans = rangeDeadlines(index, start, end);
  return start === from ? spans : spans.map((s) => ({ start: s.start - start + from, end: s.end - start + from }));
}

/** Whether `word` occurs at `at` and fits in [from, to) (its first and last characters are compared before the whole word). */
function wordAt(t: string, word: string, at: number, from: number, to: number): boolean {
  const end = at + word.length;
  return (
    at >= from &&
    end <= to &&
    t.charCodeAt(at) === word.charCodeAt(0) &&
    t.charCodeAt(end - 1) === word.charCodeAt(word.length - 1) &&
    t.startsWith(word, at)
  );
}

/** The deadline made by the trigger word `w` at `i`: a target clause (力争…, 每年…) that says more than a year, or a deadline without a year (年底前, 上半年) unless a number or 月 comes right before it. */
function wordDeadline(t: string, w: TriggerWord, i: number, from: number, to: number): Span | null {
  if (w.reach === undefined) return i === from || (!isDigit(t, i - 1) && t.charCodeAt(i - 1) !== MONTH) ? { start: i, end: i + w.word.length } : null;
  const end = clauseEnd(t, i + w.word.length, to, w.reach);
  const rest = t.slice(i + w.word.length, end).replace(/^(?:到|至|于)?\d{4}年(?:底|末)?(?:前)?/, '');
  return rest.length >= 2 ? { start: i, end } : null;
}

/** Order of spans: by start, the longer first. */
function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `spans` are in byStartThenLongest order already (the spans of one 年 are found in that order: sorting them is rarely needed). */
function isOrdered(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (byStartThenLongest(spans[k - 1], spans[k]) > 0) return false;
  return true;
}

/** The deadlines in [from, to), unordered: one lookup per indexed word, then bounded work per occurrence. */
function rangeDeadlines(index: DeadlineIndex, from: number, to: number): Span[] {
  const t = index.text;
  const spans: Span[] = [];
  const years = index.years.at;
  for (let k = index.years.firstIndex(from); k < years.length && years[k] < to; k++) {
    const y = years[k];
    const d = dateAt(t, y, from, to);
    if (d) spans.push(d);
    for (const w of YEAR_WORDS) {
      const i = y - w.year;
      const span = wordAt(t, w.word, i, from, to) ? wordDeadline(t, w, i, from, to) : null;
      if (span) spans.push(span);
    }
  }
  for (let n = 0; n < OTHER_WORDS.length; n++) {
    const w = OTHER_WORDS[n];
    const found = index.others[n];
    for (let k = found.firstIndex(from); k < found.at.length && found.at[k] + w.word.length <= to; k++) {
      const span = wordDeadline(t, w, found.at[k], from, to);
      if (span) spans.push(span);
    }
  }
  const colons = index.colons.at;
  for (let k = index.colons.firstIndex(from); k < colons.length && colons[k] < to; k++) {
    if (!LIMIT_ENDS.has(t, colons[k] - 1)) continue;
    for (const label of LIMIT_LABELS) {
      const i = colons[k] + 1 - label.length;
      if (!wordAt(t, label, i, from, to)) continue;
      const s = i + label.length;
      const end = clauseEnd(t, s, to, MAX_LIMIT);
      if (end > s) spans.push({ start: s, end });
    }
  }
  if (spans.length < 2) return spans;
  if (!isOrdered(spans)) spans.sort(byStartThenLongest);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
