/** BM25 (Okapi, Lucene idf) over bigram term frequencies: an inverted index with postings, serializable to compact JSON. */
import { asciiWordCode as asciiWordCode_, CJK_COUNT as CJK_COUNT_, cjkIndex as cjkIndex_ } from './bigrams';
import type { Bm25Data } from './index-schema';
import { decodeVarints, encodeVarints } from './varint';
import { decodeVocabulary, encodeVocabulary } from './vocabulary';

/** Per-character helpers bound locally: an imported binding costs a getter call per use in CommonJS transpilations (tsx). */
const cjkIndex = cjkIndex_;
const CJK_COUNT = CJK_COUNT_;
const asciiWordCode = asciiWordCode_;

/** Term-frequency saturation. */
export const BM25_K1 = 1.2;
/** Length normalization. */
export const BM25_B = 0.75;
/** Saturation of a term's frequency in the query (long queries repeat their subject, but not linearly). */
const K3 = 1.2;
/** Terms in more than this share of the items (建设, 推进, 发展…) are stop terms, not scored: they cost most of the postings and barely move the ranking. */
const STOP_SHARE = 0.2;
/** A term is never a stop term in fewer items than this (a small corpus has no stop terms). */
const STOP_MIN_DF = 20;

/** Build the serializable BM25 data of items given as term-frequency maps (item i = position i). */
export function buildBm25(items: ReadonlyArray<ReadonlyMap<string, number>>): Bm25Data {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  items.forEach((tf, item) => {
    let length = 0;
    for (const [term, count] of tf) {
      length += count;
      const list = postings.get(term) ?? [];
      if (!list.length) postings.set(term, list);
      list.push(item, count);
    }
    lengths.push(length);
  });
  const vocabulary = encodeVocabulary(postings.keys());
  const encoded = vocabulary.order.map((term) => {
    const list = postings.get(term)!;
    const values: number[] = [];
    let previous = -1;
    for (let i = 0; i < list.length; i += 2) {
      const item = list[i];
      const count = list[i + 1];
      values.push((item - previous - 1) * 2 + (count > 1 ? 1 : 0));
      if (count > 1) values.push(count - 2);
      previous = item;
    }
    return encodeVarints(values);
  });
  return { k1: BM25_K1, b: BM25_B, lengths, terms: vocabulary.text, postings: encoded.join(' ') };
}

/**
 * Term ids by token without string keys: a CJK bigram ab by open addressing on a · CJK_COUNT + b (dense CJK
 * indices) in `slots` (key, id pairs side by side: one cache line per probe), a unigram a by `unigrams[a]`, an ASCII word in `words`.
 */
export interface TermTable {
  readonly slots: Int32Array;
  readonly unigrams: Int32Array;
  readonly words: ReadonlyMap<string, number>;
}

/** BM25 data ready for querying: term table, postings flattened into typed arrays, idf, precomputed impacts. */
export interface Bm25Model {
  readonly size: number;
  readonly k1: number;
  readonly b: number;
  readonly avgLength: number;
  readonly termTable: TermTable;
  /** Postings of term t are positions offsets[t] … offsets[t + 1] − 1 of `items` and `impacts`. */
  readonly offsets: Int32Array;
  /** Items of each posting, ascending within a term; a byte each in a corpus of up to 256 items (fewer cache lines per query). */
  readonly items: Uint8Array | Uint16Array | Int32Array;
  /** BM25 term-frequency part of each posting: tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / avgLength)). */
  readonly impacts: Float64Array;
  readonly idf: Float64Array;
  /** The idf of each term a query is scored on, −1 for stop terms (one read per query term instead of three). */
  readonly queryIdf: Float64Array;
  /** Scratch term counts of the query being prepared (all zero between queries). */
  readonly queryCounts: Int32Array;
  /** Scratch of `bm25Query`, grown as needed (a query's arrays are views of it). */
  query: { starts: Int32Array; bigrams: Int32Array; terms: Int32Array; weights: Float64Array };
}

/** Slot of a bigram key in a table of 2^bits slots (multiplicative hashing). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** Id of the bigram with dense CJK indices a, b (−1 when not in the vocabulary). */
function bigramId(table: TermTable, a: number, b: number): number {
  const key = a * CJK_COUNT + b;
  const { slots } = table;
  const mask = (slots.length >> 1) - 1;
  for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
    const k = slots[2 * slot];
    if (k === key) return slots[2 * slot + 1];
    if (k < 0) return -1;
  }
}

