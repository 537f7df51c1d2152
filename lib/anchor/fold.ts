/** Text folding for tolerant comparison: whitespace dropped, full-width forms and punctuation variants unified, with an offset map back to the original. */

/** A folded text and, for each folded code unit, the offset `starts[i]` of the one original code unit it came from. */
export interface FoldedText {
  text: string;
  starts: Int32Array;
}

/** Punctuation variants outside the full-width block folded to one form (〔 and ［ and [ all become [). */
const PUNCT: ReadonlyMap<number, number> = new Map([
  [0x3014, 0x5b], // 〔
  [0x3015, 0x5d], // 〕
  [0x3010, 0x5b], // 【
  [0x3011, 0x5d], // 】
  [0x201c, 0x22], // “
  [0x201d, 0x22], // ”
  [0x2018, 0x27], // ‘
  [0x2019, 0x27], // ’
  [0x2010, 0x2d], // ‐
  [0x2013, 0x2d], // –
  [0x2014, 0x2d], // —
  [0x2015, 0x2d], // ―
  [0x2212, 0x2d], // −
  [0x3002, 0x2e], // 。
  [0xff61, 0x2e], // ｡
  [0xff64, 0x3001], // ､ → 、
  [0x30fb, 0xb7], // ・
  [0x2022, 0xb7], // •
]);

/** Whether a code unit is whitespace or an invisible format character (dropped by folding). */
function isDropped(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0xfeff
  );
}

/** The folded code unit for `c`, or -1 when `c` is dropped (whitespace, zero-width characters). */
export function foldCode(c: number): number {
  if (isDropped(c)) return -1;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c < 0x80) return c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0;
    return a >= 0x41 && a <= 0x5a ? a + 0x20 : a;
  }
  return PUNCT.get(c) ?? c;
}

/** Fold a text and keep the map from each folded code unit back to its original offsets. */
export function foldText(text: string): FoldedText {
  const n = text.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f < 0) continue;
    codes[len] = f;
    starts[len] = i;
    len++;
  }
  return { text: decode(codes, len), starts: starts.slice(0, len) };
}

/** Fold a text without an offset map. */
export function foldString(text: string): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f >= 0) codes[len++] = f;
  }
  return decode(codes, len);
}

/** The index of the first folded code unit whose original start is at or after `offset` (binary search). */
export function foldedIndexAt(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function decode(codes: Uint16Array, len: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, Math.min(len, i + CHUNK)));
  return out;
}
