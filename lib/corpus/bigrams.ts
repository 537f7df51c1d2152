/** Character-bigram tokenizer for Chinese text: CJK runs → overlapping bigrams, ASCII words and numbers → tokens. */

/** Dense index of each UTF-16 code unit that is a CJK ideograph (unified, extension A, compatibility), −1 otherwise. */
const CJK_INDEX = (() => {
  const table = new Int16Array(0x10000).fill(-1);
  let next = 0;
  for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]) for (let c = from; c <= to; c++) table[c] = next++;
  return table;
})();

/** Number of CJK ideographs; their dense indices are 0 … CJK_COUNT − 1, in code order. */
export const CJK_COUNT = 0x19c0 + 0x5200 + 0x200;

/** Whether a UTF-16 code unit is a CJK ideograph (unified, extension A, compatibility). */
export function isCjk(code: number): boolean {
  return CJK_INDEX[code] >= 0;
}

/** Dense index of a CJK ideograph (see `isCjk`), −1 for any other code. */
export function cjkIndex(code: number): number {
  return CJK_INDEX[code];
}

/** Whether a UTF-16 code unit is whitespace (ASCII, no-break, ideographic and other Unicode spaces, line separators). */
export function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** ASCII letter or digit after folding full-width forms (Ａ, ０…) and upper case; 0 when the code is not one. */
export function asciiWordCode(code: number): number {
  const c = code >= 0xff10 && code <= 0xff5a ? code - 0xfee0 : code;
  if (c >= 0x30 && c <= 0x39) return c;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return 0;
}

/** Receives each token: CJK tokens as `text[start, end)` (word = null), ASCII words folded (start, end their span). */
export type TokenVisitor = (start: number, end: number, word: string | null) => void;

/**
 * Visit the tokens of a text in order: every CJK run of two or more ideographs gives its overlapping bigrams
 * (西部陆海 → 西部 部陆 陆海), a single ideograph between separators is a unigram, a run of ASCII letters/digits
 * (full-width folded, lower-cased) is one word; everything else separates.
 */
export function scanTokens(text: string, visit: TokenVisitor): void {
  let cjkStart = -1;
  let wordStart = -1;
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (CJK_INDEX[code] >= 0) {
      if (wordStart >= 0) visit(wordStart, i, word);
      wordStart = -1;
      if (cjkStart < 0) cjkStart = i;
      continue;
    }
    if (cjkStart >= 0) {
      if (i - cjkStart === 1) visit(cjkStart, i, null);
      else for (let j = cjkStart; j + 1 < i; j++) visit(j, j + 2, null);
      cjkStart = -1;
    }
    const a = asciiWordCode(code);
    if (a) {
      if (wordStart < 0) {
        wordStart = i;
        word = '';
      }
      word += String.fromCharCode(a);
    } else if (wordStart >= 0) {
      visit(wordStart, i, word);
      wordStart = -1;
    }
  }
}

/** Tokens of a text, in order (see `scanTokens`). */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (start, end, word) => out.push(word ?? text.slice(start, end)));
  return out;
}

/** Term frequencies of a text's tokens (see `bigrams`), in first-seen order. */
export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of bigrams(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
