/** The units of one marker, parsed by units.ts, with roles from explicit 牵头/配合 words or the document's lead rule. */
import type { CleanText } from './clean-text';
import { leadIndex } from './lead-rule';
import type { SectionRole } from './marker-clauses';
import type { Marker } from './markers';
import type { LeadRule, Role, UnitKind } from './schema';
import { type ListGroups, type UnitGroupCache, unitGroups } from './units';

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

/** Parsed ，/；-groups and names, shared by the markers of one document (plans repeat the same groups and names many times). */
export interface UnitListCache {
  groups: UnitGroupCache;
}

/** An empty cache for one document, whose bare names are completed with `regionPrefix`. */
export function newUnitListCache(regionPrefix: string | null): UnitListCache {
  return { groups: { regionPrefix, groups: new Map() } };
}

function parseCached(raw: string, regionPrefix: string | null, cache: UnitListCache): ListGroups {
  try {
    return unitGroups(raw, { regionPrefix, cache: cache.groups });
  } catch {
    return { starts: [], units: [] };
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
  const units: CleanTaskUnit[] = [];
  /** Indexes of the units no 牵头/配合 word gave a role: the lead rule picks among them when no unit leads explicitly. */
  const listed: number[] = [];
  let led = false;
  const seen = new Set<string>();
  for (const section of marker.sections) {
    const groups = parseCached(clean.text.slice(section.start, section.end), regionPrefix, cache);
    for (let g = 0; g < groups.units.length; g++) {
      const offset = section.start + groups.starts[g];
      for (const u of groups.units[g]) {
        const name = u.canonical || u.name;
        if (!name || seen.has(name)) continue;
        seen.add(name);
        const start = offset + u.start;
        const end = offset + u.end;
        let role: SectionRole = 'listed';
        for (const b of section.breaks) if (b.at <= start) role = b.role;
        if (role === 'lead') led = true;
        else if (role === 'listed') listed.push(units.length);
        units.push({ name, written: u.name, raw: clean.display.slice(start, end), role: role === 'lead' ? 'lead' : 'co', kind: u.kind, start, end });
      }
    }
  }
  if (!led) {
    const names: string[] = [];
    for (const i of listed) names.push(units[i].written);
    const k = leadIndex(names, rule);
    if (k >= 0) units[listed[k]].role = 'lead';
  }
  return units;
}
