import { describe, expect, it } from 'vitest';
import { Occurrences } from '../../lib/policy/occurrences';

describe('Occurrences', () => {
  const t = '牵头单位：区发改局；配合单位：财政局。时限：年底';

  it('finds every non-overlapping occurrence once', () => {
    expect(new Occurrences(t, '：').at).toEqual([4, 14, 21]);
    expect(new Occurrences('年年年', '年年').at).toEqual([0]);
    expect(new Occurrences(t, '号').at).toEqual([]);
  });

  it('looks up the first occurrence in a range', () => {
    const colons = new Occurrences(t, '：');
    expect(colons.next(0, t.length)).toBe(4);
    expect(colons.next(5, t.length)).toBe(14);
    expect(colons.next(5, 14)).toBe(-1);
    expect(colons.next(22, t.length)).toBe(-1);
    expect(colons.firstIndex(15)).toBe(2);
    expect(colons.firstIndex(100)).toBe(3);
  });
});
