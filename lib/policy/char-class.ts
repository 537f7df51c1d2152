/**
 * Sets of characters tested by char code. Hot loops use them instead of `'…'.includes(t[i])`, which makes a one-character
 * string for every CJK character and searches it (about ten times slower).
 */

/** A set of BMP characters; `has(s, i)` tests the character at s[i]. */
export class CharClass {
  private readonly bits = new Uint32Array(2048);

  /** The class of the characters of `chars`. */
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      this.bits[c >>> 5] |= 1 << (c & 31);
    }
  }

  /**
   * Whether the character at `s[i]` is in the class; false when `i` is outside `s`, which is never read (see codeAt). The check is
   * written here rather than through codeAt: so has() stays small enough for V8 to inline it into more loops (through codeAt the
   * engine ran 1.9% more instructions on seed 000).
   */
  has(s: string, i: number): boolean {
    if (i >>> 0 >= s.length) return false;
    const c = s.charCodeAt(i);
    return (this.bits[c >>> 5] & (1 << (c & 31))) !== 0;
  }

  /** Offset of the first character of s[from, to) in the class, or -1. */
  indexIn(s: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.has(s, i)) return i;
    return -1;
  }

  /** Offset of the first character of s[from, to) not in the class, or -1. */
  indexNotIn(s: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (!this.has(s, i)) return i;
    return -1;
  }
}

/**
 * The char code at s[i], or -1 when `i` is outside `s`, which is never read: charCodeAt outside a string deoptimizes, and V8
 * then calls charCodeAt out of line at that site for good, in every function it is inlined in.
 */
export function codeAt(s: string, i: number): number {
  return i >>> 0 < s.length ? s.charCodeAt(i) : -1;
}

/** The Chinese numerals 一…十 that heading labels count with (一、, （三）). */
export const CN_DIGITS = new CharClass('一二三四五六七八九十');

/** `items` grouped by the char code of the first character of `word(item)`, each group in the order of `items`. */
export function byFirstChar<T>(items: readonly T[], word: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const code = word(item).charCodeAt(0);
    const group = groups.get(code);
    if (group) group.push(item);
    else groups.set(code, [item]);
  }
  return groups;
}
