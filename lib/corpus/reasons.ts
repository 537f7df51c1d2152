/** Why an item is related to a query, in words that name the shared thing (共同牵头单位：自治区商务厅). */
import { normalizeForMatch } from './entities';
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

/** Most items whose shared wordings are named (the first ones; any further are explained by units and named things). */
const MAX_WORDING_ITEMS = 32;

/** Trim function characters (与, 的…) from both ends of a wording. */
function trimEdges(phrase: string): string {
  let start = 0;
  let end = phrase.length;
  while (start < end && EDGE_CODES.has(phrase.charCodeAt(start))) start++;
  while (end > start && EDGE_CODES.has(phrase.charCodeAt(end - 1))) end--;
  return phrase.slice(start, end);
}

/** Wordings found for one item: phrases in order of first finding, with their weights (sum of their bigrams' idf). */
interface Wordings {
  phrases: string[];
  weights: number[];
}

/** Add the run of bigrams j … last to an item's wordings when it is 4–16 characters once trimmed and rare on average. */
function addRun(prepared: PreparedCorpus, facts: QueryFacts, found: Wordings, j: number, last: number): void {
  if (last - j + 2 < MIN_PHRASE) return;
  const { idf } = prepared.bm25;
  let weight = 0;
  for (let r = j; r <= last; r++) weight += idf[facts.bigramTerms[r]];
  if (weight < PHRASE_MEAN_IDF * (last - j + 1)) return;
  const phrase = trimEdges(facts.text.slice(facts.bigramStarts[j], facts.bigramStarts[last] + 2));
  if (phrase.length < MIN_PHRASE || phrase.length > MAX_PHRASE) return;
  const seen = found.phrases.indexOf(phrase);
  if (seen < 0) {
    found.phrases.push(phrase);
    found.weights.push(weight);
  } else found.weights[seen] = Math.max(found.weights[seen], weight);
}

/**
 * Wordings the query shares with an item: maximal runs of consecutive bigrams all in the item (its term bitset row
 * starts at `row`), 4–16 characters, rare on average; rarest first. Runs shorter than a wording are skipped unread:
 * when the last bigram of a shortest-wording window is not in the item, no wording starts in that window.
 */
function sharedWordings(prepared: PreparedCorpus, facts: QueryFacts, row: number): string[] {
  const { itemTerms } = prepared;
  const terms = facts.bigramTerms;
  const starts = facts.bigramStarts;
  const has = (j: number) => (itemTerms[row + (terms[j] >>> 5)] & (1 << (terms[j] & 31))) !== 0;
  const found: Wordings = { phrases: [], weights: [] };
  const window = MIN_PHRASE - 1;
  // Invariant: no run of the item's bigrams that includes j starts before j.
  let j = 0;
  while (j + window <= terms.length) {
    const probe = j + window - 1;
    if (!has(probe)) {
      j = probe + 1;
      continue;
    }
    let first = probe;
    while (first > j && starts[first] === starts[first - 1] + 1 && has(first - 1)) first--;
    let last = probe;
    while (last + 1 < terms.length && starts[last + 1] === starts[last] + 1 && has(last + 1)) last++;
    addRun(prepared, facts, found, first, last);
    j = last + 1;
  }
  const { phrases, weights } = found;
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

/** The wordings worth showing: none that repeats a shared named thing (given by its forms) or another shown wording, at most three. */
function pickWordings(wordings: readonly string[], sharedForms: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const w of wordings) {
    if (out.length === 3) break;
    const form = sharedForms.length ? normalizeForMatch(w) : w;
    if (sharedForms.some((names) => names.some((name) => overlaps(form, name, 3))) || out.some((o) => o.includes(w) || w.includes(o))) continue;
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
  const shownWordings = wordings.length ? pickWordings(wordings, shared.map((e) => prepared.entityForms[e])) : [];
  const reasons: string[] = [];
  if (leads.length) reasons.push(line('共同牵头单位', leads.map((u) => index.units[u])));
  if (entities.length) reasons.push(line('共同关键词', entities));
  if (shownWordings.length) reasons.push(line('相同表述', shownWordings));
  if (others.length) reasons.push(line('共同责任单位', others.map((u) => index.units[u])));
  return reasons;
}

/** The reasons each of these items is related to the query (in the same order). */
export function explainItems(prepared: PreparedCorpus, facts: QueryFacts, items: readonly number[]): string[][] {
  return items.map((item, s) => explain(prepared, facts, item, s < MAX_WORDING_ITEMS ? sharedWordings(prepared, facts, item * prepared.termWords) : []));
}
