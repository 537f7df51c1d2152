import { firstAtOrAfter } from './sorted';

/** Where one word occurs in a text, found once by native scans; a range is then looked up by binary search instead of scanned again. */
export class Occurrences {
  /** Start offsets of the non-overlapping occurrences, ascending. */
  readonly at: number[] = [];

  /** Find every occurrence of `word` in `text`. */
  constructor(
    text: string,
    readonly word: string,
  ) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) this.at.push(i);
  }

  /** Index in `at` of the first occurrence starting at or after `from` (at.length when none). */
  firstIndex(from: number): number {
    return firstAtOrAfter(this.at, from);
  }

  /** Offset of the first occurrence starting in [from, to), or -1. */
  next(from: number, to: number): number {
    const k = this.firstIndex(from);
    return k < this.at.length && this.at[k] < to ? this.at[k] : -1;
  }
}
