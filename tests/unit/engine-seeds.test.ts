import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/policy/analyze';
import { AnalysisSchema, type Analysis, type Task } from '../../lib/policy/schema';

const ROOT = resolve(import.meta.dirname, '../..');

interface Expected {
  seed: string;
  taskCount: number;
  leadRule?: string;
  tasks: { id?: string; item?: number; title: string | null; lead: string[]; units: string[] }[];
}

function expected(name: string): Expected {
  return JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seeds-expected', `${name}.json`), 'utf8'));
}

const texts = new Map<string, string>();
const analyses = new Map<string, Analysis>();
function seed(name: string): { text: string; analysis: Analysis } {
  const file = expected(name).seed;
  if (!analyses.has(name)) {
    const text = readFileSync(resolve(ROOT, 'seeds', file), 'utf8');
    texts.set(name, text);
    analyses.set(name, analyze({ text }));
  }
  return { text: texts.get(name) as string, analysis: analyses.get(name) as Analysis };
}

const leads = (t: Task) => t.units.filter((u) => u.role === 'lead').map((u) => u.name);
const names = (t: Task) => t.units.map((u) => u.name);

describe.each(['000', '002', '003'])('seed %s: every task, lead and unit list as labelled', (name) => {
  const exp = expected(name);
  it('finds exactly the labelled tasks, in order, with ids and titles', () => {
    const { analysis } = seed(name);
    expect(analysis.tasks.length).toBe(exp.taskCount);
    expect(analysis.tasks.map((t) => [t.id, t.title])).toEqual(exp.tasks.map((t) => [t.id, t.title]));
  });
  it('names the right lead and the exact unit list of every task', () => {
    const { analysis } = seed(name);
    expect(analysis.tasks.map(leads)).toEqual(exp.tasks.map((t) => t.lead));
    expect(analysis.tasks.map(names)).toEqual(exp.tasks.map((t) => t.units));
  });
  it('reports the lead rule the document states', () => {
    const { analysis } = seed(name);
    expect(analysis.leadRule.rule).toBe(exp.leadRule);
    expect(analysis.leadRule.source).toBe('document');
  });
});

describe('seed 000 (大湾区 2019)', () => {
  it('task 1 is led by 中国铁路南宁局集团', () => {
    const t = seed('000').analysis.tasks[0];
    expect(t.title).toBe('加大东融铁路规划建设力度');
    expect(leads(t)[0]).toMatch(/^中国铁路南宁局集团/);
  });
  it('joins the marker broken over a page break (（责任\\n\\n单位：…）)', () => {
    const t = seed('000').analysis.tasks.find((x) => x.id === '二.（二）.14');
    expect(leads(t as Task)).toEqual(['自治区农业农村厅']);
  });
  it('reads the signature block: issuers and 成文日期', () => {
    const { meta } = seed('000').analysis;
    expect(meta.writtenDate).toBe('2019-05-20');
    expect(meta.issuer).toBe('中共广西壮族自治区委员会办公厅、广西壮族自治区人民政府办公厅');
    expect(meta.docNumber).toBeNull();
  });
  it('finds deadlines and targets in tasks', () => {
    const byId = new Map(seed('000').analysis.tasks.map((t) => [t.id, t]));
    expect(byId.get('二.（二）.16')?.deadlines).toEqual(['到2021年底', '力争完成30家大湾区知名企业落户']);
    expect(byId.get('二.（四）.21')?.deadlines).toEqual(['每年共同推进2-3个广西现代特色农业示范区项目']);
  });
});

