/** Find the named things of `named-things.ts` in a text by scanning (leftmost-longest alias match, linear time). */
import { isSpace as isSpace_ } from './bigrams';
import { NAMED_THINGS, type NamedThingKind } from './named-things';

/** Per-character helpers bound locally: an imported binding costs a getter call per use in CommonJS transpilations (tsx). */
const isSpace = isSpace_;

/** What a character becomes for matching: '' dropped (whitespace), a replacement, or null when kept. */
function matchForm(code: number): string | null {
  if (isSpace(code)) return '';
  switch (code) {
    case 0x2d: // - and the other dash variants of the scraped texts: 中国-东盟 = 中国—东盟
    case 0xff0d:
    case 0x2013:
    case 0x2010:
    case 0x2011:
    case 0x2015:
    case 0x2500:
      return '—';
    case 0x28:
      return '（';
    case 0x29:
      return '）';
    default:
      return null;
  }
}

/**
 * Per code: 1 where `matchForm` drops or replaces it, 2 where upper-casing may change it (letters outside CJK,
 * conservatively), 0 otherwise (a table, so that a text without any is one quick pass and no copy).
 */
const CHANGED = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const caseless = code < 0x61 || (code > 0x7a && code < 0x80) || (code >= 0x3000 && code < 0xa000) || (code >= 0xf900 && code < 0xfb00) || (code >= 0xfe00 && (code < 0xff41 || code > 0xff5a));
    table[code] = matchForm(code) !== null ? 1 : caseless ? 0 : 2;
  }
  return table;
})();

/** Text as matched against names: whitespace removed, dash variants → '—', ASCII parentheses → full-width, ASCII upper case. */
export function normalizeForMatch(text: string): string {
  let out = '';
  let from = 0;
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const changed = CHANGED[text.charCodeAt(i)];
    if (!changed) continue;
    if (changed === 2) {
      cased = true;
      continue;
    }
    out += text.slice(from, i) + matchForm(text.charCodeAt(i));
    from = i + 1;
  }
  const matched = from ? out + text.slice(from) : text;
  return cased ? matched.toUpperCase() : matched;
}

interface Alias {
  text: string;
  /** Code of its second character (NaN for a one-character alias): most candidates fail on it without a string compare. */
  second: number;
  thing: number;
}

/** Aliases (names included) grouped by first character, longest first; LIST_OF[code] − 1 is the group of a first character. */
const { LISTS, LIST_OF } = (() => {
  const lists: Alias[][] = [];
  const listOf = new Uint16Array(0x10000);
  NAMED_THINGS.forEach((thing, i) => {
    for (const name of [thing.name, ...thing.aliases]) {
      const text = normalizeForMatch(name);
      const code = text.charCodeAt(0);
      if (!listOf[code]) listOf[code] = lists.push([]);
      lists[listOf[code] - 1].push({ text, second: text.charCodeAt(1), thing: i });
    }
  });
  for (const list of lists) list.sort((a, b) => b.text.length - a.text.length);
  return { LISTS: lists, LIST_OF: listOf };
})();

/** Slot of a pair of adjacent codes in `PAIRS`. */
function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e37) + second) & 0xffff;
}

/**
 * 1 at the slot of each alias's first two characters, 2 at the first character of a one-character alias: most
 * positions whose character starts some alias fail here, without walking that character's list (collisions only cost a walk).
 */
const PAIRS = (() => {
  const table = new Uint8Array(0x10000);
  const singles = new Uint8Array(0x10000);
  for (const list of LISTS) {
    for (const alias of list) {
      if (alias.text.length === 1) singles[alias.text.charCodeAt(0)] = 1;
      else table[pairSlot(alias.text.charCodeAt(0), alias.second)] = 1;
    }
  }
  return { table, singles };
})();

/** The longest alias starting at position i of a normalized text, if any. */
function aliasAt(norm: string, i: number): Alias | undefined {
  const list = LIST_OF[norm.charCodeAt(i)];
  if (!list) return undefined;
  const second = norm.charCodeAt(i + 1);
  for (const alias of LISTS[list - 1]) if ((alias.second === second || alias.text.length === 1) && norm.startsWith(alias.text, i)) return alias;
  return undefined;
}

/**
 * Add to `out` the named things of a text as matched (leftmost-longest, each once); with `plainOnly`, give up and
 * return false at the first code `normalizeForMatch` would change (the text is then matched normalized instead).
 */
function scanNamedThings(norm: string, out: number[], plainOnly: boolean): boolean {
  let next = 0;
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (plainOnly && CHANGED[code]) return false;
    if (i < next || !LIST_OF[code] || (!PAIRS.table[pairSlot(code, norm.charCodeAt(i + 1))] && !PAIRS.singles[code])) continue;
    const hit = aliasAt(norm, i);
    if (!hit) continue;
    if (!out.includes(hit.thing)) out.push(hit.thing);
    next = i + hit.text.length;
  }
  return true;
}

/** Positions in NAMED_THINGS of the named things a text mentions, in order of first mention (leftmost-longest match). */
export function findNamedThingIndices(text: string): number[] {
  const out: number[] = [];
  if (scanNamedThings(text, out, true)) return out;
  out.length = 0;
  scanNamedThings(normalizeForMatch(text), out, false);
  return out;
}

/** Canonical names of the named things a text mentions, in order of first mention (leftmost-longest match). */
export function findNamedThings(text: string): string[] {
  return findNamedThingIndices(text).map((thing) => NAMED_THINGS[thing].name);
}

const KINDS = new Map(NAMED_THINGS.map((thing) => [thing.name, thing.kind]));
const NAMES = new Map(NAMED_THINGS.map((thing) => [thing.name, [thing.name, ...thing.aliases].map(normalizeForMatch)]));

/** Kind of a named thing by its canonical name (undefined for names not in the list). */
export function namedThingKind(name: string): NamedThingKind | undefined {
  return KINDS.get(name);
}

/** A named thing's name and aliases, normalized for matching (just the name, normalized, for names not in the list). */
export function namedThingForms(name: string): readonly string[] {
  return NAMES.get(name) ?? [normalizeForMatch(name)];
}
