/** The unit alias table (2018 reform renames and same-body name variants), loaded from unit-aliases.json. */
import table from './unit-aliases.json';

/** One alias entry: `alias` resolves to `canonical`; `source` says where the rename or identity comes from. */
export interface UnitAlias {
  alias: string;
  canonical: string;
  source: string;
}

/** Every alias entry, as stored in unit-aliases.json. */
export const UNIT_ALIASES: readonly UnitAlias[] = table;

const byAlias = new Map(UNIT_ALIASES.map((entry) => [entry.alias, entry.canonical]));

/** The canonical name the table gives for `name`, or undefined when `name` is not an alias. */
export function lookupAlias(name: string): string | undefined {
  return byAlias.get(name);
}

/** Canonical name of a unit (alias table: 2018 reform renames and same-body variants); returns the input when no alias applies. */
export function canonicalUnit(name: string): string {
  return lookupAlias(name) ?? name;
}
