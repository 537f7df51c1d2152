import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, termFrequencies } from '../../lib/corpus/bigrams';

describe('bigrams', () => {
  it('turns a CJK run into overlapping bigrams', () => {
    expect(bigrams('西部陆海新通道')).toEqual(['西部', '部陆', '陆海', '海新', '新通', '通道']);
  });

  it('never makes a bigram across punctuation, and drops the punctuation', () => {
    expect(bigrams('中国—东盟信息港，钦州港。')).toEqual(['中国', '东盟', '盟信', '信息', '息港', '钦州', '州港']);
    expect(bigrams('（责任单位：自治区商务厅）')).toEqual(['责任', '任单', '单位', '自治', '治区', '区商', '商务', '务厅']);
  });

  it('keeps a single ideograph between separators as a unigram', () => {
    expect(bigrams('到2021年，建成')).toEqual(['到', '2021', '年', '建成']);
  });

  it('keeps ASCII words and numbers as whole tokens, lower-cased, full-width forms folded', () => {
    expect(bigrams('CEPA先行先试')).toEqual(['cepa', '先行', '行先', '先试']);
    expect(bigrams('第五代移动通信技术（５Ｇ）网络')).toContain('5g');
    expect(bigrams('PM2.5和O3')).toEqual(['pm2', '5', '和', 'o3']);
  });

  it('treats whitespace and line breaks of PDF conversions as separators', () => {
    expect(bigrams('红花二\n\n线船闸')).toEqual(['红花', '花二', '线船', '船闸']);
  });

  it('counts term frequencies', () => {
    const tf = termFrequencies('推进西部陆海新通道建设，西部陆海新通道');
    expect(tf.get('西部')).toBe(2);
    expect(tf.get('建设')).toBe(1);
  });

  it('yields only bigrams, unigrams and ASCII words, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('中', '国', '东', '盟', '，', ' ', 'A', '1', '—', '\n', '（', 'é') }), (text) => {
        for (const token of bigrams(text)) expect(token).toMatch(/^([\u4e00-\u9fff]{1,2}|[a-z0-9]+)$/);
      }),
    );
  });

  it('tokenizes a whole seed, every token a bigram, unigram or ASCII word', () => {
    const text = readFileSync('seeds/003_034c74d6c895f59c.txt', 'utf8');
    const tokens = bigrams(text);
    expect(tokens.length).toBeGreaterThan(10000);
    expect(tokens).toContain('钦州');
    expect(tokens.every((t) => /^([\u3400-\u9fff\uf900-\ufaff]{1,2}|[a-z0-9]+)$/.test(t))).toBe(true);
  });
});
