/** The corpus index made ready for ranking once (decoded postings, unit and named-thing postings, lookups), cached per index. */
import { loadBm25, type Bm25Model } from './bm25';
import { namedThingKind } from './entities';
import type { CorpusIndex } from './index-schema';
import type { NamedThingKind } from './named-things';

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
  /** Weight of each named thing: its rarity among items, 0..1, times its kind's weight (a city says less than a programme). */
  readonly entityWeights: Float64Array;
  /** Whether a shared named thing is worth naming in a reason (not a city named by every other item). */
  readonly entityNamed: Uint8Array;
  readonly docByFile: ReadonlyMap<string, number>;
  readonly docByNumber: ReadonlyMap<string, number>;
  readonly itemsByHash: ReadonlyMap<string, number[]>;
  /** Buffers reused by every query (ranking is synchronous): per-item scores, zeroed at the start of each; slots and term marks for reasons. */
  readonly scratch: {
    text: Float64Array;
    units: Float64Array;
    entities: Float64Array;
    sharesLead: Uint8Array;
    /** Position of an item among the explained items, −1 otherwise (reset after use). */
    slots: Int8Array;
    /** Query stamp at which a term's mask in `termMasks` was computed. */
    termStamps: Int32Array;
    termMasks: Uint32Array;
    stamp: number;
  };
}

/** 文号 compared loosely: brackets 〔〕[]()（）【】 unified, whitespace removed. */
export function normalizeDocNumber(docNumber: string): string {
  return docNumber.replace(/\s+/g, '').replace(/[[(（【]/g, '〔').replace(/[\])）】]/g, '〕');
}

/** Weight of a named thing's kind: places (cities above all) are weak evidence of a shared subject. */
const KIND_WEIGHT: Record<NamedThingKind, number> = { place: 0.5, topic: 0.8, programme: 1, platform: 1 };
/** A place named by more than this share of the items is not named in reasons. */
const NAMED_PLACE_SHARE = 0.1;

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
  const bm25 = loadBm25(index.bm25);
  const prepared: PreparedCorpus = {
    index,
    itemDocs: Int32Array.from(index.items, (item) => item.doc),
    bm25,
    unitIds: new Map(index.units.map((name, i) => [name, i])),
    unitPostings,
    unitWeights: Float64Array.from(unitPostings, (p) => rarity(size, p.length)),
    entityIds: new Map(index.entities.map((name, i) => [name, i])),
    entityPostings,
    entityWeights: Float64Array.from(entityPostings, (p, e) => rarity(size, p.length) * KIND_WEIGHT[namedThingKind(index.entities[e]) ?? 'topic']),
    entityNamed: Uint8Array.from(entityPostings, (p, e) => (namedThingKind(index.entities[e]) !== 'place' || p.length <= NAMED_PLACE_SHARE * size ? 1 : 0)),
    docByFile: new Map(index.documents.map((doc, i) => [doc.file, i])),
    docByNumber,
    itemsByHash,
    scratch: {
      text: new Float64Array(size),
      units: new Float64Array(size),
      entities: new Float64Array(size),
      sharesLead: new Uint8Array(size),
      slots: new Int8Array(size).fill(-1),
      termStamps: new Int32Array(bm25.idf.length),
      termMasks: new Uint32Array(bm25.idf.length),
      stamp: 0,
    },
  };
  cache.set(index, prepared);
  return prepared;
}
