/** Responsible-unit lists (责任单位): split a raw list into units, complete shared prefixes and suffixes, canonicalize names. */
import { CharClass } from './char-class';
import { lookupAlias } from './unit-aliases';
import { endsLikeBody, GROUP_STARTS, isDepartment, isGroupName, isRegionalBodyType, isRegionalName, namePrefix, withPrefix } from './unit-names';

/** One unit parsed from a raw list; rawStart/rawEnd locate `raw` inside the input string. */
export interface ParsedUnit {
  /** Normalized name as written, completed (自治区发展改革委 for "发展改革委"), without a trailing sub-office (铁建办). */
  name: string;
  /**
   * The unit's own text, always input.slice(rawStart, rawEnd): it may hold line breaks, spaces and a parenthesized sub-office,
   * and for a unit completed from its neighbours it is only the unit's own words ("北海市" for 北海市人民政府, "商务厅" for 自治区商务厅).
   */
  raw: string;
  kind: 'body' | 'group';
  rawStart: number;
  rawEnd: number;
  /** Index of the ，/；-separated group the unit came from, 0-based and consecutive. */
  group: number;
  /** canonicalUnit(name): the name after 2018-reform renames and same-body variants. */
  canonical: string;
}

/** Options: the document's region prefix used to complete bare names (e.g. '自治区' in a Guangxi regional doc, null if unknown). */
export interface UnitListOptions {
  regionPrefix: string | null;
}

/** A bracket not closed within this many characters is taken as a stray character (keeps the scan linear). */
const MAX_BRACKET_SPAN = 40;
/** A piece of the list longer than this is prose, not a unit name (the longest real names have about 25 characters). */
const MAX_UNIT_SPAN = 120;
/** Text from these on is not part of the list (（负责部门：X；适用范围：Y）, "。排在首位的为牵头单位，下同"). */
const LIST_STOPS = ['适用范围', '。'];
/** Role words and 等 that may trail a unit (X牵头, A、B按职责分工负责, 南宁市人民政府等). */
const TRAILING_WORDS = ['按职责分工负责', '按职责分工', '分别负责', '共同负责', '牵头负责', '具体负责', '负责落实', '负责', '牵头', '配合', '参与', '协助', '指导', '等'];
const LEADING_WORDS = ['以及', '及', '和', '由'];
/** First characters of LEADING_WORDS and last characters of TRAILING_WORDS: a piece not starting or ending with one is not looked at further. */
const LEADING_FIRST = new CharClass(LEADING_WORDS.map((w) => w[0]).join(''));
const TRAILING_LAST = new CharClass(TRAILING_WORDS.map((w) => w[w.length - 1]).join(''));
/** Blanks and stray marks trimmed off a piece. */
const NOISE = new CharClass(' \t\n\r\u3000\u00a0“”‘’"\'《》〈〉「」『』·•*#');
/** Suffixes shared by a list of places (北海市、钦州市人民政府; 南宁、崇左片区管理机构). */
const SHARED_SUFFIXES = ['片区管理机构', '管理委员会', '管委会', '管理机构', '人民政府', '政府'];

/** A piece of the input [start, end) in ，/；-group `group`, and the unit name drawn from it. */
interface Draft {
  start: number;
  end: number;
  group: number;
  name: string;
  /** isGroupName(name), kept up to date when the name is completed. */
  isGroup: boolean;
}

const SPACE = new CharClass(' \t\n\r\u3000\u00a0');
const OPEN_BRACKETS = new CharClass('（(〔[【［');
const CLOSE_BRACKETS = new CharClass('）)〕]】］');

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

/** Cut the list at 、 / 会同 (same group) and ，/；(new group), skipping bracketed text and labels such as 牵头单位：. */
function splitSpans(raw: string): Draft[] {
  const end = listEnd(raw);
  const spans: Draft[] = [];
  let group = 0;
  let start = 0;
  const cut = (to: number) => {
    if (!isBlank(raw, start, to)) spans.push({ start, end: to, group, name: '', isGroup: false });
  };
  let i = 0;
  for (; i < end; i++) {
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
      cut(i);
      if (c === '会') i++;
      start = i + 1;
    } else if (c === '，' || c === '；' || c === ',' || c === ';') {
      cut(i);
      group++;
      start = i + 1;
    } else if (c === '：' || c === ':') start = i + 1;
  }
  cut(Math.min(i, end));
  return spans;
}

