/** Binary search over ascending number arrays (offsets of headings, markers, colons, mapped characters). */

/** Index of the first of the ascending `values` at or after `at` (values.length when none). */
export function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
