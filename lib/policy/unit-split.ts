/** Cutting a raw responsibility list into pieces: ，/；-groups, 、-separated units, bracketed text kept whole, labels, role words and 等 trimmed. */
import { CharClass } from './char-class';
import { endsLikeBody, GROUP_STARTS } from './unit-names';

/** A piece of the input [start, end) in ，/；-group `group`, and the unit name drawn from it. */
export interface Piece {
  start: number;
  end: number;
  group: number;
  name: string;
}

/** A bracket not closed within this many characters is taken as a stray character (keeps the scan linear). */
const MAX_BRACKET_SPAN = 40;
/** Text from these on is not part of the list (（负责部门：X；适用范围：Y）, "。排在首位的为牵头单位，下同"). */
const LIST_STOPS = ['适用范围', '。'];
/** Role words and 等 that may trail a unit (X牵头, A、B按职责分工负责, 南宁市人民政府等, 人民银行等部门). */
const TRAILING_WORDS = ['按职责分工负责', '按职责分工', '分别负责', '共同负责', '牵头负责', '具体负责', '负责落实', '负责', '牵头', '配合', '参与', '协助', '指导', '等部门', '等单位', '等'];
const LEADING_WORDS = ['以及', '及', '和', '由'];
/** First characters of LEADING_WORDS and last characters of TRAILING_WORDS: a piece not starting or ending with one is not looked at further. */
const LEADING_FIRST = new CharClass(LEADING_WORDS.map((w) => w[0]).join(''));
const TRAILING_LAST = new CharClass(TRAILING_WORDS.map((w) => w[w.length - 1]).join(''));
/** Blanks and stray marks trimmed off a piece. */
const NOISE = new CharClass(' \t\n\r\u3000\u00a0“”‘’"\'《》〈〉「」『』·•*#');
const SPACE = new CharClass(' \t\n\r\u3000\u00a0');
const OPEN_BRACKETS = new CharClass('（(〔[【［');
const CLOSE_BRACKETS = new CharClass('）)〕]】］');
/** Every character splitSpans acts on (brackets, separators, 会 of 会同, colons); the others are part of a name. */
const LIST_SYNTAX = new CharClass('（(〔[【［）)〕]】］、会，；,;：:');
/** Blanks and half-width round brackets, which cleanName removes or turns full-width. */
const NOT_IN_NAMES = /[ \t\n\r\u3000\u00a0()]/;

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

