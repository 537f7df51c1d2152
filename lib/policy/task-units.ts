/** The units of one marker, parsed by units.ts, with roles from explicit 牵头/配合 words or the document's lead rule. */
import type { CleanText } from './clean-text';
import { leadIndex } from './lead-rule';
import type { SectionRole } from './marker-clauses';
import type { Marker } from './markers';
import type { LeadRule, Role, UnitKind } from './schema';
import { type NameFacts, type NameMemo, newMemo } from './unit-memo';
import { isRegionalUnit, newUnitBuffer, readUnits, type UnitBuffer } from './units';

/** A unit of a task in clean-text offsets (`start`/`end` locate its raw text). */
export interface CleanTaskUnit {
  name: string;
  /** The name as written before canonicalization (differs from `name` for an alias such as 环境保护厅). */
  written: string;
  raw: string;
  role: Role;
  kind: UnitKind;
  start: number;
  end: number;
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
): CleanTaskUnit[] {
  const memo = cache.memo.regionPrefix === regionPrefix ? cache.memo : newMemo(regionPrefix);
  const found = cache.units;
  const stamp = ++memo.markers;
  const units: CleanTaskUnit[] = [];
  /** Indexes of the units no 牵头/配合 word gave a role, and their names' facts: the lead rule picks among them when no unit leads explicitly. */
  const listed: number[] = [];
  const listedFacts: NameFacts[] = [];
  let led = false;
  for (const section of marker.sections) {
    readSection(clean.text, section.start, section.end, memo, found);
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
      else if (role === 'listed') {
        listed.push(units.length);
        listedFacts.push(f);
      }
      units.push({ name: f.unit.name, written: f.name, raw: clean.display.slice(start, end), role: role === 'lead' ? 'lead' : 'co', kind: f.isGroup ? 'group' : 'body', start, end });
    }
  }
  if (!led) {
    const k = leadIndex(listed.length, rule, (i) => (listedFacts[i].regionalBody ??= isRegionalUnit(listedFacts[i].name)));
    if (k >= 0) units[listed[k]].role = 'lead';
  }
  return units;
}
