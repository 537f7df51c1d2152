/** A per-document memo of unit parsing: the facts of each name and the units of each 、-span text (names and spans repeat across a plan's lists). */
import { canonicalUnit } from './unit-aliases';
import { endsLikeBody, endsLikeRegionalBody, isDepartment, isGroupName, type NamePrefix, namePrefix, withPrefix } from './unit-names';
import { cleanName, type Piece, splitAtEtc, trimPiece } from './unit-split';

/** A unit of the document under its canonical name, shared by the names it is written under; `marker` is the last marker that listed it. */
export interface CanonicalUnit {
  name: string;
  marker: number;
  /** The unit's number in the document, from 0 in order of first reading (what the document-level list counts by). */
  id: number;
}

/** A name completed under `key` (an inherited prefix, or the facts of the unit whose suffix it shares), and the facts of the completed name. */
export interface Completion {
  key: string | NameFacts;
  facts: NameFacts;
}

/** What completing and classifying a unit asks of its name, found once per name and document (names repeat across lists). */
export interface NameFacts {
  name: string;
  isGroup: boolean;
  /** namePrefix(name), found when first asked (most completed names never are). */
  prefix?: NamePrefix;
  /** The unit the name stands for, under canonicalUnit(name). */
  unit: CanonicalUnit;
  /** A place waiting for a shared suffix (北海市, 钦州港, 南宁): short, no body ending, not a group, no inheritable prefix. */
  barePlace: boolean;
  /** isDepartment(name), found when first asked. */
  department?: boolean;
  /** The name completed with the inherited prefix asked for last (a list inherits the same prefix again and again). */
  inherited?: Completion;
  /** The name completed with the document's region prefix, null when it takes none; found when first asked. */
  withRegion?: Completion | null;
  /** A bare place's name completed with the suffix of the unit after it, the last time it was. */
  distributed?: Completion;
  /** Where the suffix the name shares with bare places before it starts (人民政府 in 钦州市人民政府), -1 when none; found when first asked. */
  sharedSuffix?: number;
  /** isRegionalUnit(name), found when first asked. */
  regionalBody?: boolean;
}

/** A unit named from one 、-span before completion, with offsets relative to the span's start. */
export interface SpanUnit {
  start: number;
  end: number;
  /** The unit's own text, span[start, end) (what a task unit reports as `raw`: the list's words, not the completed name). */
  text: string;
  facts: NameFacts;
}

/** A 、-span text read before and its units. */
interface SpanEntry {
  text: string;
  units: SpanUnit[];
}

/** The facts of each name, and the units of each 、-span text (seed 000: 231 spans, 65 distinct texts), for one region prefix. */
export interface NameMemo {
  /** The document's region prefix that bare regional body types are completed with. */
  regionPrefix: string | null;
  names: Map<string, NameFacts>;
  /** The spans read, by spanHash of their text (a list, for texts that share a hash). */
  spans: Map<number, SpanEntry[]>;
  /** How many markers have been read with the memo (numbers CanonicalUnit.marker). */
  markers: number;
  /** How many canonical units the memo holds (numbers CanonicalUnit.id). */
  units: number;
}

/** An empty memo for a document whose bare names are completed with `regionPrefix`. */
export function newMemo(regionPrefix: string | null): NameMemo {
  return { regionPrefix, names: new Map(), spans: new Map(), markers: 0, units: 0 };
}

/** The facts of `name`, from the memo or found now and kept there. */
export function factsOf(name: string, memo: NameMemo): NameFacts {
  let facts = memo.names.get(name);
  if (!facts) {
    const isGroup = isGroupName(name);
    const canonical = canonicalUnit(name);
    // No canonical name is itself an alias (unit-aliases.json), so an alias shares its canonical name's unit.
    const unit = canonical === name ? { name, marker: -1, id: memo.units++ } : factsOf(canonical, memo).unit;
    // Every field is set now, so that all facts share one object shape (fields added later in varying orders make their reads slow).
    facts = {
      name,
      isGroup,
      unit,
      barePlace: false,
      prefix: undefined,
      department: undefined,
      inherited: undefined,
      withRegion: undefined,
      distributed: undefined,
      sharedSuffix: undefined,
      regionalBody: undefined,
    };
    facts.barePlace = name.length <= 8 && !endsLikeBody(name) && !isGroup && prefixOf(facts).kind !== 'inheritable';
    memo.names.set(name, facts);
  }
  return facts;
}

/** The prefix the name of `f` starts with. */
export function prefixOf(f: NameFacts): NamePrefix {
  return (f.prefix ??= namePrefix(f.name));
}

/** The facts of the name of `f` completed with the inherited `prefix`. */
export function inherited(f: NameFacts, prefix: string, memo: NameMemo): NameFacts {
  let c = f.inherited;
  if (c === undefined || c.key !== prefix) {
    c = { key: prefix, facts: factsOf(withPrefix(prefix, f.name), memo) };
    f.inherited = c;
  }
  return c.facts;
}

/** The facts of the name of `f` completed with the document's region prefix when it is a bare regional body type, else null. */
export function withRegion(f: NameFacts, memo: NameMemo): NameFacts | null {
  if (f.withRegion === undefined) {
    const prefix = memo.regionPrefix;
    const bareDepartment = prefixOf(f).kind === 'none' && !f.isGroup && (f.department ??= isDepartment(f.name));
    f.withRegion = prefix && bareDepartment && endsLikeRegionalBody(f.name) ? { key: prefix, facts: factsOf(prefix + f.name, memo) } : null;
  }
  return f.withRegion?.facts ?? null;
}

/** Add the unit of the piece `p` of a span's text to `out`, trimmed and named, unless nothing is left of it. */
function addPiece(text: string, p: Piece, memo: NameMemo, out: SpanUnit[]): void {
  trimPiece(text, p);
  const written = text.slice(p.start, p.end);
  const name = cleanName(written);
  if (name) out.push({ start: p.start, end: p.end, text: written, facts: factsOf(name, memo) });
}

/** The units of one 、-span's text, split at 等, trimmed and named (what a span holds outside itself never changes them). */
function spanUnits(text: string, memo: NameMemo): SpanUnit[] {
  const piece: Piece = { start: 0, end: text.length };
  const rest = splitAtEtc(text, piece);
  const out: SpanUnit[] = [];
  addPiece(text, piece, memo, out);
  if (rest) addPiece(text, rest, memo, out);
  return out;
}

/** Texts kept per hash at most: a text crafted to collide is read again rather than searched for in a long list. */
const MAX_SAME_HASH = 8;

/** A hash of the characters of s[from, to) (spans repeat: one seen before is found without cutting its text out). */
function spanHash(s: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The units of the 、-span s[from, to) (offsets relative to `from`), from the memo or found now. */
export function spanEntry(s: string, from: number, to: number, memo: NameMemo): SpanUnit[] {
  const hash = spanHash(s, from, to);
  let entries = memo.spans.get(hash);
  if (entries) {
    for (const e of entries) if (e.text.length === to - from && s.startsWith(e.text, from)) return e.units;
  } else {
    entries = [];
    memo.spans.set(hash, entries);
  }
  const text = s.slice(from, to);
  const units = spanUnits(text, memo);
  if (entries.length < MAX_SAME_HASH) entries.push({ text, units });
  return units;
}
