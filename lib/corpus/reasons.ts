/** Why an item is related to a query, in words that name the shared thing (共同牵头单位：自治区商务厅). */
import { namedThingForms, normalizeForMatch } from './entities';
import type { PreparedCorpus } from './prepare';

/** What a query shares with the corpus, computed once per query and explained per item. */
export interface QueryFacts {
  /** Ranked text of the query (title + body, responsibility clauses stripped). */
  text: string;
  leadUnits: readonly number[];
  coUnits: readonly number[];
  entities: readonly number[];
  /** Start of each CJK bigram of `text` whose term is in the vocabulary, and that term (from bm25Query). */
  bigramStarts: Int32Array;
  bigramTerms: Int32Array;
}

/** Most names listed in one reason. */
const MAX_NAMES = 4;
/** Shortest and longest shared wording reported (characters). */
const MIN_PHRASE = 4;
const MAX_PHRASE = 16;
/** A shared wording's bigrams must be this rare on average (idf): 加快建设, 争取国家支持… name no subject. */
const PHRASE_MEAN_IDF = 2.4;
/** Function characters trimmed from the ends of a shared wording (与, 的…), by code. */
const EDGE_CODES = new Set(Array.from('与和及等的之在对向将为并把是了', (c) => c.charCodeAt(0)));

/** Most items whose shared wordings are named (one bit each in a 32-bit mask). */
const MAX_WORDING_ITEMS = 32;

/**
 * For each known bigram j of the query, `masks[j]`: a mask of the items (bit s = items[s]) that contain it (from the
 * terms' item bitsets); `masks` is the corpus's scratch, valid until the next query.
 */
function wordingMasks(prepared: PreparedCorpus, facts: QueryFacts, items: readonly number[]): Uint32Array {
  const { termItems, itemWords, scratch } = prepared;
  const n = Math.min(items.length, MAX_WORDING_ITEMS);
  const count = facts.bigramTerms.length;
  if (scratch.masks.length < count) scratch.masks = new Uint32Array(2 * count);
  const masks = scratch.masks;
  for (let j = 0; j < count; j++) {
    const row = facts.bigramTerms[j] * itemWords;
    let mask = 0;
    for (let s = 0; s < n; s++) if (termItems[row + (items[s] >>> 5)] & (1 << (items[s] & 31))) mask |= 1 << s;
    masks[j] = mask;
  }
  return masks;
}

/** Trim function characters (与, 的…) from both ends of a wording. */
function trimEdges(phrase: string): string {
  let start = 0;
  let end = phrase.length;
  while (start < end && EDGE_CODES.has(phrase.charCodeAt(start))) start++;
  while (end > start && EDGE_CODES.has(phrase.charCodeAt(end - 1))) end--;
  return phrase.slice(start, end);
}

/**
 * Wordings the query shares with the item (mask bit `bit`): maximal runs of consecutive bigrams all in the item,
 * 4–16 characters, rare on average; rarest first.
 */
function sharedWordings(prepared: PreparedCorpus, facts: QueryFacts, masks: Uint32Array, bit: number): string[] {
  const { idf } = prepared.bm25;
  const phrases: string[] = [];
  const weights: number[] = [];
  const starts = facts.bigramStarts;
  let j = 0;
  while (j < starts.length) {
    if (!(masks[j] & bit)) {
      j++;
      continue;
    }
    let last = j;
    while (last + 1 < starts.length && masks[last + 1] & bit && starts[last + 1] === starts[last] + 1) last++;
    if (last - j + 2 >= MIN_PHRASE) {
      let weight = 0;
      for (let r = j; r <= last; r++) weight += idf[facts.bigramTerms[r]];
      const phrase = weight >= PHRASE_MEAN_IDF * (last - j + 1) ? trimEdges(facts.text.slice(starts[j], starts[last] + 2)) : '';
      if (phrase.length >= MIN_PHRASE && phrase.length <= MAX_PHRASE) {
        const seen = phrases.indexOf(phrase);
        if (seen < 0) {
          phrases.push(phrase);
          weights.push(weight);
        } else weights[seen] = Math.max(weights[seen], weight);
      }
    }
    j = last + 1;
  }
  if (phrases.length < 2) return phrases;
  const order = phrases.map((_, i) => i).sort((a, b) => weights[b] - weights[a] || (phrases[a] < phrases[b] ? -1 : 1));
  return order.map((i) => phrases[i]);
}

/** Whether two short strings share a run of at least `n` characters (compared in place, no substrings). */
function overlaps(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) {
    for (let k = 0; k + n <= b.length; k++) {
      let m = 0;
      while (m < n && a.charCodeAt(i + m) === b.charCodeAt(k + m)) m++;
      if (m === n) return true;
    }
  }
  return false;
}

/** The wordings worth showing: none that repeats a shared named thing or another shown wording, at most three. */
function pickWordings(wordings: readonly string[], sharedNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of wordings) {
    if (out.length === 3) break;
    const form = sharedNames.length ? normalizeForMatch(w) : w;
    if (sharedNames.some((name) => overlaps(form, name, 3)) || out.some((o) => o.includes(w) || w.includes(o))) continue;
    out.push(w);
  }
  return out;
}

/** A reason line, names joined by 、, at most MAX_NAMES of them (等 N 个 when more). */
function line(label: string, names: readonly string[]): string {
  let out = `${label}：${names[0]}`;
  for (let i = 1; i < names.length && i < MAX_NAMES; i++) out += `、${names[i]}`;
  return names.length > MAX_NAMES ? `${out}等${names.length}个` : out;
}

/** The reasons an item is related to the query: shared lead units, named things, wordings, other shared units. */
function explain(prepared: PreparedCorpus, facts: QueryFacts, item: number, wordings: readonly string[]): string[] {
  const { index } = prepared;
  const target = index.items[item];
  const leads: number[] = [];
  for (const u of target.lead) if (facts.leadUnits.includes(u)) leads.push(u);
  const others: number[] = [];
  for (const u of facts.leadUnits) if (!leads.includes(u) && (target.lead.includes(u) || target.co.includes(u))) others.push(u);
  for (const u of facts.coUnits) if (!leads.includes(u) && (target.lead.includes(u) || target.co.includes(u))) others.push(u);
  const shared: number[] = [];
  for (const e of facts.entities) if (target.entities.includes(e)) shared.push(e);
  const entities = shared
    .filter((e) => prepared.entityNamed[e])
    .sort((a, b) => prepared.entityWeights[b] - prepared.entityWeights[a] || a - b)
    .map((e) => index.entities[e]);
  const shownWordings = wordings.length ? pickWordings(wordings, shared.length ? shared.flatMap((e) => namedThingForms(index.entities[e])) : []) : [];
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
