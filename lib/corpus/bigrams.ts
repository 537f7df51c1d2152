/** Character-bigram tokenizer for Chinese text: CJK runs → overlapping bigrams, ASCII words and numbers → tokens. */

/** Whether a UTF-16 code unit is a CJK ideograph (unified, extension A, compatibility). */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** ASCII letter or digit after folding full-width forms (Ａ, ０…) and upper case; 0 when the code is not one. */
function asciiWordCode(code: number): number {
  const c = code >= 0xff10 && code <= 0xff5a ? code - 0xfee0 : code;
  if (c >= 0x30 && c <= 0x39) return c;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return 0;
}

/**
 * Tokens of a text, in order: every CJK run of two or more ideographs gives its overlapping bigrams
 * (西部陆海 → 西部 部陆 陆海), a single ideograph between separators is kept as a unigram, runs of
 * ASCII letters/digits (full-width folded, lower-cased) are one token each; everything else separates.
 */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  let cjkStart = -1;
  let word = '';
  const flushWord = () => {
    if (word) out.push(word);
    word = '';
  };
  const flushCjk = (end: number) => {
    if (cjkStart < 0) return;
    if (end - cjkStart === 1) out.push(text[cjkStart]);
    else for (let i = cjkStart; i + 1 < end; i++) out.push(text.slice(i, i + 2));
    cjkStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      flushWord();
      if (cjkStart < 0) cjkStart = i;
      continue;
    }
    flushCjk(i);
    const a = asciiWordCode(code);
    if (a) word += String.fromCharCode(a);
    else flushWord();
  }
  flushCjk(text.length);
  flushWord();
  return out;
}

/** Term frequencies of a text's tokens (see `bigrams`), in first-seen order. */
export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of bigrams(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
