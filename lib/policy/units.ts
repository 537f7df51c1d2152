/** Responsible-unit lists (责任单位): units of a raw list (cut by unit-split.ts), completed with shared prefixes and suffixes, canonicalized. */
import { factsOf, inherited, type NameFacts, type NameMemo, newMemo, spanEntry } from './unit-memo';
import { endsLikeBody, isDepartment, isRegionalBodyType, isRegionalName } from './unit-names';
import { type Piece, splitSpans } from './unit-split';

/** Canonical name of a unit (alias table: 2018 reform renames and same-body variants); returns the input when no alias applies. */
export { canonicalUnit } from './unit-aliases';

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

/** Units of ，/；-groups already parsed in one document, by the group's text (plans repeat the same groups many times). */
export interface UnitGroupCache {
  /** The region prefix the groups were completed with: the cache is used only with the same prefix. */
  regionPrefix: string | null;
  groups: Map<string, CachedGroup>;
  /** Names and facts found so far (made on first use). */
  memo?: NameMemo;
}

/** A parsed group: where its pieces were cut and its units, with offsets relative to the group's start. */
interface CachedGroup {
  bounds: number[];
  units: GroupUnit[];
}

/** A unit of a ，/；-group, with offsets relative to the group's start. */
export interface GroupUnit {
  name: string;
  kind: 'body' | 'group';
  canonical: string;
  start: number;
  end: number;
}

/** Options: the document's region prefix used to complete bare names (e.g. '自治区' in a Guangxi regional doc, null if unknown), and a per-document cache. */
export interface UnitListOptions {
  regionPrefix: string | null;
  cache?: UnitGroupCache;
}

/** A piece of the list longer than this is prose, not a unit name (the longest real names have about 25 characters). */
const MAX_UNIT_SPAN = 120;
/** Suffixes shared by a list of places (北海市、钦州市人民政府; 南宁、崇左片区管理机构). */
const SHARED_SUFFIXES = ['片区管理机构', '管理委员会', '管委会', '管理机构', '人民政府', '政府'];

/** Give unit k its name (as cleaned, or completed from its neighbours) and that name's facts. */
function setName(units: Piece[], facts: NameFacts[], k: number, name: string, names: Map<string, NameFacts>): void {
  const f = factsOf(name, names);
  units[k].name = name;
  facts[k] = f;
}

/** A place waiting for a shared suffix (北海市, 钦州港, 南宁): no body ending, short, not a group. */
function isBarePlace(name: string, f: NameFacts): boolean {
  return name.length <= 8 && !endsLikeBody(name) && !f.isGroup && f.prefix.kind !== 'inheritable';
}

/** Give each bare place before a complete unit that unit's suffix: 北海市、钦州市人民政府 → 北海市人民政府. */
function distributeSuffixes(units: Piece[], facts: NameFacts[], names: Map<string, NameFacts>): void {
  let runStart = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (isBarePlace(u.name, facts[k])) continue;
    const run = runStart;
    runStart = k + 1;
    if (run === k) continue;
    let at = -1;
    for (const s of SHARED_SUFFIXES) {
      const i = u.name.indexOf(s);
      if (i > 0 && (at < 0 || i < at)) at = i;
    }
    if (at > 0) {
      const level = u.name[at - 1];
      for (let r = run; r < k; r++) {
        const bare = units[r].name;
        const addLevel = (level === '市' || level === '县') && !'市县区'.includes(bare[bare.length - 1]);
        setName(units, facts, r, bare + (addLevel ? level : '') + u.name.slice(at), names);
      }
    }
  }
}

/** Complete bare department names: from the last prefixed unit of the group, else with the document's region prefix. */
function inheritPrefixes(units: Piece[], facts: NameFacts[], regionPrefix: string | null, names: Map<string, NameFacts>): void {
  let current: string | null = null;
  for (let k = 0; k < units.length; k++) {
    const f = facts[k];
    if (f.isGroup) continue;
    const p = f.prefix;
    if (p.kind !== 'none') current = p.kind === 'inheritable' ? p.prefix : null;
    else if (!(f.department ??= isDepartment(units[k].name))) continue;
    else if (current) setName(units, facts, k, inherited(units[k].name, f, current), names);
    else if (regionPrefix && isRegionalBodyType(units[k].name)) setName(units, facts, k, regionPrefix + units[k].name, names);
  }
}