describe('seed 003 (自贸试验区 2020)', () => {
  it('商务厅 is in 21 of the 45 tasks and leads 12', () => {
    const { analysis } = seed('003');
    const unit = analysis.units.find((u) => u.name === '自治区商务厅');
    expect(unit).toMatchObject({ lead: 12, co: 9 });
    expect(analysis.units[0].name).toBe('自治区商务厅');
  });
  it('has its 文号, issuer, date, addressees and 公开方式', () => {
    const { meta } = seed('003').analysis;
    expect(meta).toMatchObject({
      docNumber: '桂政发〔2020〕3号',
      issuer: '广西壮族自治区人民政府',
      writtenDate: '2020-01-22',
      title: '广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知',
      disclosure: '公开发布',
    });
    expect(meta.addressees).toEqual(['各市、县人民政府', '自治区人民政府各组成部门、各直属机构']);
  });
  it('sees through print headers and markdown residue in the outline', () => {
    const { outline } = seed('003').analysis;
    expect(outline.find((h) => h.label === '四、')?.title).toBe('保障措施');
    expect(outline.some((h) => h.title.includes('*') || h.title.includes('#'))).toBe(false);
  });
  it('reports the attachment, which holds no task breakdown', () => {
    expect(seed('003').analysis.attachments).toEqual([expect.objectContaining({ text: '中国（广西）自由贸易试验区工作领导小组职责及组成人员名单', holdsTasks: false })]);
  });
});

describe('seed 002 (北部湾城市群 2018)', () => {
  it('states its first-regional rule near its end, with the quote', () => {
    expect(seed('002').analysis.leadRule).toEqual({ rule: 'first-regional', source: 'document', quote: '责任单位中排名第一的区直单位为自治区牵头单位' });
  });
  it('leads with the first regional unit even after city governments, and keeps a cities-only list led by its first', () => {
    const byId = new Map(seed('002').analysis.tasks.map((t) => [t.id, t]));
    expect(leads(byId.get('二.（一）.3') as Task)).toEqual(['自治区北部湾办']);
    expect(leads(byId.get('二.（一）.2') as Task)).toEqual(['北海市人民政府']);
  });
  it('resolves pre-2018 names to canonical units and keeps the old name as an alias', () => {
    const unit = seed('002').analysis.units.find((u) => u.name === '自治区生态环境厅');
    expect(unit?.aliases).toContain('自治区环境保护厅');
  });
});

describe('seed 001 (scraped, repeated and out of order)', () => {
  const exp = expected('001');
  it('reports each marker-carrying item once, with unique titles', () => {
    const { tasks } = seed('001').analysis;
    expect(tasks.length).toBe(exp.taskCount);
    expect(new Set(tasks.map((t) => t.title)).size).toBe(tasks.length);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });
  it('gives every labelled item its own units and title', () => {
    const { tasks } = seed('001').analysis;
    for (const e of exp.tasks) {
      const t = tasks.find((x) => x.id.endsWith(`.${e.item}`));
      expect(t, `item ${e.item}`).toBeDefined();
      expect(names(t as Task)).toEqual(e.units);
      expect(leads(t as Task)).toEqual(e.lead);
      if (e.title) expect(t?.title).toBe(e.title);
    }
  });
  it('reads 文号 and 发布日期 from the run-on head', () => {
    expect(seed('001').analysis.meta).toMatchObject({ docNumber: '桂政办发〔2022〕78号', publishedDate: '2022-11-30', writtenDate: '2022-11-25' });
  });
});

describe('seed 004 (an analysis piece)', () => {
  it('has no tasks: its 一是…二是… points are not tasks', () => {
    const { analysis } = seed('004');
    expect(analysis.tasks).toEqual([]);
    expect(analysis.units).toEqual([]);
  });
});

describe.each(['000', '001', '002', '003', '004'])('seed %s: output contract', (name) => {
  it('passes the schema and every offset points at the text it names', () => {
    const { text, analysis } = seed(name);
    expect(() => AnalysisSchema.parse(analysis)).not.toThrow();
    const squash = (s: string) => s.replace(/[\s*#]/g, '');
    for (const t of analysis.tasks) {
      expect(t.start).toBeLessThan(t.end);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(squash(text.slice(t.titleStart, t.titleEnd))).toBe(squash(t.title));
      for (const u of t.units) expect(squash(text.slice(u.start ?? 0, u.end ?? 0))).toBe(squash(u.raw));
      for (const d of t.deadlineSpans) expect(squash(text.slice(d.start, d.end))).toBe(squash(d.text));
    }
    for (const h of analysis.outline) expect(squash(text.slice(h.start, h.end))).toBe(squash(h.label + h.title));
  });
});
