/** A per-document memo of unit parsing: the facts of each name and the units of each 、-span text (names and spans repeat across a plan's lists). */
import { canonicalUnit } from './unit-aliases';
import { isGroupName, type NamePrefix, namePrefix, withPrefix } from './unit-names';
import { cleanName, type Piece, splitAtEtc, trimPiece } from './unit-split';
import type { GroupUnit } from './units';

/** What completing and classifying a unit asks of its name, found once per name and document (names repeat across lists). */
export interface NameFacts {
  isGroup: boolean;
  prefix: NamePrefix;
  canonical: string;
  /** isDepartment(name), found when first asked. */
  department?: boolean;
  /** The name completed with each inherited prefix asked for so far (自治区 → 自治区发展改革委). */
  completions?: Map<string, string>;
}

/** A unit named from one 、-span before completion, with offsets relative to the span's start. */
export interface SpanUnit {
  start: number;
  end: number;
  name: string;
  facts: NameFacts;
}

/** What the memo knows of one 、-span text: its units, and its completed units as a ，/；-group of its own once parsed so. */
export interface SpanEntry {
  units: SpanUnit[];
  alone?: { regionPrefix: string | null; units: GroupUnit[] };
}

/** The facts of each name, and what is known of each 、-span text (seed 000: 231 spans, 65 distinct texts). */
export interface NameMemo {
  names: Map<string, NameFacts>;
  spans: Map<string, SpanEntry>;
}

/** An empty memo. */
export function newMemo(): NameMemo {
  return { names: new Map(), spans: new Map() };
}

/** The facts of `name`, from `names` or found now and kept there. */
export function factsOf(name: string, names: Map<string, NameFacts>): NameFacts {
  let facts = names.get(name);
  if (!facts) {
    facts = { isGroup: isGroupName(name), prefix: namePrefix(name), canonical: canonicalUnit(name) };
    names.set(name, facts);
  }
  return facts;
}

/** `name` (whose facts are `f`) completed with the inherited `prefix`, made once per name and prefix. */
export function inherited(name: string, f: NameFacts, prefix: string): string {
  f.completions ??= new Map();
  let full = f.completions.get(prefix);
  if (full === undefined) {
    full = withPrefix(prefix, name);
    f.completions.set(prefix, full);
  }
  return full;
}

/** The units of one 、-span's text, split at 等, trimmed and named (what a span holds outside itself never changes them). */
function spanUnits(text: string, names: Map<string, NameFacts>): SpanUnit[] {
  const piece: Piece = { start: 0, end: text.length, group: 0, name: '' };
  const rest = splitAtEtc(text, piece);
  const out: SpanUnit[] = [];
  for (const p of rest ? [piece, rest] : [piece]) {
    trimPiece(text, p);
    const name = cleanName(text.slice(p.start, p.end));
    if (name) out.push({ start: p.start, end: p.end, name, facts: factsOf(name, names) });
  }
  return out;
}

/** The memo's entry for the 、-span text `text`, with its units found now if it is new. */
export function spanEntry(text: string, memo: NameMemo): SpanEntry {
  let entry = memo.spans.get(text);
  if (!entry) {
    entry = { units: spanUnits(text, memo.names) };
    memo.spans.set(text, entry);
  }
  return entry;
}
