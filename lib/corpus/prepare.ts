/** The corpus index made ready for ranking once (decoded postings, unit and named-thing postings, lookups), cached per index. */
import { loadBm25, type Bm25Model } from './bm25';
import type { CorpusIndex } from './index-schema';

/** One item a unit appears in, and whether as lead unit (牵头单位). */
export interface UnitPosting {
  item: number;
  lead: boolean;
}

/** Everything query-independent that ranking needs. */
export interface PreparedCorpus {
  readonly index: CorpusIndex;
  /** Document of each item. */
  readonly itemDocs: Int32Array;
  readonly bm25: Bm25Model;
  readonly unitIds: ReadonlyMap<string, number>;
  readonly unitPostings: readonly UnitPosting[][];
  /** Rarity of each unit among items, 0..1 (a unit named by every item weighs little). */
  readonly unitWeights: Float64Array;
  readonly entityIds: ReadonlyMap<string, number>;
  readonly entityPostings: readonly number[][];
  /** Rarity of each named thing among items, 0..1. */
  readonly entityWeights: Float64Array;
  readonly docByFile: ReadonlyMap<string, number>;
  readonly docByNumber: ReadonlyMap<string, number>;
  readonly itemsByHash: ReadonlyMap<string, number[]>;
}

/** 文号 compared loosely: brackets 〔〕[]()（）【】 unified, whitespace removed. */
export function normalizeDocNumber(docNumber: string): string {
  return docNumber.replace(/\s+/g, '').replace(/[[(（【]/g, '〔').replace(/[\])）】]/g, '〕');
}

/** Rarity in 0..1: ln(1 + N/df) / ln(1 + N). */
function rarity(size: number, df: number): number {
  return df > 0 && size > 0 ? Math.log(1 + size / df) / Math.log(1 + size) : 0;
}

const cache = new WeakMap<CorpusIndex, PreparedCorpus>();

/** Prepare an index for ranking (computed once per index object). */
export function prepareCorpus(index: CorpusIndex): PreparedCorpus {
  const cached = cache.get(index);
  if (cached) return cached;
  const size = index.items.length;
  const unitPostings: UnitPosting[][] = index.units.map(() => []);
  const entityPostings: number[][] = index.entities.map(() => []);
  const itemsByHash = new Map<string, number[]>();
  index.items.forEach((item, i) => {
    for (const u of item.lead) unitPostings[u]?.push({ item: i, lead: true });
    for (const u of item.co) unitPostings[u]?.push({ item: i, lead: false });
    for (const e of item.entities) entityPostings[e]?.push(i);
    itemsByHash.set(item.hash, [...(itemsByHash.get(item.hash) ?? []), i]);
  });
  const docByNumber = new Map<string, number>();
  index.documents.forEach((doc, i) => {
    if (doc.docNumber) docByNumber.set(normalizeDocNumber(doc.docNumber), i);
  });
  const prepared: PreparedCorpus = {
    index,
    itemDocs: Int32Array.from(index.items, (item) => item.doc),
    bm25: loadBm25(index.bm25),
    unitIds: new Map(index.units.map((name, i) => [name, i])),
    unitPostings,
    unitWeights: Float64Array.from(unitPostings, (p) => rarity(size, p.length)),
    entityIds: new Map(index.entities.map((name, i) => [name, i])),
    entityPostings,
    entityWeights: Float64Array.from(entityPostings, (p) => rarity(size, p.length)),
    docByFile: new Map(index.documents.map((doc, i) => [doc.file, i])),
    docByNumber,
    itemsByHash,
  };
  cache.set(index, prepared);
  return prepared;
}
