/** Links back to a quoted passage: the page URL with a text fragment (`#:~:text=start,end`) that scrolls to and marks it. */

/** Quotes up to this many characters are linked whole; longer ones by their first and last words. */
const WHOLE_QUOTE_MAX = 30;
/** Shortest and longest start/end piece cut at punctuation. */
const PIECE_MIN = 4;
const PIECE_MAX = 20;
/** Length of a start/end piece when no punctuation falls in range. */
const PIECE_DEFAULT = 12;

/** Punctuation a piece may be cut at: both sides of it are word boundaries, which text fragments require. */
const CUT_POINTS = new Set(Array.from('，。；：、！？,.;:!?（）()“”"《》', (c) => c.charCodeAt(0)));

/** Percent-encode one fragment term: everything encodeURIComponent encodes, plus `-` (the term syntax) and `( ) ! ' * ~`. */
function encodeTerm(s: string): string {
  const encoded = encodeURIComponent(s);
  return /[-()!'*~]/.test(s) ? encoded.replace(/[-()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}

/** A line with runs of whitespace made one space, trimmed. */
function collapseSpaces(line: string): string {
  return /\s/.test(line) ? line.replace(/\s+/g, ' ').trim() : line;
}

/** The index after the code point at `i` (a surrogate pair is one code point). */
function next(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? i + 2 : i + 1;
}

/** The index before the code point ending at `i`. */
function prev(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
}

/** Whether a string has more than `n` code points (scans at most n + 1 of them). */
function longerThan(s: string, n: number): boolean {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i = next(s, i);
  return i < s.length;
}

/** The first words of a line: up to the first punctuation 4–20 characters in, else its first 12 characters. */
function leadingPiece(line: string): string {
  if (!longerThan(line, PIECE_MAX)) return line;
  let i = 0;
  let cut = -1;
  for (let k = 0; k <= PIECE_MAX; k++) {
    if (k === PIECE_DEFAULT) cut = i;
    if (k >= PIECE_MIN && CUT_POINTS.has(line.charCodeAt(i))) return line.slice(0, i);
    i = next(line, i);
  }
  return line.slice(0, cut);
}

/** The last words of a line: after the last punctuation 4–20 characters from its end, else its last 12 characters. */
function trailingPiece(line: string): string {
  if (!longerThan(line, PIECE_MAX)) return line;
  let i = line.length;
  let cut = -1;
  for (let k = 0; k <= PIECE_MAX; k++) {
    if (k === PIECE_DEFAULT) cut = i;
    if (k >= PIECE_MIN && CUT_POINTS.has(line.charCodeAt(i - 1))) return line.slice(i);
    i = prev(line, i);
  }
  return line.slice(cut);
}

/**
 * The text directive for a quote: the whole quote when short and on one line, else `start,end` (its first and last
 * words), percent-encoded. Empty when the quote has no text.
 */
export function textDirective(quote: string): string {
  const raw = /[\r\n]/.test(quote) ? quote.split(/\r\n|\r|\n/) : [quote];
  const lines = raw.map(collapseSpaces).filter((l) => l.length > 0);
  if (lines.length === 0) return '';
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (lines.length === 1 && !longerThan(first, WHOLE_QUOTE_MAX)) return `text=${encodeTerm(first)}`;
  return `text=${encodeTerm(leadingPiece(first))},${encodeTerm(trailingPiece(last))}`;
}

/** An http(s) page address as a link target: fragment dropped, `( ) \` percent-encoded; null for any other scheme or a non-URL. */
export function pageLink(url: string): string | null {
  let link = linkCache.get(url);
  if (link === undefined) {
    link = parseLink(url);
    if (linkCache.size > 1000) linkCache.clear();
    linkCache.set(url, link);
  }
  return link;
}

/** Page links already made (an export of many notes repeats few pages). */
const linkCache = new Map<string, string | null>();

function parseLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  return parsed.href.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A link to `url` that opens at the quoted passage: `url#:~:text=…` (an existing fragment is replaced). Null unless the
 * URL parses as http(s) — never a `javascript:` link.
 */
export function passageLink(url: string, quote: string): string | null {
  const base = pageLink(url);
  if (!base) return null;
  const directive = textDirective(quote);
  return directive ? `${base}#:~:${directive}` : base;
}
