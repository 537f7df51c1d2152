import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, isCjk, termFrequencies } from '../../lib/corpus/bigrams';
import { bm25Query, bm25Scores, buildBm25, loadBm25, termId } from '../../lib/corpus/bm25';
import { Bm25DataSchema } from '../../lib/corpus/index-schema';
import { decodeVarints, encodeVarints } from '../../lib/corpus/varint';
import { decodeVocabulary, encodeVocabulary } from '../../lib/corpus/vocabulary';

const docs = [
  '推进西部陆海新通道建设，发展海铁联运。',
  '加快建设中国—东盟信息港，推进数字经济发展。',
  '推动跨境金融创新发展，推进人民币跨境使用。',
  '推进建设，推进发展，推进合作，推进建设，推进发展，推进合作。',
];

/** Textbook BM25 (Lucene idf), computed directly from the texts. */
function naiveBm25(texts: string[], query: string): number[] {
  const tfs = texts.map(termFrequencies);
  const lengths = tfs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / texts.length;
  const qtf = termFrequencies(query);
  return tfs.map((tf, d) => {
    let score = 0;
    for (const [term, q] of qtf) {
      const df = tfs.filter((t) => t.has(term)).length;
      if (!df) continue;
      const idf = Math.log(1 + (texts.length - df + 0.5) / (df + 0.5));
      const f = tf.get(term) ?? 0;
      const qw = (q * 2.2) / (q + 1.2);
      score += (idf * qw * f * 2.2) / (f + 1.2 * (1 - 0.75 + (0.75 * lengths[d]) / avg));
    }
    return score;
  });
}

function scores(data: ReturnType<typeof buildBm25>, query: string): number[] {
  const model = loadBm25(data);
  const out = new Float64Array(model.size);
  bm25Scores(model, bm25Query(model, query), out);
  return [...out];
}