/** The term table of a vocabulary (term id = position in `terms`). */
function termTable(terms: readonly string[]): TermTable {
  const unigrams = new Int32Array(CJK_COUNT).fill(-1);
  const words = new Map<string, number>();
  let capacity = 16;
  while (capacity < terms.length * 2) capacity *= 2;
  const slots = new Int32Array(2 * capacity).fill(-1);
  terms.forEach((term, id) => {
    const a = cjkIndex(term.charCodeAt(0));
    if (a < 0) words.set(term, id);
    else if (term.length === 1) unigrams[a] = id;
    else {
      const key = a * CJK_COUNT + cjkIndex(term.charCodeAt(1));
      let slot = slotOf(key, capacity - 1);
      while (slots[2 * slot] >= 0) slot = (slot + 1) & (capacity - 1);
      slots[2 * slot] = key;
      slots[2 * slot + 1] = id;
    }
  });
  return { slots, unigrams, words };
}

/** Term id of a token as `bigrams` yields it, −1 when not in the vocabulary. */
export function termId(model: Bm25Model, token: string): number {
  const a = cjkIndex(token.charCodeAt(0));
  if (a < 0) return model.termTable.words.get(token) ?? -1;
  return token.length === 1 ? model.termTable.unigrams[a] : bigramId(model.termTable, a, cjkIndex(token.charCodeAt(1)));
}

/** Decode serialized BM25 data (malformed postings decode to empty lists); term ids go by decreasing df, so the terms most queries touch share cache lines. */
export function loadBm25(data: Bm25Data): Bm25Model {
  const size = data.lengths.length;
  const avgLength = size ? data.lengths.reduce((a, b) => a + b, 0) / size || 1 : 1;
  const norms = data.lengths.map((length) => data.k1 * (1 - data.b + (data.b * length) / avgLength));
  const vocabulary = decodeVocabulary(data.terms);
  const lists = data.postings.split(' ');
  const decoded = vocabulary.map((_, v) => {
    const values = decodeVarints(lists[v] ?? '');
    const postings: number[] = [];
    let previous = -1;
    for (let i = 0; i < values.length; i++) {
      const item = previous + 1 + (values[i] >> 1);
      const count = values[i] & 1 ? (values[++i] ?? 0) + 2 : 1;
      if (item >= size) break;
      postings.push(item, count);
      previous = item;
    }
    return postings;
  });
  const order = vocabulary.map((_, v) => v).sort((a, b) => decoded[b].length - decoded[a].length || a - b);
  const terms = order.map((v) => vocabulary[v]);
  const offsets = new Int32Array(terms.length + 1);
  const items: number[] = [];
  const impacts: number[] = [];
  const idf = new Float64Array(terms.length);
  order.forEach((v, id) => {
    const postings = decoded[v];
    for (let i = 0; i < postings.length; i += 2) {
      items.push(postings[i]);
      impacts.push((postings[i + 1] * (data.k1 + 1)) / (postings[i + 1] + norms[postings[i]]));
    }
    offsets[id + 1] = items.length;
    const df = offsets[id + 1] - offsets[id];
    idf[id] = Math.log(1 + (size - df + 0.5) / (df + 0.5));
  });
  return {
    size,
    k1: data.k1,
    b: data.b,
    avgLength,
    termTable: termTable(terms),
    offsets,
    items: size <= 0x100 ? Uint8Array.from(items) : size <= 0x10000 ? Uint16Array.from(items) : Int32Array.from(items),
    impacts: Float64Array.from(impacts),
    idf,
    queryIdf: idf.map((value, id) => (offsets[id + 1] - offsets[id] > Math.max(STOP_MIN_DF, STOP_SHARE * size) ? -1 : value)),
    queryCounts: new Int32Array(terms.length),
    query: { starts: new Int32Array(0), bigrams: new Int32Array(0), terms: new Int32Array(0), weights: new Float64Array(0) },
  };
}

