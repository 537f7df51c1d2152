/** Cutting a raw responsibility list into pieces: ，/；-groups, 、-separated units, bracketed text kept whole, labels, role words and 等 trimmed. */
import { CharClass, codeAt } from './char-class';
import { endsLikeBody, GROUP_STARTS } from './unit-names';

/** A piece [start, end) of a span's text, shrunk to the unit it names. */
export interface Piece {
  start: number;
  end: number;
}

/** A bracket not closed within this many characters is taken as a stray character (keeps the scan linear). */
const MAX_BRACKET_SPAN = 40;
/** Text from 。 or this word on is not part of the list (（负责部门：X；适用范围：Y）, "。排在首位的为牵头单位，下同"). */
const SCOPE_WORD = '适用范围';
/** Role words and 等 that may trail a unit (X牵头, A、B按职责分工负责, 南宁市人民政府等, 人民银行等部门). */
const TRAILING_WORDS = ['按职责分工负责', '按职责分工', '分别负责', '共同负责', '牵头负责', '具体负责', '负责落实', '负责', '牵头', '配合', '参与', '协助', '指导', '等部门', '等单位', '等'];
const LEADING_WORDS = ['以及', '及', '和', '由'];
/** First characters of LEADING_WORDS and last characters of TRAILING_WORDS: a piece not starting or ending with one is not looked at further. */
const LEADING_FIRST = new CharClass(LEADING_WORDS.map((w) => w[0]).join(''));
const TRAILING_LAST = new CharClass(TRAILING_WORDS.map((w) => w[w.length - 1]).join(''));
/** Blanks and stray marks trimmed off a piece. */
const NOISE = new CharClass(' \t\n\r\u3000\u00a0“”‘’"\'《》〈〉「」『』·•*#');
const SPACE = new CharClass(' \t\n\r\u3000\u00a0');
/** Blanks and half-width round brackets, which cleanName removes or turns full-width. */
const NOT_IN_NAMES = new CharClass(' \t\n\r\u3000\u00a0()');

/** Administrative levels listed inside one generic group (各市、县（市、区）人民政府, 各省、自治区、直辖市人民政府), longest first. */
const LEVELS = '自治区|直辖市|设区市|计划单列市|自治州|自治县|乡镇|街道|省|市|县|区|旗|乡|镇';
/** A level, maybe with its own bracketed levels (县（市、区）); with 各 it opens a group of levels, without it continues one. */
const LEVEL_ITEM = new RegExp(`^各?(?:${LEVELS})(?:（[^（）]{1,12}）)?$`);
/** The last item of a group of levels: a level followed by the bodies (县（市、区）人民政府, 县党委和人民政府). */
const LEVEL_TAIL = new RegExp(`^(?:${LEVELS})(?:（[^（）]{1,12}）)?[^（）]`);

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!SPACE.has(s, i)) return false;
  return true;
}

/** What splitSpans does at a character (0: nothing, it is part of a name). */
const OPEN = 1;
const CLOSE = 2;
/** 、 */
const UNIT_SEPARATOR = 3;
/** 会 of 会同 */
const WITH = 4;
/** ，；,; */
const GROUP_SEPARATOR = 5;
const COLON = 6;
/** 。, which ends the list */
const FULL_STOP = 7;
/** 适 of 适用范围, which ends the list */
const SCOPE = 8;
/** The action of each character code. */
const ACTIONS = new Uint8Array(0x10000);
for (const [chars, action] of [['（(〔[【［', OPEN], ['）)〕]】］', CLOSE], ['、', UNIT_SEPARATOR], ['会', WITH], ['，；,;', GROUP_SEPARATOR], ['：:', COLON], ['。', FULL_STOP], ['适', SCOPE]] as const) {
  for (const c of chars) ACTIONS[c.charCodeAt(0)] = action;
}
const TONG = '同'.charCodeAt(0);

/** Whether the list [, to) ends at raw[i], whose action is `action` (。 or 适用范围). */
function isStop(raw: string, i: number, to: number, action: number): boolean {
  return action === FULL_STOP || (action === SCOPE && i + SCOPE_WORD.length <= to && raw.startsWith(SCOPE_WORD, i));
}

/** Index of the bracket closing the one at `open`, within MAX_BRACKET_SPAN characters and before the end of the list [, to), or -1. */
function matchingClose(raw: string, open: number, to: number): number {
  let depth = 0;
  const limit = Math.min(to, open + MAX_BRACKET_SPAN);
  for (let j = open; j < limit; j++) {
    const action = ACTIONS[raw.charCodeAt(j)];
    if (action === OPEN) depth++;
    else if (action === CLOSE) depth--;
    else if (action >= FULL_STOP && isStop(raw, j, to, action)) return -1;
    if (depth === 0) return j;
  }
  return -1;
}

