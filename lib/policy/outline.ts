/** The document's outline: headings 一、 / （一） / 1. 1． 1、 / （1） with their levels, found at line starts and inline after a sentence end. */
import { CharClass, CN_DIGITS, codeAt } from './char-class';
import type { CleanText } from './clean-text';
import { firstAtOrAfter } from './sorted';

/** A heading in clean-text offsets. */
export interface OutlineHeading {
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）. */
  level: number;
  /** The label as written (display view), e.g. "二、", "(三)", "1．". */
  label: string;
  /** The label as an id part: "二", "（三）", "1", "（1）". */
  key: string;
  /** The title as written: the text after the label up to the first 。/；/line end (e.g. 加大东融铁路规划建设力度). */
  title: string;
  /** Outline path of keys joined by '.', e.g. "二.（一）.3". */
  path: string;
  start: number;
  /** End of the title (the heading's span is [start, end)). */
  end: number;
  titleStart: number;
  titleEnd: number;
  /** Index of the parent heading in the outline, or -1. */
  parent: number;
}

const [OPEN, CLOSE, ENUM_COMMA, NEWLINE] = Array.from('（）、\n', (c) => c.charCodeAt(0));
const CN_NUMERAL = new CharClass('一二三四五六七八九十百零〇');
/**
 * Where a heading may start: right after a line break, a sentence end or a closing bracket (a marker), before a number or an
 * opening bracket and a number. The lookahead keeps the many （ after a sentence end that open a note (。（责任单位：…）) from
 * ever reaching JS. The u flag changes no match (every character here is in the BMP) but V8 scans it 4-12% faster.
 */
const CANDIDATE = /[\n\r\u2028\u2029。！？）](?=（?[0-9一二三四五六七八九十])/gu;
/** The characters a heading label starts with. */
const LABEL_START = new CharClass('（0123456789一二三四五六七八九十');
/** A title ends at a sentence end or a line break. */
const TITLE_STOPS = new CharClass('。！？；\n');
/** A title is a whole first sentence; this cap only guards against text without any sentence end. */
const MAX_TITLE = 400;
/** A section heading (一、) inside a line has a short title without 、 (三、主要任务（一）…); longer ones are prose. */
const MAX_INLINE_SECTION_TITLE = 20;

interface Label {
  level: number;
  key: string;
  end: number;
}

const DIGITS = new CharClass('0123456789');
/** Characters that end a label after its number: 一、 / 1. / 1． (and, after a bracketed one, （一）、). */
const LABEL_TAILS = new CharClass('、．.');
const ITEM_POINTS = new CharClass('．.');
/** What a child label starts with: a bracket or a digit. */
const CHILD_LABEL_START = new CharClass('（0123456789');
/** Han characters that show a number in prose rather than a label (3年, 5个). */
const NOT_TITLE_HAN = new CharClass('年月日号倍个');
/** Other characters a line-start title may start with. */
const TITLE_QUOTES = new CharClass('“《"‘【');

function isDigit(t: string, i: number): boolean {
  return DIGITS.has(t, i);
}

/** The heading label starting at `p` (match view), if any. */
function matchLabel(t: string, p: number): Label | null {
  if (codeAt(t, p) === OPEN) {
    let k = p + 1;
    if (CN_DIGITS.has(t, k)) {
      while (k < p + 4 && CN_NUMERAL.has(t, k)) k++;
      if (codeAt(t, k) !== CLOSE) return null;
      return { level: 2, key: t.slice(p, k + 1), end: skipLabelTail(t, k + 1) };
    }
    if (isDigit(t, k)) {
      while (k < p + 4 && isDigit(t, k)) k++;
      if (codeAt(t, k) !== CLOSE) return null;
      return { level: 4, key: t.slice(p, k + 1), end: skipLabelTail(t, k + 1) };
    }
    return null;
  }
  if (CN_DIGITS.has(t, p)) {
    let k = p + 1;
    while (k < p + 4 && CN_NUMERAL.has(t, k)) k++;
    return codeAt(t, k) === ENUM_COMMA ? { level: 1, key: t.slice(p, k), end: k + 1 } : null;
  }
  if (isDigit(t, p)) {
    if (isDigit(t, p - 1) || ITEM_POINTS.has(t, p - 1)) return null;
    let k = p + 1;
    while (k < p + 3 && isDigit(t, k)) k++;
    if (!LABEL_TAILS.has(t, k) || isDigit(t, k + 1)) return null;
    return { level: 3, key: t.slice(p, k), end: k + 1 };
  }
  return null;
}

function skipLabelTail(t: string, k: number): number {
  return LABEL_TAILS.has(t, k) ? k + 1 : k;
}

