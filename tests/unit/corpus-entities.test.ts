import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNamedThings, normalizeForMatch } from '../../lib/corpus/entities';
import { NAMED_THINGS } from '../../lib/corpus/named-things';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ number: file.slice(0, 3), text: normalizeForMatch(readFileSync(`seeds/${file}`, 'utf8')) }));

describe('named things (data)', () => {
  it('notes exactly the seeds each named thing was found in', () => {
    for (const thing of NAMED_THINGS) {
      const names = [thing.name, ...thing.aliases].map(normalizeForMatch);
      const found = seeds.filter((s) => names.some((n) => s.text.includes(n))).map((s) => s.number);
      expect({ name: thing.name, seeds: found }).toEqual({ name: thing.name, seeds: [...thing.seeds] });
    }
  });

  it('has unique names and aliases', () => {
    const all = NAMED_THINGS.flatMap((t) => [t.name, ...t.aliases]).map(normalizeForMatch);
    expect(new Set(all).size).toBe(all.length);
  });

  it('names the places, programmes and platforms the brief asks for', () => {
    const names = NAMED_THINGS.map((t) => t.name);
    for (const n of ['钦州港', '北部湾港', '防城港', '凭祥', '东兴', '南宁', '西部陆海新通道', '中国—东盟信息港', '平陆运河', '自贸试验区', '跨境电商', '粤港澳大湾区']) {
      expect(names).toContain(n);
    }
  });
});

describe('findNamedThings', () => {
  it('finds names through dash variants and PDF whitespace', () => {
    expect(findNamedThings('以建设中国-东盟信息港为抓手')).toEqual(['中国—东盟信息港']);
    expect(findNamedThings('推进西部陆海\n新通道建设')).toEqual(['西部陆海新通道']);
  });

  it('maps aliases to one canonical name: the 2019 rename of 南向通道, abbreviations', () => {
    expect(findNamedThings('加快建设中新互联互通南向通道')).toEqual(['西部陆海新通道']);
    expect(findNamedThings('打造国际陆海贸易新通道门户港')).toEqual(['西部陆海新通道']);
    expect(findNamedThings('全面对接大湾区，融入粤港澳大湾区')).toEqual(['粤港澳大湾区']);
  });

  it('matches the longest name at a position (钦州港 is not also 钦州)', () => {
    expect(findNamedThings('钦州港20万吨级集装箱码头')).toEqual(['钦州港']);
    expect(findNamedThings('中国（南宁）跨境电子商务综合试验区')).toEqual(['南宁', '跨境电子商务综合试验区']);
  });

  it('lists each thing once, in order of first mention', () => {
    expect(findNamedThings('凭祥、东兴重点开发开放试验区；凭祥综合保税区')).toEqual(['凭祥', '东兴', '重点开发开放试验区', '综合保税区']);
  });

  it('stays linear on long unmatched input', () => {
    const started = performance.now();
    expect(findNamedThings('中'.repeat(100000) + '（'.repeat(100000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
