/**
 * Deadlines and targets in a task: dates with an anchor (到2021年, 2025年前, 2020年底前, 2019—2021年), 年底前, labelled time limits
 * (完成时限：长期坚持), and target clauses (力争…, 每年…). Free-standing "持续推进"/"长期坚持" in prose are verbs, not deadlines:
 * they count only after a time-limit label.
 */
import { CharClass } from './char-class';
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
const MAX_LIMIT = 20;
const NO_YEAR_DEADLINES = ['年底前', '年内', '上半年', '下半年'];

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function digitsBack(t: string, end: number, floor: number, max: number): number {
  let i = end;
  while (i > floor && end - i < max && isDigit(t[i - 1])) i--;
  return i;
}

function digitsForward(t: string, i: number, limit: number, max: number): number {
  const from = i;
  while (i < limit && i - from < max && isDigit(t[i])) i++;
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
  for (const unit of ['月', '日']) {
    const d = digitsForward(t, end, to, 2);
    if (d > end && d < to && t[d] === unit) end = d + 1;
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

/** Every word a deadline is looked for at. */
const TRIGGER_WORDS = ['年', ...NO_YEAR_DEADLINES, ...TARGET_WORDS.map(([w]) => w), ...LIMIT_LABELS];

const NONE: readonly number[] = [];

/** Where the trigger words occur in a text: found once per document, then looked up for each task's range. */
export class DeadlineIndex {
  private readonly words = new Map<string, Occurrences>();

  /** Index `text` (whose colons are `colons`): one pass each for 年 and 力争; the other words hold 年 or end with ： and are picked from those. */
  constructor(
    readonly text: string,
    colons: Occurrences = new Occurrences(text, '：'),
  ) {
    const years = new Occurrences(text, '年');
    for (const word of TRIGGER_WORDS) {
      const year = word.indexOf('年');
      if (word === '年') this.words.set(word, years);
      else if (year >= 0) this.words.set(word, years.within(text, word, year));
      else if (word.endsWith('：')) this.words.set(word, colons.within(text, word, word.length - 1));
      else this.words.set(word, new Occurrences(text, word));
    }
  }

  /** The offsets of `word` (a trigger word) in [from, to) where the whole word fits, in order. */
  within(word: string, from: number, to: number): readonly number[] {
    const found = this.words.get(word);
    if (!found) return NONE;
    const k = found.firstIndex(from);
    let n = k;
    while (n < found.at.length && found.at[n] + word.length <= to) n++;
    return n === k ? NONE : found.at.slice(k, n);
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

function rangeDeadlines(index: DeadlineIndex, from: number, to: number): Span[] {
  const t = index.text;
  const spans: Span[] = [];
  for (const y of index.within('年', from, to)) {
    const d = dateAt(t, y, from, to);
    if (d) spans.push(d);
  }
  for (const w of NO_YEAR_DEADLINES) {
    for (const i of index.within(w, from, to)) {
      if (i === from || (!isDigit(t[i - 1]) && t[i - 1] !== '月')) spans.push({ start: i, end: i + w.length });
    }
  }
  for (const [w, max] of TARGET_WORDS) {
    for (const i of index.within(w, from, to)) {
      const end = clauseEnd(t, i + w.length, to, max);
      const rest = t.slice(i + w.length, end).replace(/^(?:到|至|于)?\d{4}年(?:底|末)?(?:前)?/, '');
      if (rest.length >= 2) spans.push({ start: i, end });
    }
  }
  for (const label of LIMIT_LABELS) {
    for (const i of index.within(label, from, to)) {
      const s = i + label.length;
      const end = clauseEnd(t, s, to, MAX_LIMIT);
      if (end > s) spans.push({ start: s, end });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
