/** Related corpus items for a task: BM25 over bigrams + shared units (lead weighs more) + shared named things, with reasons. */
import type { Analysis } from '../policy/schema';
import { bm25Query, bm25Scores } from './bm25';
import { findNamedThingIndices } from './entities';
import type { CorpusIndex, Related } from './index-schema';
import { rankingText, textFingerprint } from './item-text';
import { normalizeDocNumber, prepareCorpus, type PreparedCorpus } from './prepare';
import { explainItems, type QueryFacts } from './reasons';
import { seedDocument } from './same-document';
import { canonicalName, taskUnitKeys, type UnitRef } from './unit-roles';

/** A task to find related items for: its text, title and units, and the document it belongs to when known. */
export interface RelatedQuery {
  /** Seed file the task belongs to (its items are not related to it). */
  docFile?: string;
  /** 文号 of the task's document: a seed with the same 文号 is the same document. */
  docNumber?: string | null;
  text: string;
  title: string;
  units: readonly UnitRef[];
}

/** Weights of the three signals in the 0..1 score. */
const WEIGHTS = { text: 0.6, units: 0.25, entities: 0.15 };
/** BM25 reaching this share of the query's score against itself counts as full text similarity. */
const TEXT_FULL = 0.5;
/** Unit evidence reaching this sum (rarity × role factor) counts as full unit overlap. */
const UNITS_FULL = 1;
/** Named-thing evidence reaching this sum of rarities counts as full overlap. */
const ENTITIES_FULL = 1.5;
/** Role factors: lead unit in both, lead in one and co in the other, co in both. */
const ROLE = { leadLead: 1, leadCo: 0.4, coCo: 0.2 };
/** Items scoring less are left out, unless they share the lead unit. */
const MIN_SCORE = 0.08;

/** The documents whose items are left out (−1 for none): the query's own seed by file, and by 文号. */
function excludedDocs(prepared: PreparedCorpus, docFile: string | undefined, docNumber: string | null | undefined): [number, number] {
  const byFile = docFile === undefined ? undefined : prepared.docByFile.get(docFile);
  const byNumber = docNumber ? prepared.docByNumber.get(normalizeDocNumber(docNumber)) : undefined;
  return [byFile ?? -1, byNumber ?? -1];
}

/** Unit id of a unit name as written (−1 when the corpus does not know the unit). */
function unitId(prepared: PreparedCorpus, name: string): number {
  let id = prepared.unitIdByName.get(name);
  if (id === undefined) prepared.unitIdByName.set(name, (id = prepared.unitIds.get(canonicalName(name)) ?? -1));
  return id;
}

/** Unit ids of the query's lead and co units that the corpus knows, in order. */
function queryUnits(prepared: PreparedCorpus, units: readonly UnitRef[]): { lead: number[]; co: number[] } {
  const ids = taskUnitKeys(units, (name) => unitId(prepared, name));
  return { lead: ids.lead.filter((id) => id >= 0), co: ids.co.filter((id) => id >= 0) };
}

/** Add each item's unit evidence (rarity × role factor) to `evidence`, and flag the items that share a lead unit. */
function addUnitEvidence(prepared: PreparedCorpus, ids: readonly number[], queryLead: boolean, evidence: Float64Array, sharesLead: Uint8Array): void {
  const { offsets, items } = prepared.unitPostings;
  const leads = prepared.unitLeads;
  for (const u of ids) {
    const weight = prepared.unitWeights[u];
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const itemLead = leads[p] === 1;
      const factor = queryLead && itemLead ? ROLE.leadLead : queryLead || itemLead ? ROLE.leadCo : ROLE.coCo;
      evidence[items[p]] += weight * factor;
      if (queryLead && itemLead) sharesLead[items[p]] = 1;
    }
  }
}

/** Add each item's named-thing evidence (sum of the shared things' weights) to `evidence`; returns the query's known named things. */
function addEntityEvidence(prepared: PreparedCorpus, text: string, evidence: Float64Array): number[] {
  const { offsets, items } = prepared.entityPostings;
  const ids: number[] = [];
  for (const thing of findNamedThingIndices(text)) {
    const e = prepared.thingEntities[thing];
    if (e < 0) continue;
    ids.push(e);
    const weight = prepared.entityWeights[e];
    for (let p = offsets[e]; p < offsets[e + 1]; p++) evidence[items[p]] += weight;
  }
  return ids;
}

