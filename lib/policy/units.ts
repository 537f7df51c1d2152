/** One unit parsed from a raw list; rawStart/rawEnd locate `raw` inside the input string. */
export interface ParsedUnit {
  name: string;
  raw: string;
  kind: 'body' | 'group';
  rawStart: number;
  rawEnd: number;
  /** Index of the ，/；-separated group the unit came from (0-based). */
  group: number;
}

/** Options: the document's region prefix used to complete bare names (e.g. '自治区' in a Guangxi regional doc, null if unknown). */
export interface UnitListOptions {
  regionPrefix: string | null;
}

/** Split a raw responsibility list into normalized units, in order. */
export function parseUnitList(raw: string, opts: UnitListOptions): ParsedUnit[] {
  void opts;
  const out: ParsedUnit[] = [];
  let group = 0;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = raw[i];
    if (i === raw.length || c === '、' || c === '，' || c === '；' || c === ',' || c === ';') {
      const piece = raw.slice(start, i);
      const name = piece.replace(/\s+/g, '');
      if (name) out.push({ name, raw: piece, kind: 'body', rawStart: start, rawEnd: i, group });
      if (c !== '、') group++;
      start = i + 1;
    }
  }
  return out;
}

/** Canonical name of a unit (alias table: 2018 reform renames and same-body variants); returns the input when no alias applies. */
export function canonicalUnit(name: string): string {
  return name;
}

/** Whether a unit is a regional-level (自治区/区直) body, used by the "排名第一的区直单位为牵头单位" rule. */
export function isRegionalUnit(name: string): boolean {
  return name.startsWith('自治区');
}

/** Guess the region prefix of a document from its text ('自治区' for Guangxi regional docs…). */
export function detectRegionPrefix(text: string): string | null {
  return text.includes('自治区') ? '自治区' : null;
}
