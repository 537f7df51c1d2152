import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeSelection } from '../../lib/anchor/selectors';
import { matchQuote } from '../../lib/anchor/match-quote';
import { importBackup, previewImport } from '../../lib/export/backup';
import { analyzePage } from '../../lib/page/analyze-page';
import { buildTextMap } from '../../lib/page/text-map';
import { analyze } from '../../lib/policy/analyze';
import { AnalysisSchema, type Analysis } from '../../lib/policy/schema';
import { parseUnitList } from '../../lib/policy/units';
import { PolicyLensDb } from '../../lib/store/db';
import { htmlDoc, ROOT, TestRange } from '../helpers/html';

const DIR = resolve(ROOT, 'tests/fixtures/adversarial');
const file = (name: string) => readFileSync(resolve(DIR, name), 'utf8');
const URL = 'http://www.gxzf.gov.cn/zfwj/t1.shtml';
const TASK = '（一）加快推进港口建设。（牵头单位：自治区交通运输厅，配合单位：自治区发展改革委、北部湾办）';

/** The nasty texts: files kept in the fixtures folder (the GB18030 one read as UTF-8) and a generated 100k-character line. */
const TEXTS: Record<string, string> = {
  'unbalanced brackets': file('unbalanced-brackets.txt'),
  'zero-width and bidi characters': file('zero-width-bidi.txt'),
  'GB18030 bytes read as UTF-8': file('mixed-gb18030-utf8.bin'),
  'a 100k-character line': `${TASK}${'（牵头单位：自治区'.repeat(10_000)}${'（'.repeat(10_000)}${TASK}`,
};

/** The nasty pages: the texts as paragraphs, broken markup, a 10,000-level nesting and a huge table (generated). */
const PAGES: Record<string, () => string> = {
  ...Object.fromEntries(Object.entries(TEXTS).map(([k, t]) => [k, () => paragraphs(t)])),
  'broken markup': () => file('broken-markup.html'),
  'DOM nested 10,000 levels deep': () => `<div id="root">${'<div>'.repeat(10_000)}<p>${TASK}</p>${'</div>'.repeat(10_000)}</div>`,
  'a table of 3,000 rows': () =>
    `<table>${Array.from({ length: 3000 }, (_, i) => `<tr><td>${i + 1}</td><td>${TASK}</td><td>2021年底前</td><td>（</td></tr>`).join('')}</table>`,
};

function paragraphs(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split('\n').map((line) => `<p>${esc(line)}</p>`).join('');
}

/** Every start/end pair in the analysis lies inside the text. */
function expectOffsetsInside(analysis: Analysis, length: number): void {
  const spans = [
    ...analysis.outline,
    ...analysis.attachments,
    ...analysis.tasks,
    ...analysis.tasks.map((t) => ({ start: t.titleStart, end: t.titleEnd })),
    ...analysis.tasks.flatMap((t) => t.deadlineSpans),
    ...analysis.tasks.flatMap((t) => t.units).filter((u) => u.start !== undefined),
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThanOrEqual(s.end!);
    expect(s.end).toBeLessThanOrEqual(length);
  }
}

describe('the engine on nasty texts', () => {
  it.each(Object.keys(TEXTS))('%s: analyze() output passes AnalysisSchema with every offset inside the text', (name) => {
    const text = TEXTS[name];
    const analysis = analyze({ text, url: URL });
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    expectOffsetsInside(analysis, text.length);
  });

  it('still finds the task and its lead unit next to a 100k-character line', () => {
    const tasks = analyze({ text: TEXTS['a 100k-character line'] }).tasks;
    expect(tasks.some((t) => t.units.some((u) => u.role === 'lead' && u.name === '自治区交通运输厅'))).toBe(true);
  });

  it.each(Object.keys(TEXTS))('%s: parseUnitList keeps raw === input.slice(rawStart, rawEnd), whole text and line by line', (name) => {
    const inputs = [TEXTS[name], ...TEXTS[name].split('\n'), ...TEXTS[name].split(/单位：/).slice(0, 500).map((s) => s.slice(0, 200))];
    for (const input of inputs) {
      for (const regionPrefix of ['自治区', null]) {
        for (const u of parseUnitList(input, { regionPrefix })) {
          expect(u.raw).toBe(input.slice(u.rawStart, u.rawEnd));
          expect(u.rawStart).toBeGreaterThanOrEqual(0);
          expect(u.rawEnd).toBeLessThanOrEqual(input.length);
        }
      }
    }
  });
});