/** Spans of a list in parallel arrays (one per span, in order): bounds in the list and ，/；-group number; reused from list to list. */
export interface SpanList {
  starts: number[];
  ends: number[];
  groups: number[];
  length: number;
  /** Whether a span may open a group of levels, or is longer than a unit name: the list then needs a second look. */
  unusual: boolean;
}

/** An empty span list. */
export function newSpanList(): SpanList {
  return { starts: [], ends: [], groups: [], length: 0, unusual: false };
}

/** Append the span [start, end) of group `group` to `out`. */
function pushSpan(out: SpanList, start: number, end: number, group: number): void {
  const n = out.length++;
  out.starts[n] = start;
  out.ends[n] = end;
  out.groups[n] = group;
}

/** Add the span [start, to) of `raw` to `out` unless it is blank. */
function addSpan(out: SpanList, raw: string, start: number, to: number, group: number, maxSpan: number): void {
  if (isBlank(raw, start, to)) return;
  pushSpan(out, start, to, group);
  if (to - start > maxSpan || mayOpenLevels(raw, start, to)) out.unusual = true;
}

/**
 * Cut the list raw[from, to) into `out` at 、 / 会同 (same group) and ，/；(new group), skipping bracketed text and labels such as
 * 牵头单位：; the 、-spans of a generic group of levels are joined and spans longer than `maxSpan` (prose) left out.
 */
export function splitSpans(raw: string, from: number, to: number, maxSpan: number, out: SpanList): void {
  out.length = 0;
  out.unusual = false;
  let group = 0;
  let start = from;
  let i = from;
  for (; i < to; i++) {
    const action = ACTIONS[raw.charCodeAt(i)];
    if (action === 0) continue;
    if (action === OPEN) {
      if (isBlank(raw, start, i)) start = i + 1; // a bracket wrapping the whole list
      else {
        const close = matchingClose(raw, i, to);
        if (close > 0) i = close;
      }
    } else if (action === CLOSE) break; // closes a bracket opened before the list
    else if (action === UNIT_SEPARATOR || (action === WITH && i + 1 < to && raw.charCodeAt(i + 1) === TONG && i > from && endsLikeBody(raw[i - 1]))) {
      addSpan(out, raw, start, i, group, maxSpan);
      if (action === WITH) i++;
      start = i + 1;
    } else if (action === GROUP_SEPARATOR) {
      addSpan(out, raw, start, i, group, maxSpan);
      group++;
      start = i + 1;
    } else if (action === COLON) start = i + 1;
    else if (isStop(raw, i, to, action)) break;
  }
  addSpan(out, raw, start, i, group, maxSpan);
  if (out.unusual) joinLevelGroups(raw, maxSpan, out);
}

/** The text of the span raw[start, end) as its name is matched: trimmed like a piece, without blanks, with full-width brackets. */
function spanText(raw: string, start: number, end: number): string {
  const text = raw.slice(start, end);
  const trimmed = { start: 0, end: text.length };
  trimPiece(text, trimmed);
  return compactName(text.slice(trimmed.start, trimmed.end));
}

/** Characters a span opening a group of levels may start with: 各, a leading word (和各市…) or noise. */
const LEVELS_OPENING = new CharClass(`各${LEADING_WORDS.map((w) => w[0]).join('')} \t\n\r\u3000\u00a0“”‘’"'《》〈〉「」『』·•*#`);
/** First characters of the levels: the character after the 各 opening a group of levels. */
const LEVEL_FIRST = new CharClass(LEVELS.split('|').map((l) => l[0]).join(''));

const GE = '各'.charCodeAt(0);

/** Whether the span [start, end) may open a group of levels: its first 各 is followed (past blanks) by a level's first character. */
function mayOpenLevels(raw: string, start: number, end: number): boolean {
  if (!LEVELS_OPENING.has(raw, start)) return false;
  let at = start;
  while (at < end && raw.charCodeAt(at) !== GE) at++;
  const next = SPACE.indexNotIn(raw, at + 1, end);
  return at < end && next >= 0 && LEVEL_FIRST.has(raw, next);
}

/**
 * The end of the run of spans [k, end) opened by span k as a group of levels (各市、县（市、区）人民政府: 各市 opens it,
 * 县（市、区）人民政府 closes it), as its index past the run, negated when no body closes it; 0 when span k opens none.
 */
