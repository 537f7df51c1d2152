/** Why an item is related to a query, in words that name the shared thing (共同牵头单位：自治区商务厅). */
import { namedThingForms, normalizeForMatch } from './entities';
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
/** Shortest and longest shared wording reported (characters). */
const MIN_PHRASE = 4;
const MAX_PHRASE = 16;
/** A shared wording's bigrams must be this rare on average (idf): 加快建设, 争取国家支持… name no subject. */
const PHRASE_MEAN_IDF = 2.4;
/** Function characters trimmed from the ends of a shared wording (与, 的…), by code. */
const EDGE_CODES = new Set(Array.from('与和及等的之在对向将为并把是了', (c) => c.charCodeAt(0)));

/** Most items whose shared wordings are named (one bit each in a 32-bit mask). */
const MAX_WORDING_ITEMS = 32;

/** Whether `item` is among `items[from, to)` (ascending). */
function contains(items: Int32Array, from: number, to: number, item: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] === item) return true;
    if (items[mid] < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** For each known bigram of the query, a mask of the items (bit s = items[s]) that contain it. */
function wordingMasks(prepared: PreparedCorpus, facts: QueryFacts, items: readonly number[]): Uint32Array {
  const { offsets, items: postings } = prepared.bm25;
  const { slots, termStamps, termMasks } = prepared.scratch;
  const stamp = ++prepared.scratch.stamp;
  const n = Math.min(items.length, MAX_WORDING_ITEMS);
  for (let s = 0; s < n; s++) slots[items[s]] = s;
  const masks = new Uint32Array(facts.bigramTerms.length);
  for (let j = 0; j < masks.length; j++) {
    const term = facts.bigramTerms[j];
    if (termStamps[term] !== stamp) {
      let mask = 0;
      const from = offsets[term];
      const to = offsets[term + 1];
      if (to - from > 8 * n) {
        for (let s = 0; s < n; s++) if (contains(postings, from, to, items[s])) mask |= 1 << s;
      } else {
        for (let p = from; p < to; p++) if (slots[postings[p]] >= 0) mask |= 1 << slots[postings[p]];
      }
      termStamps[term] = stamp;
      termMasks[term] = mask;
    }
    masks[j] = termMasks[term];
  }
  for (let s = 0; s < n; s++) slots[items[s]] = -1;
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
  const found = new Map<string, number>();
  const starts = facts.bigramStarts;
  let j = 0;
  while (j < starts.length) {
    if (!(masks[j] & bit)) {
      j++;
      continue;
    }
    let last = j;
    while (last + 1 < starts.length && masks[last + 1] & bit && starts[last + 1] === starts[last] + 1) last++;
    let weight = 0;
    for (let r = j; r <= last; r++) weight += idf[facts.bigramTerms[r]];
    if (last - j + 2 >= MIN_PHRASE && weight >= PHRASE_MEAN_IDF * (last - j + 1)) {
      const phrase = trimEdges(facts.text.slice(starts[j], starts[last] + 2));
      if (phrase.length >= MIN_PHRASE && phrase.length <= MAX_PHRASE) found.set(phrase, Math.max(found.get(phrase) ?? 0, weight));
    }
    j = last + 1;
  }
  return [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([phrase]) => phrase);
}

/** Whether two short strings share a run of at least `n` characters. */
function overlaps(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return true;
  return false;
}

/** The wordings worth showing: none that repeats a shared named thing or another shown wording, at most three. */
function pickWordings(wordings: readonly string[], sharedNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of wordings) {
    if (out.length === 3) break;
    const form = normalizeForMatch(w);
    if (sharedNames.some((name) => overlaps(form, name, 3)) || out.some((o) => o.includes(w) || w.includes(o))) continue;
    out.push(w);
  }
  return out;
}

/** A reason line, names joined by 、, at most MAX_NAMES of them (等 N 个 when more). */
function line(label: string, names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).join('、');
  return names.length > MAX_NAMES ? `${label}：${shown}等${names.length}个` : `${label}：${shown}`;
}

/** The reasons an item is related to the query: shared lead units, named things, wordings, other shared units. */
function explain(prepared: PreparedCorpus, facts: QueryFacts, item: number, wordings: readonly string[]): string[] {
  const { index } = prepared;
  const target = index.items[item];
  const leads = target.lead.filter((u) => facts.leadUnits.has(u));
  const others: number[] = [];
  for (const ids of [facts.leadUnits, facts.coUnits]) {
    for (const u of ids) if (!leads.includes(u) && (target.lead.includes(u) || target.co.includes(u))) others.push(u);
  }
  const shared = facts.entities.filter((e) => target.entities.includes(e));
  const entities = shared
    .filter((e) => prepared.entityNamed[e])
    .sort((a, b) => prepared.entityWeights[b] - prepared.entityWeights[a] || a - b)
    .map((e) => index.entities[e]);
  const shownWordings = wordings.length ? pickWordings(wordings, shared.flatMap((e) => namedThingForms(index.entities[e]))) : [];
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