describe('the page pipeline on nasty pages', () => {
  it.each(Object.keys(PAGES))('%s: analyzePage passes AnalysisSchema and its offsets lie inside the text map', (name) => {
    const page = analyzePage(htmlDoc(PAGES[name]()), URL);
    expect(AnalysisSchema.safeParse(page.analysis).success).toBe(true);
    expectOffsetsInside(page.analysis, page.textMap.text.length);
  });

  it.each(Object.keys(PAGES))('%s: buildTextMap ranges round-trip to the text they cover', (name) => {
    const map = buildTextMap(htmlDoc(PAGES[name]()).body);
    const n = map.text.length;
    for (let k = 0; k < 200 && n > 0; k++) {
      const s = (k * 7919) % n;
      let e = Math.min(n, s + 1 + ((k * 131) % 60));
      const brk = map.text.slice(s, e).search(/[\n\t]/);
      if (brk === 0) continue;
      if (brk > 0) e = s + brk;
      const range = map.rangeFor(s, e) as unknown as TestRange | null;
      expect(range?.toString().replace(/\u00a0/g, ' ')).toBe(map.text.slice(s, e));
    }
  });

  it('finds the task inside a 10,000-level nesting and in every row of a huge table', () => {
    expect(buildTextMap(htmlDoc(PAGES['DOM nested 10,000 levels deep']()).body).text).toBe(`${TASK}\n`);
    expect(buildTextMap(htmlDoc(PAGES['a table of 3,000 rows']()).body).text.split(TASK).length).toBe(3001);
  });
});

describe('anchoring on nasty texts', () => {
  it.each(Object.keys(TEXTS))('%s: matchQuote never throws and places quotes inside the text, on the text and on an edited copy', (name) => {
    const text = TEXTS[name];
    const edited = text.slice(0, text.length / 3) + '插入\u200b' + text.slice(text.length / 3 + 5).replace(/，/g, ',');
    const hostile = [
      { quote: { exact: '\ud800（牵头', prefix: '\u202e', suffix: '' }, position: { start: -1, end: 1e9 } },
      { quote: { exact: '（'.repeat(300), prefix: '', suffix: '' }, position: { start: 0, end: 300 } },
    ];
    for (let k = 0; k < 12; k++) {
      const s = Math.floor((k * text.length) / 12);
      const selectors = describeSelection(text, s, s + 20 + k * 15);
      for (const target of [text, edited]) {
        for (const sel of [selectors, ...hostile]) {
          const m = matchQuote(target, sel);
          if (!m) continue;
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThanOrEqual(m.end);
          expect(m.end).toBeLessThanOrEqual(target.length);
        }
      }
      expect(matchQuote(text, selectors)).toMatchObject({ start: selectors.position.start, end: selectors.position.end });
    }
  });
});

describe('importing nasty files as backups', () => {
  it('refuses the __proto__-laden backup clearly, writes nothing and pollutes nothing', async () => {
    const db = new PolicyLensDb(`adversarial-${crypto.randomUUID()}`);
    const text = file('proto-backup.json');
    const preview = await previewImport(db, text);
    const imported = await importBackup(db, text);
    expect(preview.ok).toBe(false);
    expect(imported.ok).toBe(false);
    expect(imported.ok ? '' : imported.error.message).toContain('没有导入任何数据，现有数据未改动。');
    expect(await db.notes.count()).toBe(0);
    expect(await db.taskStatuses.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    await db.delete();
  });

  it.each([...Object.keys(TEXTS), 'broken markup'])('%s: previewImport and importBackup refuse it without throwing', async (name) => {
    const db = new PolicyLensDb(`adversarial-${crypto.randomUUID()}`);
    const text = TEXTS[name] ?? file('broken-markup.html');
    expect((await previewImport(db, text)).ok).toBe(false);
    const r = await importBackup(db, text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain('没有导入任何数据');
    expect(await db.notes.count()).toBe(0);
    await db.delete();
  });
});
