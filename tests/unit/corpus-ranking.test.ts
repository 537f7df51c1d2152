import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../lib/corpus/build-index';
import type { Related } from '../../lib/corpus/index-schema';
import { compactWhitespace } from '../../lib/corpus/item-text';
import { splitPassages } from '../../lib/corpus/passages';
import { relatedItems, type RelatedQuery } from '../../lib/corpus/related';
import { analyze } from '../../lib/policy/analyze';
import relevance from '../fixtures/corpus-relevance.json';

interface Label {
  doc: string;
  title: string;
  grade: number;
}

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(`seeds/${file}`, 'utf8') }));
const index = buildCorpusIndex(seeds);
const analyses = new Map(seeds.map((s) => [s.file, analyze({ text: s.text })]));
const startsWith = (title: string, prefix: string) => compactWhitespace(title).startsWith(compactWhitespace(prefix));

/** The seed task (or 004 passage) a label names, as a related-items query. */
function queryOf(doc: string, prefix: string): RelatedQuery | undefined {
  const analysis = analyses.get(doc)!;
  const task = analysis.tasks.find((t) => startsWith(t.title, prefix));
  if (task) return { docFile: doc, docNumber: analysis.meta.docNumber, title: task.title, text: task.text, units: task.units };
  const passage = splitPassages(seeds.find((s) => s.file === doc)!.text).find((p) => startsWith(p.title, prefix));
  return passage && { docFile: doc, title: passage.title, text: passage.text, units: [] };
}

const isLabel = (r: Related, label: Label) => r.doc === label.doc && startsWith(r.title, label.title);

/** Reciprocal rank of the first relevant item, and nDCG@5 with gains 2^grade − 1. */
function judge(ranking: Related[], labels: Label[]): { rr: number; ndcg: number } {
  const first = ranking.findIndex((r) => labels.some((l) => isLabel(r, l)));
  const credited = new Set<Label>();
  let dcg = 0;
  ranking.slice(0, 5).forEach((r, i) => {
    const label = labels.find((l) => !credited.has(l) && isLabel(r, l));
    if (!label) return;
    credited.add(label);
    dcg += (2 ** label.grade - 1) / Math.log2(i + 2);
  });
  const ideal = labels
    .map((l) => 2 ** l.grade - 1)
    .sort((a, b) => b - a)
    .slice(0, 5)
    .reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return { rr: first < 0 ? 0 : 1 / (first + 1), ndcg: ideal ? dcg / ideal : 0 };
}

describe('related-items ranking on labelled seed pairs', () => {
  const queries = relevance.queries as { doc: string; title: string; relevant: Label[] }[];

  /** Labels naming no item of the current index (the engine's reading of the scraped 001 still moves): printed, and kept few. */
  const named = (l: { doc: string; title: string }) =>
    index.items.some((item) => index.documents[item.doc].file === l.doc && startsWith(item.title, l.title));
  const usable = queries
    .filter((q) => queryOf(q.doc, q.title))
    .map((q) => ({ ...q, relevant: q.relevant.filter(named) }))
    .filter((q) => q.relevant.length > 0);

  it('has at least 40 labelled query → relevant pairs naming corpus items, nearly all labels resolving', () => {
    const pairs = queries.flatMap((q) => q.relevant.map((l) => ({ q, l })));
    const unresolved = [
      ...queries.filter((q) => !queryOf(q.doc, q.title)).map((q) => `query ${q.doc.slice(0, 3)} ${q.title}`),
      ...pairs.filter(({ l }) => !named(l)).map(({ l }) => `label ${l.doc.slice(0, 3)} ${l.title}`),
    ];
    if (unresolved.length) console.log(`labels not found in the index: ${[...new Set(unresolved)].join('; ')}`);
    expect(usable.flatMap((q) => q.relevant).length).toBeGreaterThanOrEqual(40);
    expect(unresolved.length).toBeLessThanOrEqual(0.1 * pairs.length);
  });

  it('reaches MRR ≥ 0.8 (MRR and nDCG@5 printed)', () => {
    const results = usable.map((q) => {
      const query = queryOf(q.doc, q.title);
      const ranking = query ? relatedItems(index, query, 10) : [];
      return { q, ranking, ...judge(ranking, q.relevant) };
    });
    const mrr = results.reduce((s, r) => s + r.rr, 0) / results.length;
    const ndcg = results.reduce((s, r) => s + r.ndcg, 0) / results.length;
    for (const r of results.filter((x) => x.rr < 1)) {
      console.log(`RR ${r.rr.toFixed(2)}  ${r.q.doc.slice(0, 3)} ${r.q.title} → ${r.ranking.slice(0, 3).map((x) => `${x.doc.slice(0, 3)} ${x.title}`).join(' | ')}`);
    }
    console.log(`corpus ranking over ${results.length} queries: MRR = ${mrr.toFixed(3)}, nDCG@5 = ${ndcg.toFixed(3)}`);
    expect(mrr).toBeGreaterThanOrEqual(0.8);
  });
});
