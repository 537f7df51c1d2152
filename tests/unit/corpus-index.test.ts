import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../lib/corpus/build-index';
import { CorpusIndexSchema } from '../../lib/corpus/index-schema';
import { analyze } from '../../lib/policy/analyze';
import { canonicalUnit } from '../../lib/policy/units';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(`seeds/${file}`, 'utf8') }));
const started = performance.now();
const index = buildCorpusIndex(seeds);
const buildMs = performance.now() - started;
const json = JSON.stringify(index);

describe('corpus index of the seeds', () => {
  it('is deterministic: the same seeds, in any order, give byte-identical JSON', () => {
    expect(JSON.stringify(buildCorpusIndex(seeds))).toBe(json);
    expect(JSON.stringify(buildCorpusIndex([...seeds].reverse()))).toBe(json);
  });

  it('stays within 300 KB before gzip (size and build time printed)', () => {
    const bytes = Buffer.byteLength(json);
    console.log(`corpus index: ${index.items.length} items, ${(bytes / 1024).toFixed(1)} KB, built in ${buildMs.toFixed(0)} ms`);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });

  it('round-trips through JSON and its zod schema unchanged', () => {
    const parsed = CorpusIndexSchema.parse(JSON.parse(json));
    expect(parsed).toEqual(index);
    expect(JSON.stringify(parsed)).toBe(json);
  });

  it('lists the five seeds with the identity the engine read from them', () => {
    expect(index.documents.map((d) => d.file)).toEqual(seeds.map((s) => s.file));
    index.documents.forEach((doc, i) => {
      const meta = analyze({ text: seeds[i].text }).meta;
      expect(doc.docNumber).toBe(meta.docNumber);
      expect(doc.issuer).toBe(meta.issuer);
      expect(doc.title.length).toBeGreaterThan(4);
    });
  });

  it('indexes the tasks of the plans, and the points and paragraphs of the analysis piece (004) as passages', () => {
    index.documents.forEach((doc, d) => {
      const items = index.items.filter((item) => item.doc === d);
      if (doc.file.startsWith('004')) {
        expect(doc.tasks).toBe(0);
        expect(items.every((item) => item.kind === 'passage')).toBe(true);
        expect(items.map((item) => item.title)).toContain('一是大力实施强首府战略');
      } else {
        expect(doc.tasks).toBeGreaterThan(10);
        expect(items.length).toBe(doc.tasks);
        expect(items.every((item) => item.kind === 'task')).toBe(true);
      }
    });
  });

  it('keeps task ids, titles and a short excerpt for display', () => {
    const task = index.items.find((item) => item.title === '推进西部陆海新通道建设')!;
    expect(index.documents[task.doc].file).toBe('000_21f209fcecdf1eea.txt');
    expect(task.id).toMatch(/6$/);
    expect(task.text.startsWith('加强珠江')).toBe(true);
    expect(index.items.every((item) => item.text.length <= 61 && !item.text.includes('责任单位'))).toBe(true);
  });

  it('stores canonical unit names with roles, generic groups left out', () => {
    expect(index.units.every((name) => canonicalUnit(name) === name)).toBe(true);
    expect(index.units.some((name) => name.includes('各有关设区市'))).toBe(false);
    const task = index.items.find((item) => item.title === '推进西部陆海新通道建设')!;
    expect(task.lead.map((u) => index.units[u])).toEqual(['自治区商务厅']);
    expect(task.co.map((u) => index.units[u])).toContain('自治区发展改革委');
  });

  it('records the named things each item mentions', () => {
    const names = (title: string) => index.items.find((item) => item.title === title)!.entities.map((e) => index.entities[e]);
    expect(names('推进西部陆海新通道建设')).toContain('西部陆海新通道');
    expect(names('推进信息互联互通建设')).toContain('中国—东盟信息港');
  });
});
