import { describe, expect, it } from 'vitest';
import { byFirstChar, CharClass } from '../../lib/policy/char-class';

describe('CharClass', () => {
  const stops = new CharClass('。；\n');

  it('tests the character at an offset, and is false outside the string', () => {
    const t = '加快建设。推进';
    expect([...t].map((_, i) => stops.has(t, i))).toEqual([false, false, false, false, true, false, false]);
    expect(stops.has(t, -1)).toBe(false);
    expect(stops.has(t, t.length)).toBe(false);
    expect(new CharClass('\u0001').has('', 0)).toBe(false);
  });

  it('finds the first character in or out of the class inside a range', () => {
    const t = '一、总体要求。\n二、';
    expect(stops.indexIn(t, 0, t.length)).toBe(6);
    expect(stops.indexIn(t, 7, t.length)).toBe(7);
    expect(stops.indexIn(t, 0, 6)).toBe(-1);
    expect(new CharClass(' \u3000').indexNotIn('  \u3000正文', 0, 6)).toBe(3);
    expect(new CharClass(' ').indexNotIn('   ', 0, 3)).toBe(-1);
  });
});

describe('byFirstChar', () => {
  it('groups words by their first character, in their order', () => {
    const groups = byFirstChar(['自治区党委', '自治区', '广西', '省'], (w) => w);
    expect(groups.get('自'.charCodeAt(0))).toEqual(['自治区党委', '自治区']);
    expect(groups.get('广'.charCodeAt(0))).toEqual(['广西']);
    expect(groups.has('市'.charCodeAt(0))).toBe(false);
  });
});
