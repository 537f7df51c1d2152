/** Compact text encoding of non-negative integer lists (base-32 digits; JSON-safe, no spaces, no quotes). */

/** Last digit of a number. */
const END = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
/** Every digit of a number but the last. */
const MORE = 'WXYZabcdefghijklmnopqrstuvwxyz-_';

const DIGIT = new Int8Array(128).fill(-1);
const IS_END = new Uint8Array(128);
for (let i = 0; i < 32; i++) {
  DIGIT[END.charCodeAt(i)] = i;
  IS_END[END.charCodeAt(i)] = 1;
  DIGIT[MORE.charCodeAt(i)] = i;
}

/** Encode non-negative integers, most significant base-32 digit first (0 → "0", 31 → "V", 32 → "X0"). */
export function encodeVarints(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    let v = Math.max(0, Math.floor(value));
    let digits = END[v % 32];
    v = Math.floor(v / 32);
    while (v > 0) {
      digits = MORE[v % 32] + digits;
      v = Math.floor(v / 32);
    }
    out += digits;
  }
  return out;
}

/** Decode `encodeVarints` output; characters outside the alphabet are skipped, a trailing unfinished number is dropped. */
export function decodeVarints(text: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? DIGIT[code] : -1;
    if (d < 0) continue;
    v = v * 32 + d;
    if (IS_END[code]) {
      out.push(v);
      v = 0;
    }
  }
  return out;
}
