/** Responsible-unit lists (责任单位): units of a raw list (cut by unit-split.ts), completed with shared prefixes and suffixes, canonicalized. */
import { factsOf, inherited, type NameFacts, type NameMemo, newMemo, prefixOf, spanEntry, withRegion } from './unit-memo';
import { isDepartment, isRegionalName } from './unit-names';
import { newSpanList, type SpanList, splitSpans } from './unit-split';

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

/** Options: the document's region prefix used to complete bare names (e.g. '自治区' in a Guangxi regional doc, null if unknown), and a per-document memo. */
export interface UnitListOptions {
  regionPrefix: string | null;
  /** Used only when made for the same region prefix. */
  memo?: NameMemo;
}

/** The units of one list in parallel arrays, in order (filled by readUnits, reused from list to list). */
export interface UnitBuffer {
  /** The facts of each unit's name as written, completed (自治区发展改革委 for "发展改革委"), without a trailing sub-office. */
  facts: NameFacts[];
  /** Where each unit's own text starts and ends (offsets in the text the list was read from). */
  starts: number[];
  ends: number[];
  /** Each unit's own text, text[start, end) of the text the list was read from (cut once per span text, not once per unit). */
  texts: string[];
  /** Index of the ，/；-group each unit came from, among the groups that hold units. */
  groups: number[];
  length: number;
  /** The list's spans, as splitSpans cut them. */
  spans: SpanList;
}

/** An empty unit buffer. */
export function newUnitBuffer(): UnitBuffer {
  return { facts: [], starts: [], ends: [], texts: [], groups: [], length: 0, spans: newSpanList() };
}

/** A piece of the list longer than this is prose, not a unit name (the longest real names have about 25 characters). */
const MAX_UNIT_SPAN = 120;
/** Suffixes shared by a list of places (北海市、钦州市人民政府; 南宁、崇左片区管理机构). */
const SHARED_SUFFIXES = ['片区管理机构', '管理委员会', '管委会', '管理机构', '人民政府', '政府'];

/** Where the suffix `name` shares with the bare places before it starts (人民政府 in 钦州市人民政府), -1 when none. */
function sharedSuffixAt(name: string): number {
  let at = -1;
  for (const s of SHARED_SUFFIXES) {
    const i = name.indexOf(s);
    if (i > 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/** The facts of the bare place of `f` completed with the suffix at `at` of the unit of `from` (北海市 + 钦州市人民政府 → 北海市人民政府). */
function distributed(f: NameFacts, from: NameFacts, at: number, memo: NameMemo): NameFacts {
  let c = f.distributed;
  if (c === undefined || c.key !== from) {
    const level = from.name[at - 1];
    const bare = f.name;
    const addLevel = (level === '市' || level === '县') && !'市县区'.includes(bare[bare.length - 1]);
    c = { key: from, facts: factsOf(bare + (addLevel ? level : '') + from.name.slice(at), memo) };
    f.distributed = c;
  }
  return c.facts;
}

/** Give the bare places [run, k) before the complete unit k that unit's suffix: 北海市、钦州市人民政府 → 北海市人民政府. */
function distributeSuffix(out: UnitBuffer, run: number, k: number, memo: NameMemo): void {
  const from = out.facts[k];
  const at = (from.sharedSuffix ??= sharedSuffixAt(from.name));
  if (at > 0) for (let r = run; r < k; r++) out.facts[r] = distributed(out.facts[r], from, at, memo);
}

/**
 * Complete unit k if it is a bare department name: with `current`, the prefix of the last prefixed unit of its group, else with the
 * document's region prefix; returns the prefix the next units inherit.
 */
function inheritPrefix(out: UnitBuffer, k: number, current: string | null, memo: NameMemo): string | null {
  const f = out.facts[k];
  if (f.isGroup) return current;
  const p = prefixOf(f);
  if (p.kind !== 'none') return p.kind === 'inheritable' ? p.prefix : null;
  if (!(f.department ??= isDepartment(f.name))) return current;
  const completed = current ? inherited(f, current, memo) : withRegion(f, memo);
  if (completed) out.facts[k] = completed;
  return current;
}

/** Append the units of the spans [i, j) of one ，/；-group of `text` to `out`, completed from one another. */
function readGroup(text: string, spans: SpanList, i: number, j: number, group: number, memo: NameMemo, out: UnitBuffer): void {
  let current: string | null = null;
  /** The first unit not completed yet: a run of bare places waits for the complete unit after it. */
  let run = out.length;
  for (let k = i; k < j; k++) {
    const from = spans.starts[k];
    const units = spanEntry(text, from, spans.ends[k], memo);
    for (let n = 0; n < units.length; n++) {
      const u = units[n];
      const at = out.length++;
      out.facts[at] = u.facts;
      out.starts[at] = from + u.start;
      out.ends[at] = from + u.end;
      out.texts[at] = u.text;
      out.groups[at] = group;
      if (u.facts.barePlace) continue;
      if (run < at) distributeSuffix(out, run, at, memo);
      for (; run <= at; run++) current = inheritPrefix(out, run, current, memo);
    }
  }
  for (; run < out.length; run++) current = inheritPrefix(out, run, current, memo);
}

/** Fill `out` with the units of the raw list text[from, to), in order, named with the facts of `memo` (and its region prefix). */
export function readUnits(text: string, from: number, to: number, memo: NameMemo, out: UnitBuffer): void {
  out.length = 0;
  const spans = out.spans;
  splitSpans(text, from, to, MAX_UNIT_SPAN, spans);
  let group = 0;
  for (let i = 0; i < spans.length; ) {
    let j = i + 1;
    while (j < spans.length && spans.groups[j] === spans.groups[i]) j++;
    const before = out.length;
    readGroup(text, spans, i, j, group, memo, out);
    if (out.length > before) group++;
    i = j;
  }
}

/** Split a raw responsibility list (the text after 责任单位： etc., without the marker words) into normalized units, in order. */
export function parseUnitList(raw: string, opts: UnitListOptions): ParsedUnit[] {
  const out: ParsedUnit[] = [];
  if (typeof raw !== 'string' || raw.length === 0) return out;
  const regionPrefix = opts?.regionPrefix ?? null;
  const memo = opts?.memo && opts.memo.regionPrefix === regionPrefix ? opts.memo : newMemo(regionPrefix);
  const units = newUnitBuffer();
  readUnits(raw, 0, raw.length, memo, units);
  for (let k = 0; k < units.length; k++) {
    const rawStart = units.starts[k];
    const rawEnd = units.ends[k];
    const f = units.facts[k];
    out.push({ name: f.name, raw: units.texts[k], kind: f.isGroup ? 'group' : 'body', rawStart, rawEnd, group: units.groups[k], canonical: f.unit.name });
  }
  return out;
}

/** Whether a unit is a regional-level (自治区/区直) body, used by the "排名第一的区直单位为牵头单位" rule. */
export function isRegionalUnit(name: string): boolean {
  return typeof name === 'string' && isRegionalName(name);
}

/** Guess the region prefix of a document from its text ('自治区' for Guangxi regional docs…). */
export { detectRegionPrefix } from './region-prefix';
