/**
 * Sets of characters tested by char code. Hot loops use them instead of `'…'.includes(t[i])`, which makes a one-character
 * string for every CJK character and searches it (about ten times slower).
 */

/** A set of BMP characters; `has(s, i)` tests the character at s[i]. */
export class CharClass {
  private readonly bits = new Uint32Array(2048);

  /** The class of the characters of `chars` (never '\0', so an offset past either end tests false). */
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      this.bits[c >>> 5] |= 1 << (c & 31);
    }
  }

  /** Whether the character at `s[i]` is in the class; false when `i` is outside `s`. */
  has(s: string, i: number): boolean {
    const c = s.charCodeAt(i);
    return (this.bits[c >>> 5] & (1 << (c & 31))) !== 0;
  }
}