function levelRun(raw: string, spans: SpanList, n: number, k: number): number {
  const { starts, ends, groups } = spans;
  if (!mayOpenLevels(raw, starts[k], ends[k])) return 0;
  const head = spanText(raw, starts[k], ends[k]);
  if (!head.startsWith('各') || !LEVEL_ITEM.test(head)) return 0;
  let j = k + 1;
  while (j < n && groups[j] === groups[k] && LEVEL_ITEM.test(spanText(raw, starts[j], ends[j]))) j++;
  if (j < n && groups[j] === groups[k]) {
    const tail = spanText(raw, starts[j], ends[j]);
    if (LEVEL_TAIL.test(tail) && endsLikeBody(tail)) return j + 1;
  }
  return -j;
}

/** Keep the span [start, end) of `group` unless it is longer than `maxSpan` (written at spans.length, never past the span being read). */
function keepSpan(spans: SpanList, maxSpan: number, start: number, end: number, group: number): void {
  if (end - start <= maxSpan) pushSpan(spans, start, end, group);
}

/**
 * Join the 、-spans of one generic group of levels into one span (各市、县（市、区）人民政府 is one unit, not 各市 and
 * 县（市、区）人民政府) and leave out spans longer than `maxSpan`, in place.
 */
function joinLevelGroups(raw: string, maxSpan: number, spans: SpanList): void {
  const { starts, ends, groups } = spans;
  const n = spans.length;
  spans.length = 0;
  for (let k = 0; k < n; ) {
    const run = levelRun(raw, spans, n, k);
    if (run === 0) {
      keepSpan(spans, maxSpan, starts[k], ends[k], groups[k]);
      k++;
    } else if (run > 0) {
      keepSpan(spans, maxSpan, starts[k], ends[run - 1], groups[k]);
      k = run;
    } else for (const to = -run; k < to; k++) keepSpan(spans, maxSpan, starts[k], ends[k], groups[k]); // not looked at again from inside the run: the scan stays linear
  }
}

/** Shrink the piece past spaces, stray marks, leading 和/及/由 and trailing role words or 等 (in place). */
export function trimPiece(raw: string, piece: Piece): void {
  let { start, end } = piece;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    while (start < end && NOISE.has(raw, start)) {
      start++;
      changed = true;
    }
    while (end > start && NOISE.has(raw, end - 1)) {
      end--;
      changed = true;
    }
    if (LEADING_FIRST.has(raw, start)) for (const w of LEADING_WORDS) {
      if (end - start > w.length + 1 && raw.startsWith(w, start) && (w === '由' || startsGroup(raw, start + w.length))) {
        start += w.length;
        changed = true;
      }
    }
    if (TRAILING_LAST.has(raw, end - 1)) for (const w of TRAILING_WORDS) {
      if (end - start > w.length && raw.startsWith(w, end - w.length)) {
        end -= w.length;
        changed = true;
        break;
      }
    }
  }
  piece.start = start;
  piece.end = end;
}

function startsGroup(raw: string, at: number): boolean {
  return GROUP_STARTS.some((g) => raw.startsWith(g, at));
}

const HE = '和'.charCodeAt(0);
const JI = '及'.charCodeAt(0);

/** Split "钦州等有关设区市人民政府" / "商务部等有关部门" at 等: the piece keeps the named unit, the generic group is returned. */
export function splitAtEtc(raw: string, piece: Piece): Piece | null {
  for (let k = raw.indexOf('等', piece.start + 1); k >= 0 && k < piece.end; k = raw.indexOf('等', k + 1)) {
    let after = k + 1;
    while (after < piece.end && (raw.charCodeAt(after) === HE || raw.charCodeAt(after) === JI || SPACE.has(raw, after))) after++;
    if (after < piece.end && startsGroup(raw, after)) {
      const rest = { start: after, end: piece.end };
      piece.end = k;
      return rest;
    }
  }
  return null;
}

/** `text` without blanks and line breaks, with full-width round brackets. */
function compactName(text: string): string {
  return NOT_IN_NAMES.indexIn(text, 0, text.length) >= 0 ? text.replace(/[ \t\n\r\u3000\u00a0]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : text;
}

const CLOSE_PAREN = '）'.charCodeAt(0);

/** Name of a unit from its raw text: no spaces or line breaks, full-width round brackets, no trailing sub-office. */
export function cleanName(text: string): string {
  const name = compactName(text);
  if (codeAt(name, name.length - 1) !== CLOSE_PAREN) return name;
  const open = name.lastIndexOf('（');
  const head = name.slice(0, open);
  return open > 0 && endsLikeBody(head) ? head : name;
}
