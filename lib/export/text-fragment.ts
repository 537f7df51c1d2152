/** Links back to a quoted passage: the page URL with a text fragment (`#:~:text=start,end`) that scrolls to and marks it. */

/** Quotes up to this many characters are linked whole; longer ones by their first and last words. */
const WHOLE_QUOTE_MAX = 30;
/** Shortest and longest start/end piece cut at punctuation. */
const PIECE_MIN = 4;
const PIECE_MAX = 20;
/** Length of a start/end piece when no punctuation falls in range. */
const PIECE_DEFAULT = 12;

/** Punctuation a piece may be cut at: both sides of it are word boundaries, which text fragments require. */
const CUT_POINTS = new Set('，。；：、！？,.;:!?（）()“”"《》'.split(''));

/** Percent-encode one fragment term: everything encodeURIComponent encodes, plus `-` (the term syntax) and `( ) ! ' * ~`. */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/[-()!'*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Code points of a string (a piece never splits an emoji's surrogate pair). */
function points(s: string): string[] {
  return Array.from(s);
}

/** The first words of a line: up to the first punctuation 4–20 characters in, else its first 12 characters. */
function leadingPiece(line: string[]): string {
  if (line.length <= PIECE_MAX) return line.join('');
  for (let i = PIECE_MIN; i <= PIECE_MAX; i++) if (CUT_POINTS.has(line[i])) return line.slice(0, i).join('');
  return line.slice(0, PIECE_DEFAULT).join('');
}

/** The last words of a line: after the last punctuation 4–20 characters from its end, else its last 12 characters. */
function trailingPiece(line: string[]): string {
  if (line.length <= PIECE_MAX) return line.join('');
  for (let i = line.length - PIECE_MIN - 1; i >= line.length - PIECE_MAX - 1; i--) {
    if (CUT_POINTS.has(line[i])) return line.slice(i + 1).join('');
  }
  return line.slice(-PIECE_DEFAULT).join('');
}

/**
 * The text directive for a quote: the whole quote when short and on one line, else `start,end` (its first and last
 * words), percent-encoded. Empty when the quote has no text.
 */
export function textDirective(quote: string): string {
  const lines = quote
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return '';
  const first = points(lines[0]);
  if (lines.length === 1 && first.length <= WHOLE_QUOTE_MAX) return `text=${encodeTerm(lines[0])}`;
  const last = lines.length === 1 ? first : points(lines[lines.length - 1]);
  return `text=${encodeTerm(leadingPiece(first))},${encodeTerm(trailingPiece(last))}`;
}

/** An http(s) page address as a link target: fragment dropped, `( ) \` percent-encoded; null for any other scheme or a non-URL. */
export function pageLink(url: string): string | null {
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