/** A query against one model: its scored terms (in the vocabulary, not stop terms) with their weights, its self score, and where its bigrams are. */
export interface Bm25Query {
  /** Views of the model's scratch, like the bigram arrays: valid until its next query. */
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  /** BM25 of the query scored as an item of its own length: the normalizer of `bm25Scores`. */
  readonly self: number;
  /** Start in the text of each CJK bigram the vocabulary knows, and its term id (for naming shared wordings); views of the model's scratch, valid until its next query. */
  readonly bigramStarts: Int32Array;
  readonly bigramTerms: Int32Array;
}

/** Id of the ASCII word text[start, end) folded as `scanTokens` folds it (−1 when not in the vocabulary). */
function wordId(table: TermTable, text: string, start: number, end: number): number {
  let word = '';
  for (let i = start; i < end; i++) word += String.fromCharCode(asciiWordCode(text.charCodeAt(i)));
  return table.words.get(word) ?? -1;
}

/** Scratch of `bm25Query` sized for a text: starts and terms of its bigrams, its distinct terms, their weights. */
function queryScratch(model: Bm25Model, length: number): Bm25Model['query'] {
  if (model.query.starts.length <= length) {
    const size = 2 * length + 16;
    model.query = { starts: new Int32Array(size), bigrams: new Int32Array(size), terms: new Int32Array(size), weights: new Float64Array(size) };
  }
  return model.query;
}

/**
 * Prepare a query from its text (tokens outside the vocabulary cannot match and only count towards its length).
 * Tokenizes as `scanTokens` does, in one inlined pass: this runs for every task of a page.
 */
export function bm25Query(model: Bm25Model, text: string): Bm25Query {
  const table = model.termTable;
  const { unigrams } = table;
  const counts = model.queryCounts;
  const { starts, bigrams: bigramIds, terms, weights } = queryScratch(model, text.length);
  let distinct = 0;
  let bigrams = 0;
  let length = 0;
  /** Dense CJK index of the previous character when it is CJK (−1 otherwise), start of the current CJK run and ASCII word. */
  let previous = -1;
  let runStart = -1;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const c = cjkIndex(code);
    let id = -1;
    if (c >= 0) {
      if (wordStart >= 0) {
        length++;
        id = wordId(table, text, wordStart, i);
        if (id >= 0 && counts[id]++ === 0) terms[distinct++] = id;
        wordStart = -1;
      }
      if (previous >= 0) {
        length++;
        id = bigramId(table, previous, c);
        if (id >= 0) {
          if (counts[id]++ === 0) terms[distinct++] = id;
          starts[bigrams] = i - 1;
          bigramIds[bigrams++] = id;
        }
      } else runStart = i;
      previous = c;
      continue;
    }
    if (previous >= 0) {
      if (i - runStart === 1) {
        length++;
        id = unigrams[previous];
        if (id >= 0 && counts[id]++ === 0) terms[distinct++] = id;
      }
      previous = -1;
    }
    if (asciiWordCode(code)) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      length++;
      id = wordId(table, text, wordStart, i);
      if (id >= 0 && counts[id]++ === 0) terms[distinct++] = id;
      wordStart = -1;
    }
  }
  const norm = model.k1 * (1 - model.b + (model.b * length) / model.avgLength);
  let scored = 0;
  let self = 0;
  for (let t = 0; t < distinct; t++) {
    const id = terms[t];
    const tf = counts[id];
    counts[id] = 0;
    const idf = model.queryIdf[id];
    if (idf < 0) continue;
    const weight = (idf * tf * (K3 + 1)) / (tf + K3);
    terms[scored] = id;
    weights[scored++] = weight;
    self += (weight * tf * (model.k1 + 1)) / (tf + norm);
  }
  return { terms: terms.subarray(0, scored), weights: weights.subarray(0, scored), self, bigramStarts: starts.subarray(0, bigrams), bigramTerms: bigramIds.subarray(0, bigrams) };
}

/** Add every item's BM25 score for the query into `scores` (length = model.size), walking only the query's postings. */
export function bm25Scores(model: Bm25Model, query: Bm25Query, scores: Float64Array): void {
  const { offsets, items, impacts } = model;
  for (let q = 0; q < query.terms.length; q++) {
    const id = query.terms[q];
    const weight = query.weights[q];
    for (let p = offsets[id], end = offsets[id + 1]; p < end; p++) scores[items[p]] += weight * impacts[p];
  }
}
