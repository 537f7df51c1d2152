import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../lib/corpus/build-index';
import { findNamedThings } from '../../lib/corpus/entities';
import { RelatedSchema, SameDocumentSchema } from '../../lib/corpus/index-schema';
import { relatedForAnalysis, relatedItems } from '../../lib/corpus/related';
import { sameDocument } from '../../lib/corpus/same-document';
import { taskUnitNames } from '../../lib/corpus/unit-roles';
import { analyze } from '../../lib/policy/analyze';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(`seeds/${file}`, 'utf8') }));
const index = buildCorpusIndex(seeds);
const plans = seeds.filter((s) => !s.file.startsWith('004')).map((s) => ({ ...s, analysis: analyze({ text: s.text }) }));
const all = plans.flatMap((p) => p.analysis.tasks.map((task) => ({ plan: p, task })));
const query = (p: (typeof plans)[number], task: (typeof all)[number]['task'], withDoc = true) => ({
  ...(withDoc ? { docFile: p.file, docNumber: p.analysis.meta.docNumber } : {}),
  title: task.title,
  text: task.text,
  units: task.units,
});

describe('relatedItems', () => {
  it('never relates a task to itself, even when the page does not say which seed it is', () => {
    for (const { plan, task } of all) {
      const id = plan.analysis.tasks.find((t) => t.id === task.id)!.id;
      for (const r of relatedItems(index, query(plan, task, false), 10)) expect(r.doc === plan.file && r.id === id).toBe(false);
      for (const r of relatedItems(index, query(plan, task), 10)) expect(r.doc).not.toBe(plan.file);
    }
  });

  it('is never empty when a task of another seed shares the lead unit', () => {
    const leadOf = (item: (typeof index.items)[number]) => item.lead.map((u) => index.units[u]);
    let checked = 0;
    for (const { plan, task } of all) {
      const { lead } = taskUnitNames(task.units);
      const shared = index.items.some((item) => index.documents[item.doc].file !== plan.file && leadOf(item).some((u) => lead.includes(u)));
      if (!shared) continue;
      checked++;
      const related = relatedItems(index, query(plan, task));
      expect(related.length, `${plan.file} ${task.id} ${task.title}`).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('returns valid items, best first, scores in 0..1, each with reasons in Chinese', () => {
    for (const { plan, task } of all) {
      const related = relatedItems(index, query(plan, task));
      expect(related.length).toBeLessThanOrEqual(5);
      related.forEach((r, i) => {
        expect(RelatedSchema.parse(r)).toEqual(r);
        if (i) expect(r.score).toBeLessThanOrEqual(related[i - 1].score);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reason).toMatch(/^[\u4e00-\u9fff]+(：.+)?$/);
      });
    }
  });

  it('names in its reasons only things both items share: lead units, named things', () => {
    for (const { plan, task } of all.slice(0, 60)) {
      const { lead } = taskUnitNames(task.units);
      const things = findNamedThings(`${task.title}${task.text}`);
      for (const r of relatedItems(index, query(plan, task))) {
        const item = index.items.find((i) => index.documents[i.doc].file === r.doc && i.id === r.id)!;
        for (const reason of r.reasons) {
          const names = reason.split('：')[1]?.replace(/等\d+个$/, '').split('、') ?? [];
          if (reason.startsWith('共同牵头单位')) {
            for (const n of names) expect(lead.includes(n) && item.lead.some((u) => index.units[u] === n)).toBe(true);
          }
          if (reason.startsWith('共同关键词')) {
            for (const n of names) expect(things.includes(n) && item.entities.some((e) => index.entities[e] === n)).toBe(true);
          }
        }
      }
    }
  });

  it('explains the 西部陆海新通道 link of 000 task 6 by the shared programme', () => {
    const plan = plans[0];
    const task = plan.analysis.tasks.find((t) => t.title === '推进西部陆海新通道建设')!;
    const related = relatedItems(index, query(plan, task));
    expect(related[0].reasons.some((r) => r.startsWith('共同关键词') && r.includes('西部陆海新通道'))).toBe(true);
  });

  it('returns nothing rather than throwing on odd input', () => {
    expect(relatedItems(index, { title: '', text: '', units: [] })).toEqual([]);
    expect(() => relatedItems(index, { title: '（'.repeat(1000), text: '（'.repeat(100000), units: [{ name: '', role: 'lead' }] })).not.toThrow();
    expect(relatedItems(buildCorpusIndex([]), { title: '推进西部陆海新通道建设', text: '推进', units: [] })).toEqual([]);
    expect(relatedItems(index, { title: '推进西部陆海新通道建设', text: '推进', units: [] }, 0)).toEqual([]);
  });
});

describe('sameDocument and relatedForAnalysis', () => {
  it('recognizes each plan as its seed and maps its tasks one to one', () => {
    for (const plan of plans) {
      const same = sameDocument(index, plan.analysis)!;
      expect(SameDocumentSchema.parse(same)).toEqual(same);
      expect(same.doc).toBe(plan.file);
      const ids = plan.analysis.tasks.map((t) => t.id);
      expect(Object.keys(same.tasks).sort()).toEqual([...new Set(ids)].sort());
      expect(new Set(Object.values(same.tasks)).size).toBe(Object.values(same.tasks).length);
      for (const [pageId, seedId] of Object.entries(same.tasks)) expect(seedId).toBe(pageId);
    }
  });

  it('recognizes a re-scraped copy without 文号 or title by its tasks', () => {
    const plan = plans[3];
    const body = plan.text.slice(plan.text.indexOf('## 三、主要任务'));
    const copy = analyze({ text: body.replace(/。/g, '。\n') });
    expect(copy.meta.docNumber).toBeNull();
    const same = sameDocument(index, copy);
    expect(same?.doc).toBe(plan.file);
    expect(same?.by).toBe('tasks');
  });

  it('does not take another policy for a seed', () => {
    const other = analyze({ text: '关于加强农村公路养护的通知\n一、主要任务\n（一）完善养护机制。建立健全养护制度。（责任单位：自治区交通运输厅）' });
    expect(sameDocument(index, other)).toBeNull();
  });

  it('gives every task of a seed its related items from the other seeds', () => {
    const plan = plans[0];
    const related = relatedForAnalysis(index, plan.analysis);
    expect(Object.keys(related).sort()).toEqual(plan.analysis.tasks.map((t) => t.id).sort());
    for (const list of Object.values(related)) for (const r of list) expect(r.doc).not.toBe(plan.file);
    expect(Object.values(related).filter((list) => list.length > 0).length).toBeGreaterThan(30);
  });
});