describe('bm25', () => {
  const data = buildBm25(docs.map(termFrequencies));

  it('ranks the document sharing the rare terms first', () => {
    const s = scores(data, '西部陆海新通道海铁联运');
    expect(s.indexOf(Math.max(...s))).toBe(0);
    const f = scores(data, '跨境金融');
    expect(f.indexOf(Math.max(...f))).toBe(2);
  });

  it('gives common terms little weight: 推进 everywhere does not make document 3 related to everything', () => {
    const s = scores(data, '推进中国—东盟信息港建设');
    expect(s[1]).toBeGreaterThan(s[3]);
  });

  it('equals textbook BM25 after a JSON round trip of the serialized index', () => {
    const restored = Bm25DataSchema.parse(JSON.parse(JSON.stringify(data)));
    for (const query of ['推进西部陆海新通道建设', '推进推进推进', '数字经济 5G', '']) {
      const got = scores(restored, query);
      naiveBm25(docs, query).forEach((want, i) => expect(got[i]).toBeCloseTo(want, 10));
    }
  });

  it('tokenizes a query exactly as the index tokenizes items (CJK runs, lone ideographs, full-width and mixed-case words)', () => {
    const alphabet = [...'推进西部陆海新通道建设跨境金融', '5', 'G', 'Ｇ', 'ｇ', 'a', 'Z', ' ', '，', '（', '—'];
    const dataWithWords = buildBm25([...docs, '数字经济 5G ag', '5g AZ'].map(termFrequencies));
    const model = loadBm25(dataWithWords);
    const texts = [...docs, '数字经济 5G ag', '5g AZ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const query = chars.join('');
        const out = new Float64Array(model.size);
        const q = bm25Query(model, query);
        bm25Scores(model, q, out);
        naiveBm25(texts, query).forEach((want, i) => expect(out[i]).toBeCloseTo(want, 10));
        const known: number[] = [];
        for (let i = 0; i + 1 < query.length; i++) if (isCjk(query.charCodeAt(i)) && isCjk(query.charCodeAt(i + 1)) && termId(model, query.slice(i, i + 2)) >= 0) known.push(i);
        expect(Array.from(q.bigramStarts)).toEqual(known);
      }),
    );
  });

  it('walks postings: only documents sharing a term get a score', () => {
    const s = scores(data, '跨境');
    expect(s.filter((x) => x > 0)).toHaveLength(1);
  });

  it('records where the query\'s known bigrams are, for naming shared wordings', () => {
    const model = loadBm25(data);
    const query = bm25Query(model, '推进 西部陆海新通道（未知词）');
    expect(Array.from(query.bigramStarts, (s) => '推进 西部陆海新通道（未知词）'.slice(s, s + 2))).toEqual(['推进', '西部', '部陆', '陆海', '海新', '新通', '通道']);
    expect(query.bigramTerms.every((t) => t >= 0 && t < model.idf.length)).toBe(true);
  });

  it("scores a query against itself as its 'self' score", () => {
    const model = loadBm25(buildBm25([termFrequencies(docs[0]), termFrequencies(docs[0])]));
    const query = bm25Query(model, docs[0]);
    const out = new Float64Array(2);
    bm25Scores(model, query, out);
    expect(out[0]).toBeCloseTo(query.self, 10);
  });

  it('finds every term of the vocabulary, and no other', () => {
    const model = loadBm25(data);
    const terms = [...new Set(docs.flatMap(bigrams))];
    expect(terms.map((t) => termId(model, t)).sort((a, b) => a - b)).toEqual(terms.map((_, i) => i));
    expect(termId(model, '航道')).toBe(-1);
    expect(termId(model, 'cepa')).toBe(-1);
  });

  it('keeps each term\'s postings in item order', () => {
    const model = loadBm25(data);
    const id = termId(model, '推进');
    expect([...model.items.subarray(model.offsets[id], model.offsets[id + 1])]).toEqual([0, 1, 2, 3]);
  });

  it('stores term frequencies above one and long postings lists correctly', () => {
    const many = Array.from({ length: 300 }, (_, i) => termFrequencies(i % 7 === 0 ? '通道通道通道通道' : `第${i}项`));
    const model = loadBm25(buildBm25(many));
    const id = termId(model, '通道');
    const postings = [...model.items.subarray(model.offsets[id], model.offsets[id + 1])];
    expect(postings).toEqual(Array.from({ length: 43 }, (_, i) => i * 7));
    const scores = new Float64Array(model.size);
    bm25Scores(model, bm25Query(model, '通道'), scores);
    const long = new Float64Array(model.size);
    bm25Scores(loadBm25(buildBm25(many.map((tf, i) => (i % 7 === 0 ? termFrequencies('通道') : tf)))), bm25Query(model, '通道'), long);
    expect(scores[0]).toBeGreaterThan(long[0]);
  });

  it('decodes malformed data to empty results instead of throwing', () => {
    const model = loadBm25({ k1: 1.2, b: 0.75, lengths: [3], terms: '推进 ', postings: '"\\ ' });
    expect(model.size).toBe(1);
    const out = new Float64Array(1);
    expect(() => bm25Scores(model, bm25Query(model, '推进'), out)).not.toThrow();
  });
});

describe('varints', () => {
  it('round-trips any list of non-negative integers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 31 })), (values) => {
        expect(decodeVarints(encodeVarints(values))).toEqual(values);
      }),
    );
  });

  it('uses one character below 32 and no JSON-special characters', () => {
    expect(encodeVarints([0, 31, 32])).toBe('0VX0');
    expect(JSON.stringify(encodeVarints([1e9, 5, 12345]))).not.toMatch(/\\/);
  });
});

describe('vocabulary', () => {
  it('round-trips the terms of any text, in its canonical order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('中', '国', '东', '盟', '，', 'a', '5', ' ') }), (text) => {
        const terms = new Set(bigrams(text));
        const { order, text: encoded } = encodeVocabulary(terms);
        expect(decodeVocabulary(encoded)).toEqual(order);
        expect(new Set(order)).toEqual(terms);
      }),
    );
  });

  it('groups bigrams by their first character', () => {
    expect(encodeVocabulary(['推进', '推动', '推', 'cepa', '中国']).text).toBe('中国 推 推动进 cepa');
  });
});