/** The top `k` related items for a query whose documents to leave out are known (see `relatedItems`). */
function rank(prepared: PreparedCorpus, query: RelatedQuery, [byFile, byNumber]: [number, number], k: number): Related[] {
  const { items, documents } = prepared.index;
  const text = rankingText(query.title ?? '', query.text ?? '');
  const selves = prepared.itemsByHash.get(textFingerprint(text));
  const { text: textScores, units: unitScores, entities: entityScores, sharesLead } = prepared.scratch;
  textScores.fill(0);
  unitScores.fill(0);
  entityScores.fill(0);
  sharesLead.fill(0);

  const q = bm25Query(prepared.bm25, text);
  bm25Scores(prepared.bm25, q, textScores);
  const units = queryUnits(prepared, query.units ?? []);
  addUnitEvidence(prepared, units.lead, true, unitScores, sharesLead);
  addUnitEvidence(prepared, units.co, false, unitScores, sharesLead);
  const entityIds = addEntityEvidence(prepared, text, entityScores);

  const textNorm = q.self > 0 ? 1 / (TEXT_FULL * q.self) : 0;
  const top: number[] = [];
  const topScores: number[] = [];
  const itemDocs = prepared.itemDocs;
  for (let i = 0; i < items.length; i++) {
    if (itemDocs[i] === byFile || itemDocs[i] === byNumber || (selves !== undefined && selves.includes(i))) continue;
    const score =
      WEIGHTS.text * Math.min(1, textScores[i] * textNorm) +
      WEIGHTS.units * Math.min(1, unitScores[i] / UNITS_FULL) +
      WEIGHTS.entities * Math.min(1, entityScores[i] / ENTITIES_FULL);
    if (score < MIN_SCORE && !sharesLead[i]) continue;
    if (top.length === k && score <= topScores[k - 1]) continue;
    let at = Math.min(top.length, k - 1);
    for (; at > 0 && score > topScores[at - 1]; at--) {
      top[at] = top[at - 1];
      topScores[at] = topScores[at - 1];
    }
    top[at] = i;
    topScores[at] = score;
  }
  const facts: QueryFacts = { text, leadUnits: units.lead, coUnits: units.co, entities: entityIds, bigramStarts: q.bigramStarts, bigramTerms: q.bigramTerms };
  const reasons = explainItems(prepared, facts, top);
  const out: Related[] = [];
  top.forEach((i, n) => {
    if (!reasons[n].length) return;
    const doc = documents[items[i].doc];
    out.push({ doc: doc.file, docTitle: doc.title, kind: items[i].kind, id: items[i].id, title: items[i].title, score: Math.round(Math.min(1, topScores[n]) * 1000) / 1000, reasons: reasons[n] });
  });
  return out;
}

/**
 * The top `k` related items of the corpus for a task, best first: never the task itself nor its own document's items,
 * and only items whose relation can be named (shared unit, named thing or wording; a shared lead unit always is).
 */
export function relatedItems(index: CorpusIndex, query: RelatedQuery, k = 5): Related[] {
  if (!(k >= 1)) return [];
  try {
    const prepared = prepareCorpus(index);
    return rank(prepared, query, excludedDocs(prepared, query.docFile, query.docNumber), k);
  } catch {
    return [];
  }
}

/** Related items for every task of an analysis (task id → items); the page's own seed, given or recognized, is left out. */
export function relatedForAnalysis(index: CorpusIndex, analysis: Analysis, docFile?: string, k = 5): Record<string, Related[]> {
  const out: Record<string, Related[]> = {};
  if (!(k >= 1)) {
    for (const task of analysis.tasks) out[task.id] = [];
    return out;
  }
  try {
    const prepared = prepareCorpus(index);
    const file = docFile ?? seedDocument(index, analysis) ?? undefined;
    const docNumber = analysis.meta.docNumber;
    const excluded = excludedDocs(prepared, file, docNumber);
    for (const task of analysis.tasks) {
      try {
        out[task.id] = rank(prepared, { docFile: file, docNumber, text: task.text, title: task.title, units: task.units }, excluded, k);
      } catch {
        out[task.id] = [];
      }
    }
  } catch {
    return out;
  }
  return out;
}