/** Shrink the piece past spaces, stray marks, leading 和/及/由 and trailing role words or 等 (in place). */
function trimPiece(raw: string, piece: Draft): void {
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
function splitAtEtc(raw: string, piece: Draft): Draft | null {
  for (let k = raw.indexOf('等', piece.start + 1); k >= 0 && k < piece.end; k = raw.indexOf('等', k + 1)) {
    let after = k + 1;
    while (after < piece.end && (raw[after] === '和' || raw[after] === '及' || SPACE.has(raw, after))) after++;
    if (after < piece.end && startsGroup(raw, after)) {
      const rest = { start: after, end: piece.end, group: piece.group, name: '', isGroup: false };
      piece.end = k;
      return rest;
    }
  }
  return null;
}

/** Blanks and half-width round brackets, which cleanName removes or turns full-width. */
const NOT_IN_NAMES = /[ \t\n\r\u3000\u00a0()]/;

/** Name of a unit from its raw text: no spaces or line breaks, full-width round brackets, no trailing sub-office. */
function cleanName(text: string): string {
  const name = NOT_IN_NAMES.test(text) ? text.replace(/[ \t\n\r\u3000\u00a0]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : text;
  if (!name.endsWith('）')) return name;
  const open = name.lastIndexOf('（');
  const head = name.slice(0, open);
  return open > 0 && endsLikeBody(head) ? head : name;
}

/** Give a unit its name (as cleaned, or completed from its neighbours). */
function setName(u: Draft, name: string): void {
  u.name = name;
  u.isGroup = isGroupName(name);
}

/** A place waiting for a shared suffix (北海市, 钦州港, 南宁): no body ending, short, not a group. */
function isBarePlace(u: Draft): boolean {
  return u.name.length <= 8 && !endsLikeBody(u.name) && !u.isGroup && namePrefix(u.name).kind !== 'inheritable';
}

/** Give each bare place before a complete unit that unit's suffix: 北海市、钦州市人民政府 → 北海市人民政府. */
function distributeSuffixes(units: Draft[]): void {
  let run: Draft[] = [];
  for (const u of units) {
    if (isBarePlace(u)) {
      run.push(u);
      continue;
    }
    if (run.length === 0) continue;
    let at = -1;
    for (const s of SHARED_SUFFIXES) {
      const i = u.name.indexOf(s);
      if (i > 0 && (at < 0 || i < at)) at = i;
    }
    if (at > 0) {
      const level = u.name[at - 1];
      for (const r of run) {
        const addLevel = (level === '市' || level === '县') && !'市县区'.includes(r.name[r.name.length - 1]);
        setName(r, r.name + (addLevel ? level : '') + u.name.slice(at));
      }
    }
    run = [];
  }
}

/** Complete bare department names: from the last prefixed unit of the group, else with the document's region prefix. */
function inheritPrefixes(units: Draft[], regionPrefix: string | null): void {
  let current: string | null = null;
  for (const u of units) {
    if (u.isGroup) continue;
    const p = namePrefix(u.name);
    if (p.kind !== 'none') current = p.kind === 'inheritable' ? p.prefix : null;
    else if (!isDepartment(u.name)) continue;
    else if (current) setName(u, withPrefix(current, u.name));
    else if (regionPrefix && isRegionalBodyType(u.name)) setName(u, regionPrefix + u.name);
  }
}

/** Split a raw responsibility list (the text after 责任单位： etc., without the marker words) into normalized units, in order. */
export function parseUnitList(raw: string, opts: UnitListOptions): ParsedUnit[] {
  if (typeof raw !== 'string' || raw.length === 0) return [];
  const drafts: Draft[] = [];
  for (const span of splitSpans(raw)) {
    if (span.end - span.start > MAX_UNIT_SPAN) continue;
    const rest = splitAtEtc(raw, span);
    for (const piece of rest ? [span, rest] : [span]) {
      trimPiece(raw, piece);
      setName(piece, cleanName(raw.slice(piece.start, piece.end)));
      if (piece.name) drafts.push(piece);
    }
  }
  const groups: Draft[][] = [];
  for (const d of drafts) {
    const last = groups[groups.length - 1];
    if (last && last[0].group === d.group) last.push(d);
    else groups.push([d]);
  }
  const regionPrefix = opts?.regionPrefix ?? null;
  const out: ParsedUnit[] = [];
  groups.forEach((units, index) => {
    distributeSuffixes(units);
    inheritPrefixes(units, regionPrefix);
    for (const u of units) {
      const kind = u.isGroup ? 'group' : 'body';
      out.push({ name: u.name, raw: raw.slice(u.start, u.end), kind, rawStart: u.start, rawEnd: u.end, group: index, canonical: canonicalUnit(u.name) });
    }
  });
  return out;
}

/** Canonical name of a unit (alias table: 2018 reform renames and same-body variants); returns the input when no alias applies. */
export function canonicalUnit(name: string): string {
  return lookupAlias(name) ?? name;
}

/** Whether a unit is a regional-level (自治区/区直) body, used by the "排名第一的区直单位为牵头单位" rule. */
export function isRegionalUnit(name: string): boolean {
  return typeof name === 'string' && isRegionalName(name);
}

/** Signs, in a document's head, of the level of the government that issued it (自治区 before the 区 it contains). */
const ISSUER_SIGNS: [string, string[]][] = [
  ['自治区', ['自治区人民政府关于', '自治区人民政府办公厅', '自治区人民政府文件', '自治区党委办公厅', '桂政发〔', '桂政办发〔', '桂发〔', '桂办发〔']],
  ['省', ['省人民政府关于', '省人民政府办公厅', '省人民政府文件', '省委办公厅']],
  ['市', ['市人民政府关于', '市人民政府办公室关于', '市人民政府办公厅关于', '市人民政府文件']],
  ['县', ['县人民政府关于', '县人民政府办公室关于', '县人民政府文件']],
  ['区', ['区人民政府关于', '区人民政府办公室关于', '区人民政府文件']],
];
const HEAD_LENGTH = 3000;

/** Guess the region prefix of a document from its text ('自治区' for Guangxi regional docs…). */
export function detectRegionPrefix(text: string): string | null {
  if (typeof text !== 'string') return null;
  const head = text.slice(0, HEAD_LENGTH).replace(/[ \t\n\r\u3000\u00a0]+/g, '');
  for (const [prefix, signs] of ISSUER_SIGNS) {
    if (signs.some((s) => hasUnquoted(head, s))) return prefix;
  }
  return null;
}

/** Whether `sign` occurs in `text` outside 《…》 (a cited title such as 《湖北省人民政府关于…的请示》 says nothing of the issuer). */
function hasUnquoted(text: string, sign: string): boolean {
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
    if (text.lastIndexOf('《', at) <= text.lastIndexOf('》', at)) return true;
  }
  return false;
}
