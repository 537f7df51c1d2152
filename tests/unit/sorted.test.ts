import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../lib/policy/sorted';

describe('firstAtOrAfter', () => {
  it('gives the index of the first value at or after a number, or the length when none', () => {
    expect(firstAtOrAfter([3, 8, 8, 20], 8)).toBe(1);
    expect(firstAtOrAfter([3, 8, 8, 20], 9)).toBe(3);
    expect(firstAtOrAfter([3, 8, 8, 20], 21)).toBe(4);
    expect(firstAtOrAfter([], 0)).toBe(0);
  });

  it('agrees with a linear scan on any ascending values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (raw, at) => {
        const values = [...raw].sort((a, b) => a - b);
        const k = values.findIndex((v) => v >= at);
        expect(firstAtOrAfter(values, at)).toBe(k < 0 ? values.length : k);
      }),
    );
  });
});