/** Whether a title may start with the character at `at` (not a digit, unit or punctuation that shows the label was a number in prose). */
function plausibleTitleStart(t: string, at: number, inline: boolean): boolean {
  const c = codeAt(t, at);
  if (c >= 0x4e00 && c <= 0x9fff) return !NOT_TITLE_HAN.has(t, at);
  return !inline && TITLE_QUOTES.has(t, at);
}

/** End of the title starting at `from`, at most `lineEnd`; it stops at a sentence end, a line break, one of the sorted `stops` (markers) or (level ≤ 2) a child label. */
export function titleEnd(t: string, from: number, lineEnd: number, level: number, stops: readonly number[]): number {
  const limit = Math.min(lineEnd, from + MAX_TITLE, nextAtOrAfter(stops, from));
  let end = limit;
  for (let i = from; i < limit; i++) {
    if (TITLE_STOPS.has(t, i)) {
      end = i;
      break;
    }
    if (i > from && level <= 2) {
      const child = CHILD_LABEL_START.has(t, i) && matchLabel(t, i);
      if (child && child.level > level) {
        end = i;
        break;
      }
    }
  }
  return end;
}

/** The first of the sorted `values` at or after `at` (Infinity when none). */
function nextAtOrAfter(values: readonly number[], at: number): number {
  const k = firstAtOrAfter(values, at);
  return k < values.length ? values[k] : Infinity;
}

/** A span [start, end) of clean text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Append `h` to the outline `out`, with its parent from `stack` (the index of the last heading of each level, -1 for none).
 * `prefixes` holds each parent's path followed by '.', made at its first child: a parent's path holds Chinese, so joining it
 * with the ASCII '.' or a digit key mixes two string encodings, which V8 does slowly — once per parent rather than twice per child.
 */
function addHeading(out: OutlineHeading[], stack: number[], prefixes: string[], h: OutlineHeading): void {
  for (let l = h.level + 1; l < stack.length; l++) stack[l] = -1;
  let parent = -1;
  for (let l = h.level - 1; l >= 1 && parent < 0; l--) parent = stack[l];
  h.parent = parent;
  h.path = parent >= 0 ? (prefixes[parent] ??= `${out[parent].path}.`) + h.key : h.key;
  stack[h.level] = out.length;
  out.push(h);
}

/** The first offset at or after `from` where a heading may start (the text's start is a line start), or -1. */
function nextCandidate(t: string, from: number): number {
  if (from === 0 && LABEL_START.has(t, 0)) return 0;
  CANDIDATE.lastIndex = Math.max(0, from - 1);
  return CANDIDATE.test(t) ? CANDIDATE.lastIndex : -1; // the match is the character before the candidate (test makes no match array)
}

/** Find the outline of `clean`. No heading is looked for inside `skip` (markers, attachment lists; sorted by start) and titles stop where one starts. */
export function parseOutline(clean: CleanText, skip: readonly Span[] = []): OutlineHeading[] {
  const t = clean.text;
  const stops = skip.map((m) => m.start);
  const out: OutlineHeading[] = [];
  const stack = [-1, -1, -1, -1, -1];
  const prefixes: string[] = [];
  let m = 0;
  let next = 0;
  for (let p = nextCandidate(t, 0); p >= 0; p = nextCandidate(t, p + 1)) {
    if (p < next) continue;
    while (m < skip.length && skip[m].end <= p) m++;
    if (m < skip.length && skip[m].start <= p) continue;
    for (let h = headingAt(clean, p, stops); h; h = headingAt(clean, h.titleEnd, stops)) {
      addHeading(out, stack, prefixes, h);
      next = h.titleEnd;
      if (t.charCodeAt(h.titleStart - 1) === NEWLINE) break; // the title is on the line after the label's
    }
  }
  return out;
}

/** The heading whose label starts at `p`, if any: its title runs to the first stop (a line break at the latest), on the next line when the label ends its line. */
function headingAt(clean: CleanText, p: number, stops: readonly number[]): OutlineHeading | null {
  const t = clean.text;
  const label = matchLabel(t, p);
  if (!label) return null;
  const inline = p > 0 && t.charCodeAt(p - 1) !== NEWLINE;
  let from = label.end;
  if (from === t.length || t.charCodeAt(from) === NEWLINE) {
    if (inline || from + 1 >= t.length || matchLabel(t, from + 1)) return null;
    from++;
  }
  if (!plausibleTitleStart(t, from, inline)) return null;
  const end = titleEnd(t, from, t.length, label.level, stops);
  if (end - from < 2) return null;
  if (inline && label.level === 1 && (end - from > MAX_INLINE_SECTION_TITLE || t.slice(from, end).includes('、'))) return null;
  return {
    level: label.level,
    label: clean.display.slice(p, label.end),
    key: label.key,
    title: clean.display.slice(from, end),
    path: '',
    start: p,
    end,
    titleStart: from,
    titleEnd: end,
    parent: -1,
  };
}