function listEnd(raw: string): number {
  let end = raw.length;
  for (const stop of LIST_STOPS) {
    const at = raw.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/** 1 for an opening bracket at s[i] (full- or half-width, 〔【[), -1 for a closing one, 0 otherwise. */
function bracket(s: string, i: number): number {
  return OPEN_BRACKETS.has(s, i) ? 1 : CLOSE_BRACKETS.has(s, i) ? -1 : 0;
}

/** Index of the bracket closing the one at `open`, within MAX_BRACKET_SPAN characters, or -1. */
function matchingClose(raw: string, open: number, end: number): number {
  let depth = 0;
  const limit = Math.min(end, open + MAX_BRACKET_SPAN);
  for (let j = open; j < limit; j++) {
    depth += bracket(raw, j);
    if (depth === 0) return j;
  }
  return -1;
}

/** Add the span [start, to) of `raw` to `spans` unless it is blank. */
function addSpan(spans: Piece[], raw: string, start: number, to: number, group: number): void {
  if (!isBlank(raw, start, to)) spans.push({ start, end: to, group, name: '' });
}

/** Cut the list at 、 / 会同 (same group) and ，/；(new group), skipping bracketed text and labels such as 牵头单位：. */
export function splitSpans(raw: string): Piece[] {
  const end = listEnd(raw);
  const spans: Piece[] = [];
  let group = 0;
  let start = 0;
  let i = 0;
  for (; i < end; i++) {
    if (!LIST_SYNTAX.has(raw, i)) continue;
    const c = raw[i];
    const b = bracket(raw, i);
    if (b > 0) {
      if (isBlank(raw, start, i)) start = i + 1; // a bracket wrapping the whole list
      else {
        const close = matchingClose(raw, i, end);
        if (close > 0) i = close;
      }
    } else if (b < 0) break; // closes a bracket opened before the list
    else if (c === '、' || (c === '会' && raw[i + 1] === '同' && endsLikeBody(raw[i - 1] ?? ''))) {
      addSpan(spans, raw, start, i, group);
      if (c === '会') i++;
      start = i + 1;
    } else if (c === '，' || c === '；' || c === ',' || c === ';') {
      addSpan(spans, raw, start, i, group);
      group++;
      start = i + 1;
    } else if (c === '：' || c === ':') start = i + 1;
  }
  addSpan(spans, raw, start, Math.min(i, end), group);
  return joinLevelGroups(raw, spans);
}

/** The text of a span as its name is matched: trimmed like a piece, without blanks, with full-width brackets. */
function spanText(raw: string, span: Piece): string {
  const trimmed = { ...span };
  trimPiece(raw, trimmed);
  return compactName(raw.slice(trimmed.start, trimmed.end));
}

/** Characters a span opening a group of levels may start with: 各, a leading word (和各市…) or noise. */
const LEVELS_OPENING = new CharClass(`各${LEADING_WORDS.map((w) => w[0]).join('')} \t\n\r\u3000\u00a0“”‘’"'《》〈〉「」『』·•*#`);

/**
 * The run of spans [k, end) opened by spans[k] as a group of levels (各市、县（市、区）人民政府: 各市 opens it, 县（市、区）人民政府 closes it),
 * and whether a body closes it; null when spans[k] opens none.
 */
function levelRun(raw: string, spans: readonly Piece[], k: number): { end: number; closed: boolean } | null {
  const first = spans[k];
  if (!LEVELS_OPENING.has(raw, first.start)) return null;
  const head = spanText(raw, first);
  if (!head.startsWith('各') || !LEVEL_ITEM.test(head)) return null;
  let j = k + 1;
  while (j < spans.length && spans[j].group === first.group && LEVEL_ITEM.test(spanText(raw, spans[j]))) j++;
  if (j < spans.length && spans[j].group === first.group) {
    const tail = spanText(raw, spans[j]);
    if (LEVEL_TAIL.test(tail) && endsLikeBody(tail)) return { end: j + 1, closed: true };
  }
  return { end: j, closed: false };
}

/** Join the 、-spans of one generic group of levels into one span: 各市、县（市、区）人民政府 is one unit, not 各市 and 县（市、区）人民政府. */
function joinLevelGroups(raw: string, spans: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < spans.length; ) {
    const run = levelRun(raw, spans, k);
    if (!run) out.push(spans[k++]);
    else if (run.closed) {
      out.push({ ...spans[k], end: spans[run.end - 1].end });
      k = run.end;
    } else while (k < run.end) out.push(spans[k++]); // not looked at again from inside the run: the scan stays linear
  }
  return out;
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
      if (end - start > w.length && raw.endsWith(w, end)) {
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

/** Split "钦州等有关设区市人民政府" / "商务部等有关部门" at 等: the piece keeps the named unit, the generic group is returned. */
export function splitAtEtc(raw: string, piece: Piece): Piece | null {
  for (let k = raw.indexOf('等', piece.start + 1); k >= 0 && k < piece.end; k = raw.indexOf('等', k + 1)) {
    let after = k + 1;
    while (after < piece.end && (raw[after] === '和' || raw[after] === '及' || SPACE.has(raw, after))) after++;
    if (after < piece.end && startsGroup(raw, after)) {
      const rest = { start: after, end: piece.end, group: piece.group, name: '' };
      piece.end = k;
      return rest;
    }
  }
  return null;
}

/** `text` without blanks and line breaks, with full-width round brackets. */
function compactName(text: string): string {
  return NOT_IN_NAMES.test(text) ? text.replace(/[ \t\n\r\u3000\u00a0]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : text;
}

/** Name of a unit from its raw text: no spaces or line breaks, full-width round brackets, no trailing sub-office. */
export function cleanName(text: string): string {
  const name = compactName(text);
  if (!name.endsWith('）')) return name;
  const open = name.lastIndexOf('（');
  const head = name.slice(0, open);
  return open > 0 && endsLikeBody(head) ? head : name;
}