/** Units of the spans [i, j) of one ，/；-group, completed from one another (offsets in `raw`). */
function parseGroup(raw: string, spans: readonly Piece[], i: number, j: number, regionPrefix: string | null, memo: NameMemo): GroupUnit[] {
  const units: Piece[] = [];
  const facts: NameFacts[] = [];
  for (let k = i; k < j; k++) {
    const span = spans[k];
    for (const n of spanEntry(raw.slice(span.start, span.end), memo).units) {
      units.push({ start: span.start + n.start, end: span.start + n.end, group: span.group, name: n.name });
      facts.push(n.facts);
    }
  }
  distributeSuffixes(units, facts, memo.names);
  inheritPrefixes(units, facts, regionPrefix, memo.names);
  const from = spans[i].start;
  const out: GroupUnit[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    out.push({ name: u.name, kind: facts[k].isGroup ? 'group' : 'body', canonical: facts[k].canonical, start: u.start - from, end: u.end - from });
  }
  return out;
}

/** Whether the spans [i, j) are cut where `bounds` says, relative to spans[i].start. */
function sameBounds(spans: readonly Piece[], i: number, j: number, bounds: readonly number[]): boolean {
  if (bounds.length !== 2 * (j - i)) return false;
  const from = spans[i].start;
  for (let k = i; k < j; k++) if (spans[k].start - from !== bounds[2 * (k - i)] || spans[k].end - from !== bounds[2 * (k - i) + 1]) return false;
  return true;
}

/** The units of the ，/；-group made of spans [i, j) (offsets relative to spans[i].start), from the cache when the same group of several spans was parsed before. */
function groupUnits(
  raw: string,
  spans: readonly Piece[],
  i: number,
  j: number,
  regionPrefix: string | null,
  cache: Map<string, CachedGroup> | null,
  memo: NameMemo,
): GroupUnit[] {
  if (j - i === 1) {
    // A group of one span: its units depend only on the span's text and the region prefix, kept with the span's memo entry.
    const entry = spanEntry(raw.slice(spans[i].start, spans[i].end), memo);
    if (entry.alone?.regionPrefix !== regionPrefix) entry.alone = { regionPrefix, units: parseGroup(raw, spans, i, j, regionPrefix, memo) };
    return entry.alone.units;
  }
  const from = spans[i].start;
  const key = cache ? raw.slice(from, spans[j - 1].end) : '';
  const cached = cache?.get(key);
  if (cached && sameBounds(spans, i, j, cached.bounds)) return cached.units;
  const bounds: number[] = [];
  for (let k = i; k < j; k++) bounds.push(spans[k].start - from, spans[k].end - from);
  const units = parseGroup(raw, spans, i, j, regionPrefix, memo);
  cache?.set(key, { bounds, units });
  return units;
}

/** A raw list's units by ，/；-group (groups without units left out): where each group starts in the list, and its units. */
export interface ListGroups {
  starts: number[];
  units: (readonly GroupUnit[])[];
}

/** The units of a raw list by group, as parseUnitList gives them one by one (the groups' unit arrays are shared with the cache: read only). */
export function unitGroups(raw: string, opts: UnitListOptions): ListGroups {
  const out: ListGroups = { starts: [], units: [] };
  if (typeof raw !== 'string' || raw.length === 0) return out;
  const regionPrefix = opts?.regionPrefix ?? null;
  const cache = opts?.cache && opts.cache.regionPrefix === regionPrefix ? opts.cache.groups : null;
  const memo = opts?.cache ? (opts.cache.memo ??= newMemo()) : newMemo();
  const spans = splitSpans(raw).filter((span) => span.end - span.start <= MAX_UNIT_SPAN);
  for (let i = 0; i < spans.length; ) {
    let j = i + 1;
    while (j < spans.length && spans[j].group === spans[i].group) j++;
    const units = groupUnits(raw, spans, i, j, regionPrefix, cache, memo);
    if (units.length > 0) {
      out.starts.push(spans[i].start);
      out.units.push(units);
    }
    i = j;
  }
  return out;
}

/** Split a raw responsibility list (the text after 责任单位： etc., without the marker words) into normalized units, in order. */
export function parseUnitList(raw: string, opts: UnitListOptions): ParsedUnit[] {
  const groups = unitGroups(raw, opts);
  const out: ParsedUnit[] = [];
  for (let group = 0; group < groups.units.length; group++) {
    for (const u of groups.units[group]) {
      const rawStart = groups.starts[group] + u.start;
      const rawEnd = groups.starts[group] + u.end;
      out.push({ name: u.name, raw: raw.slice(rawStart, rawEnd), kind: u.kind, rawStart, rawEnd, group, canonical: u.canonical });
    }
  }
  return out;
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
