/** The corpus index made ready for ranking once (decoded postings, unit and named-thing postings, lookups), cached per index. */
import { loadBm25, type Bm25Model } from './bm25';
import { namedThingForms, namedThingKind } from './entities';
import type { CorpusIndex } from './index-schema';
import { NAMED_THINGS, type NamedThingKind } from './named-things';

/** Lists of items per key (unit, named thing, term…) flattened: key k's items are items[offsets[k]] … items[offsets[k + 1] − 1]. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/** Everything query-independent that ranking needs. */
export interface PreparedCorpus {
  readonly index: CorpusIndex;
  /** Document of each item. */
  readonly itemDocs: Int32Array;
  readonly bm25: Bm25Model;
  readonly unitIds: ReadonlyMap<string, number>;
  /** Unit id of each unit name a query has named so far, as written (canonicalized once), −1 for units the corpus does not know. */
  readonly unitIdByName: Map<string, number>;
  /** Items each unit appears in; `unitLeads` (parallel to its items) is 1 where the unit leads (牵头单位) the item. */
  readonly unitPostings: Postings;
  readonly unitLeads: Uint8Array;
  /** Rarity of each unit among items, 0..1 (a unit named by every item weighs little). */
  readonly unitWeights: Float64Array;
  /** Entity id of each named thing (by its position in NAMED_THINGS), −1 for those no item mentions. */
  readonly thingEntities: Int32Array;
  readonly entityPostings: Postings;
  /** Weight of each named thing: its rarity among items, 0..1, times its kind's weight (a city says less than a programme). */
  readonly entityWeights: Float64Array;
  /** Name and aliases of each named thing, normalized for matching (namedThingForms). */
  readonly entityForms: readonly (readonly string[])[];
  /** Whether a shared named thing is worth naming in a reason (not a city named by every other item). */
  readonly entityNamed: Uint8Array;
  readonly docByFile: ReadonlyMap<string, number>;
  readonly docByNumber: ReadonlyMap<string, number>;
  readonly itemsByHash: ReadonlyMap<string, number[]>;
  /** Terms of each item as bitsets over the vocabulary (item i's bits start at word i · termWords), for naming shared wordings. */
  readonly itemTerms: Uint32Array;
  readonly termWords: number;
  /** Buffers reused by every query (ranking is synchronous): per-item scores, zeroed at the start of each. */
  readonly scratch: {
    text: Float64Array;
    units: Float64Array;
    entities: Float64Array;
    sharesLead: Uint8Array;
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

/** Flatten per-key lists of (item, flag) pairs given by `visit`, in item order within a key. */
function flatten(keys: number, visit: (add: (key: number, item: number, flag: number) => void) => void): Postings & { flags: Uint8Array } {
  const offsets = new Int32Array(keys + 1);
  visit((key) => offsets[key + 1]++);
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const items = new Int32Array(offsets[keys]);
  const flags = new Uint8Array(offsets[keys]);
  const next = offsets.slice(0, keys);
  visit((key, item, flag) => {
    items[next[key]] = item;
    flags[next[key]++] = flag;
  });
  return { offsets, items, flags };
}

/** The terms of each item of a BM25 model as a bitset over the vocabulary, rows of `words` 32-bit words (a few hundred bytes per item). */
function termBitsets(bm25: Bm25Model, words: number): Uint32Array {
  const bits = new Uint32Array(bm25.size * words);
  for (let term = 0; term < bm25.idf.length; term++) {
    for (let p = bm25.offsets[term]; p < bm25.offsets[term + 1]; p++) bits[bm25.items[p] * words + (term >>> 5)] |= 1 << (term & 31);
  }
  return bits;
}

const cache = new WeakMap<CorpusIndex, PreparedCorpus>();

/** Prepare an index for ranking (computed once per index object). */
export function prepareCorpus(index: CorpusIndex): PreparedCorpus {
  const cached = cache.get(index);
  if (cached) return cached;
  const size = index.items.length;
  const units = flatten(index.units.length, (add) =>
    index.items.forEach((item, i) => {
      for (const u of item.lead) if (u < index.units.length) add(u, i, 1);
      for (const u of item.co) if (u < index.units.length) add(u, i, 0);
    }),
  );
  const entityPostings = flatten(index.entities.length, (add) =>
    index.items.forEach((item, i) => {
      for (const e of item.entities) if (e < index.entities.length) add(e, i, 0);
    }),
  );
  const itemsByHash = new Map<string, number[]>();
  index.items.forEach((item, i) => itemsByHash.set(item.hash, [...(itemsByHash.get(item.hash) ?? []), i]));
  const count = (p: Postings, key: number) => p.offsets[key + 1] - p.offsets[key];
  const docByNumber = new Map<string, number>();
  index.documents.forEach((doc, i) => {
    if (doc.docNumber) docByNumber.set(normalizeDocNumber(doc.docNumber), i);
  });
  const bm25 = loadBm25(index.bm25);
  const termWords = (bm25.idf.length + 31) >>> 5;
  const entityIds = new Map(index.entities.map((name, i) => [name, i]));
  const prepared: PreparedCorpus = {
    index,
    itemDocs: Int32Array.from(index.items, (item) => item.doc),
    bm25,
    unitIds: new Map(index.units.map((name, i) => [name, i])),
    unitIdByName: new Map(),
    unitPostings: units,
    unitLeads: units.flags,
    unitWeights: Float64Array.from(index.units, (_, u) => rarity(size, count(units, u))),
    thingEntities: Int32Array.from(NAMED_THINGS, (thing) => entityIds.get(thing.name) ?? -1),
    entityPostings,
    entityWeights: Float64Array.from(index.entities, (name, e) => rarity(size, count(entityPostings, e)) * KIND_WEIGHT[namedThingKind(name) ?? 'topic']),
    entityForms: index.entities.map(namedThingForms),
    entityNamed: Uint8Array.from(index.entities, (name, e) => (namedThingKind(name) !== 'place' || count(entityPostings, e) <= NAMED_PLACE_SHARE * size ? 1 : 0)),
    docByFile: new Map(index.documents.map((doc, i) => [doc.file, i])),
    docByNumber,
    itemsByHash,
    itemTerms: termBitsets(bm25, termWords),
    termWords,
    scratch: {
      text: new Float64Array(size),
      units: new Float64Array(size),
      entities: new Float64Array(size),
      sharesLead: new Uint8Array(size),
    },
  };
  cache.set(index, prepared);
  return prepared;
}
