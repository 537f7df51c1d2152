/** The text of a task or passage as ranked: title + body without the responsibility clause, its fingerprint and excerpt. */
import { isSpace as isSpace_ } from './bigrams';

/** Bound locally: an imported binding costs a getter call per use in CommonJS transpilations (tsx), and this runs per character. */
const isSpace = isSpace_;

/** Words before 单位： that open a responsibility clause (责任单位：…, 牵头单位：…). */
const CLAUSE_WORDS = ['责任', '牵头', '配合', '参与', '协办', '主办'];
/** Longest responsibility clause looked at; a clause without its closing parenthesis ends at the sentence end. */
const MAX_CLAUSE = 600;
/** How far into a body its title may start (after an outline label such as "1." or "（三）"). */
const TITLE_WITHIN = 12;

/** Whether a code is an ASCII letter or digit. */
function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Runs of the characters `isSpace` accepts (a single class: no backtracking), found natively instead of testing every character in JS. */
const SPACE_RUNS = /[\u0000-\u0020\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]+/g;

/** Whitespace removed, except one space between two ASCII letters/digits (PDF line breaks split Chinese words). */
export function compactWhitespace(text: string): string {
  let out = '';
  let from = 0;
  SPACE_RUNS.lastIndex = 0;
  for (let run = SPACE_RUNS.exec(text); run; run = SPACE_RUNS.exec(text)) {
    const i = run.index;
    const next = i + run[0].length;
    out += text.slice(from, i);
    if (i > 0 && next < text.length && isAsciiWord(text.charCodeAt(i - 1)) && isAsciiWord(text.charCodeAt(next))) out += ' ';
    from = next;
  }
  return from ? out + text.slice(from) : text;
}

/** Index of the previous non-whitespace character before `i` (−1 if none). */
function previousVisible(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j;
}

/** Codes of the parentheses a clause may open with: （ and (. */
const OPEN_CODES = [0xff08, 0x28];
/** Code of 。, which ends a clause without parentheses. */
const FULL_STOP = 0x3002;

/** Start of the clause whose '单位：' is at `at`, or −1 when no clause word precedes it. */
function clauseStart(text: string, at: number): number {
  const second = previousVisible(text, at);
  const first = previousVisible(text, second);
  if (first < 0 || !CLAUSE_WORDS.includes(text[first] + text[second])) return -1;
  const open = previousVisible(text, first);
  return open >= 0 && OPEN_CODES.includes(text.charCodeAt(open)) ? open : first;
}

/** End (exclusive) of a clause that starts at `start` and whose '单位：' is at `at` (nested parentheses such as 交通运输厅（铁建办） skipped). */
function clauseEnd(text: string, start: number, at: number): number {
  const limit = Math.min(text.length, at + MAX_CLAUSE);
  const parenthesized = OPEN_CODES.includes(text.charCodeAt(start));
  let depth = 0;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (!parenthesized) {
      if (c === FULL_STOP) return i + 1;
    } else if (c === 0xff08 || c === 0x28) depth++; // （ (
    else if ((c === 0xff09 || c === 0x29) && depth-- === 0) return i + 1; // ） )
  }
  return limit;
}

/** Text without its responsibility clauses ((责任单位：…), 牵头单位：…): units are compared as units, not as words. */
export function stripUnitClauses(text: string): string {
  const next = ['单位：', '单位:'].map((marker) => ({ marker, at: text.indexOf(marker) }));
  let out = '';
  let from = 0;
  let search = 0;
  for (;;) {
    for (const n of next) if (n.at >= 0 && n.at < search) n.at = text.indexOf(n.marker, search);
    const found = next.filter((n) => n.at >= 0).map((n) => n.at);
    if (!found.length) break;
    const at = Math.min(...found);
    const start = clauseStart(text, at);
    if (start < from) {
      search = at + 3;
      continue;
    }
    out += text.slice(from, start);
    from = clauseEnd(text, start, at);
    search = from;
  }
  return out + text.slice(from);
}

/** The body from its title on, when the title starts within its first characters (after the label); null otherwise. */
function fromTitle(title: string, body: string): string | null {
  if (!title) return null;
  const at = body.indexOf(title);
  return at >= 0 && at <= TITLE_WITHIN ? body.slice(at) : null;
}

/** The text an item is ranked by: title and body (label dropped, title not repeated), whitespace and clauses removed. */
export function rankingText(title: string, text: string): string {
  const compactTitle = compactWhitespace(title);
  const body = compactWhitespace(text);
  return stripUnitClauses(fromTitle(compactTitle, body) ?? (compactTitle ? `${compactTitle}。${body}` : body));
}

/** Whether a code is one `compactKey` keeps (Han U+4E00–U+9FFF, ASCII letters and digits). */
function isKeyCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || isAsciiWord(code);
}

/** Fingerprint of a text's content (Han, letters, digits, as `compactKey` keeps them; FNV-1a 32-bit, base 36): equal for re-scraped copies of a text. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isKeyCode(code)) hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Excerpt of a body for display: whitespace removed, label and title dropped, cut at `max` characters with '…'. */
export function excerpt(title: string, text: string, max: number): string {
  const compactTitle = compactWhitespace(title);
  let body = stripUnitClauses(compactWhitespace(text));
  const rest = fromTitle(compactTitle, body);
  if (rest !== null) body = rest.slice(compactTitle.length).replace(/^[。．.，、：:；;]+/, '');
  return body.length > max ? `${body.slice(0, max)}…` : body;
}
