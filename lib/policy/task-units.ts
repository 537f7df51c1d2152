/** The units of one marker, parsed by units.ts, with roles from explicit 牵头/配合 words or the document's lead rule. */
import { type CleanText, spanToOriginal, viewsDiffer } from './clean-text';
import { leadIndex } from './lead-rule';
import type { SectionRole } from './marker-clauses';
import type { Marker } from './markers';
import type { LeadRule, TaskUnit } from './schema';
import { type NameFacts, type NameMemo, newMemo } from './unit-memo';
import { isRegionalUnit, newUnitBuffer, readUnits, type UnitBuffer } from './units';

/** The units of one marker as its task reports them (offsets in the original text), and the facts of each one's name, in the same order. */
export interface MarkerUnits {
  units: TaskUnit[];
  facts: NameFacts[];
}

/** The memo and unit buffer shared by the markers of one document (plans repeat the same spans and names many times). */
export interface UnitListCache {
  memo: NameMemo;
  units: UnitBuffer;
}

/** An empty cache for one document, whose bare names are completed with `regionPrefix`. */
export function newUnitListCache(regionPrefix: string | null): UnitListCache {
  return { memo: newMemo(regionPrefix), units: newUnitBuffer() };
}

/** Fill `out` with the units of the list text[from, to); none when the list cannot be read. */
function readSection(text: string, from: number, to: number, memo: NameMemo, out: UnitBuffer): void {
  try {
    readUnits(text, from, to, memo, out);
  } catch {
    out.length = 0;
  }
}

/** Units of `marker` in order, each once: explicit leads lead; otherwise the lead rule picks the lead among the listed units. */
export function markerUnits(
  clean: CleanText,
  marker: Marker,
  rule: LeadRule['rule'],
  regionPrefix: string | null,
  cache: UnitListCache = newUnitListCache(regionPrefix),
): MarkerUnits {
  const memo = cache.memo.regionPrefix === regionPrefix ? cache.memo : newMemo(regionPrefix);
  const found = cache.units;
  const stamp = ++memo.markers;
  const units: TaskUnit[] = [];
  const facts: NameFacts[] = [];
  /** Indexes of the units no 牵头/配合 word gave a role: the lead rule picks among them when no unit leads explicitly. */
  const listed: number[] = [];
  let led = false;
  for (const section of marker.sections) {
    readSection(clean.text, section.start, section.end, memo, found);
    /** Whether a unit's raw text must be cut from the display view: only where the views differ is it not the memo's text. */
    const cut = viewsDiffer(clean, section.start, section.end);
    const breaks = section.breaks;
    /** The role of the last break before the unit (units come in order, and so do breaks). */
    let role: SectionRole = 'listed';
    let b = 0;
    for (let k = 0; k < found.length; k++) {
      const f = found.facts[k];
      if (f.unit.marker === stamp) continue;
      f.unit.marker = stamp;
      const start = found.starts[k];
      const end = found.ends[k];
      while (b < breaks.length && breaks[b].at <= start) role = breaks[b++].role;
      if (role === 'lead') led = true;
      else if (role === 'listed') listed.push(units.length);
      const o = spanToOriginal(clean, start, end);
      units.push({ name: f.unit.name, raw: cut ? clean.display.slice(start, end) : found.texts[k], role: role === 'lead' ? 'lead' : 'co', kind: f.isGroup ? 'group' : 'body', start: o.start, end: o.end });
      facts.push(f);
    }
  }
  if (!led) {
    const k = leadIndex(listed.length, rule, (i) => (facts[listed[i]].regionalBody ??= isRegionalUnit(facts[listed[i]].name)));
    if (k >= 0) units[listed[k]].role = 'lead';
  }
  return { units, facts };
}
