/** Why an item is related to a query, in words that name the shared thing (共同牵头单位：自治区商务厅). */
import type { PreparedCorpus } from './prepare';

/** What a query shares with the corpus, computed once per query and explained per item. */
export interface QueryFacts {
  /** Ranked text of the query (title + body, responsibility clauses stripped). */
  text: string;
  leadUnits: ReadonlySet<number>;
  coUnits: ReadonlySet<number>;
  entities: readonly number[];
  /** Start of each CJK bigram of `text` whose term is in the vocabulary, and that term (from bm25Query). */
  bigramStarts: Int32Array;
  bigramTerms: Int32Array;
}

/** Most names listed in one reason. */
const MAX_NAMES = 4;
/** Shortest shared wording reported (characters). */
const MIN_PHRASE = 4;
/** Shared wordings are built only from bigrams at least this rare (idf); 建设, 推进… are too common to name a subject. */
const PHRASE_MIN_IDF = 1.5;
/** Function characters trimmed from the ends of a shared wording. */
const EDGE_CHARS = '与和及等的之在对向将为并把是了';

/** Most items whose shared wordings are named (one bit each in a 32-bit mask). */
const MAX_WORDING_ITEMS = 32;

/** For each known bigram of the query, a mask of the items (bit s = items[s]) that contain it, rare bigrams only. */
function wordingMasks(prepared: PreparedCorpus, facts: QueryFacts, items: readonly number[]): Uint32Array {
  const { bm25 } = prepared;
  const slots = new Int8Array(prepared.index.items.length).fill(-1);
  items.slice(0, MAX_WORDING_ITEMS).forEach((item, s) => (slots[item] = s));
  const masks = new Uint32Array(facts.bigramTerms.length);
  for (let j = 0; j < masks.length; j++) {
    const term = facts.bigramTerms[j];
    if (bm25.idf[term] < PHRASE_MIN_IDF) continue;
    let mask = 0;
    for (let p = bm25.offsets[term], end = bm25.offsets[term + 1]; p < end; p++) {
      const s = slots[bm25.items[p]];
      if (s >= 0) mask |= 1 << s;
    }
    masks[j] = mask;
  }
  return masks;
}

/** Trim function characters (与, 的…) from both ends of a wording. */
function trimEdges(phrase: string): string {
  let start = 0;
  let end = phrase.length;
  while (start < end && EDGE_CHARS.includes(phrase[start])) start++;
  while (end > start && EDGE_CHARS.includes(phrase[end - 1])) end--;
  return phrase.slice(start, end);
}

/** Wordings of at least MIN_PHRASE characters whose every bigram is rare and in the item (mask bit `bit`), rarest first. */
function sharedWordings(prepared: PreparedCorpus, facts: QueryFacts, masks: Uint32Array, bit: number): string[] {
  const { idf } = prepared.bm25;
  const found = new Map<string, number>();
  const starts = facts.bigramStarts;
  let j = 0;
  while (j < starts.length) {
    if (!(masks[j] & bit)) {
      j++;
      continue;
    }
    let weight = idf[facts.bigramTerms[j]];
    let last = j;
    while (last + 1 < starts.length && masks[last + 1] & bit && starts[last + 1] === starts[last] + 1) {
      last++;
      weight += idf[facts.bigramTerms[last]];
    }
    const phrase = trimEdges(facts.text.slice(starts[j], starts[last] + 2));
    if (phrase.length >= MIN_PHRASE) found.set(phrase, Math.max(found.get(phrase) ?? 0, weight));
    j = last + 1;
  }
  return [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([phrase]) => phrase);
}

/** A reason line, names joined by 、, at most MAX_NAMES of them (等 N 个 when more). */
function line(label: string, names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).join('、');
  return names.length > MAX_NAMES ? `${label}：${shown}等${names.length}个` : `${label}：${shown}`;
}

/** The reasons an item is related to the query: shared lead units, named things, wordings, other shared units. */
function explain(prepared: PreparedCorpus, facts: QueryFacts, item: number, wordings: string[]): string[] {
  const { index } = prepared;
  const target = index.items[item];
  const targetUnits = new Set([...target.lead, ...target.co]);
  const leads = target.lead.filter((u) => facts.leadUnits.has(u));
  const others = [...facts.leadUnits, ...facts.coUnits].filter((u) => targetUnits.has(u) && !leads.includes(u));
  const entities = facts.entities
    .filter((e) => target.entities.includes(e))
    .sort((a, b) => prepared.entityWeights[b] - prepared.entityWeights[a] || a - b)
    .map((e) => index.entities[e]);
  const shownEntities = entities.slice(0, MAX_NAMES);
  const shownWordings = wordings.filter((w) => !shownEntities.some((e) => w.includes(e) || e.includes(w))).slice(0, 3);
  const reasons: string[] = [];
  if (leads.length) reasons.push(line('共同牵头单位', leads.map((u) => index.units[u])));
  if (entities.length) reasons.push(line('共同关键词', entities));
  if (shownWordings.length) reasons.push(line('相同表述', shownWordings));
  if (others.length) reasons.push(line('共同责任单位', others.map((u) => index.units[u])));
  return reasons;
}

/** The reasons each of these items is related to the query (in the same order). */
export function explainItems(prepared: PreparedCorpus, facts: QueryFacts, items: readonly number[]): string[][] {
  const masks = wordingMasks(prepared, facts, items);
  return items.map((item, s) => explain(prepared, facts, item, s < MAX_WORDING_ITEMS ? sharedWordings(prepared, facts, masks, 2 ** s) : []));
}
