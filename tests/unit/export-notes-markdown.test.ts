import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesToMarkdown, type NotesExportInput } from '../../lib/export/notes-markdown';
import { taskReportMarkdown, taskTableMarkdown } from '../../lib/export/task-table';
import type { Note, TaskStatus } from '../../lib/store/schema';
import { unitKey } from '../../lib/store/task-status';
import { ANALYSIS_003, DOC_003, NOTES_003, STATUSES_003, T0, seedNote } from './export-fixtures';
import { DOC_KEY, PAGE_URL } from './store-fixtures';

const GOLDEN = new URL('../fixtures/export/seed-003-notes.md', import.meta.url);
const EXPORTED_AT = T0 + 86_400_000;

function md(fields: Partial<NotesExportInput> = {}): string {
  return notesToMarkdown({
    scope: { kind: 'document', docKey: DOC_KEY },
    docs: [DOC_003],
    notes: NOTES_003,
    statuses: STATUSES_003,
    exportedAt: EXPORTED_AT,
    ...fields,
  });
}

/** The front matter's `key: value` lines as a map (values parsed as the JSON / plain dates they are written as). */
function frontMatter(text: string): Record<string, unknown> {
  expect(text.startsWith('---\n')).toBe(true);
  const end = text.indexOf('\n---\n', 4);
  const out: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  for (const line of text.slice(4, end).split('\n')) {
    if (line.startsWith('  - ')) list?.push(JSON.parse(line.slice(4)));
    else {
      const [, key, value] = /^([^:]+): ?(.*)$/.exec(line) ?? [];
      if (value === '') out[key] = list = [];
      else out[key] = /^\d{4}-\d{2}-\d{2}/.test(value) ? value : JSON.parse(value);
    }
  }
  return out;
}

describe('notesToMarkdown on seed 003 (real engine)', () => {
  it('finds the tasks of seed 003', () => {
    expect(ANALYSIS_003.tasks.length).toBeGreaterThan(40);
  });

  it('matches the reviewed golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    const out = md();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, out);
    expect(out).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('writes front matter Obsidian and Logseq read: title, 文号, 发文机关, 成文日期, url, tags, exported-at', () => {
    expect(frontMatter(md())).toEqual({
      title: '广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知',
      文号: '桂政发〔2020〕3号',
      发文机关: '广西壮族自治区人民政府',
      成文日期: '2020-01-22',
      url: PAGE_URL,
      tags: ['_2020', '大宗-商品', '物流', '营商环境'],
      'exported-at': '2026-11-21T09:30:00+08:00',
    });
  });

  it('lists notes by position with their task path, quote, note, tags and a link to the passage; deleted notes are left out', () => {
    const out = md();
    expect(out).toContain('## 批注（4 条）');
    expect(out).not.toContain('已删除的批注');
    const order = ['### 一、目标要求', '### 三.（一）.4 推行“证照分离”改革全覆盖试点', '### 三.（二）.11 建设面向东盟的大宗商品交易平台'];
    const at = order.map((h) => out.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain('> 4\\. 推行“证照分离”改革全覆盖试点。');
    expect(out).toContain('#物流 #大宗-商品 · 黄色 · 2026-11-20 · [原文](http://www.gxzf.gov.cn/zfwj/zzqrmzfwj_34845/t1234567.shtml#:~:text=');
  });

  it('shows script in a note as text, never as HTML', () => {
    const out = md();
    expect(out).toContain('\\<script>alert("x")\\</script>');
    expect(out).not.toMatch(/(^|[^\\])<script/);
  });

  it('gives the document the same metadata block as the CLI report', () => {
    const recognition = { isPolicy: true, confidence: 1, kind: 'policy' as const, reasons: [] };
    const cliBlock = taskReportMarkdown(recognition, ANALYSIS_003).split('\n').filter((l) => /^- \*\*(文号|发文机关|成文日期|主送机关|公开方式)/.test(l));
    expect(cliBlock).toHaveLength(5);
    expect(md()).toContain(`# 广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知\n\n${cliBlock.join('\n')}\n- **原文**：<${PAGE_URL}>\n\n## 批注`);
  });

  it('ends with the 任务分工表 from the same function as the CLI, with the reader’s 状态', () => {
    const out = md();
    expect(out).toContain('## 任务分工表（45 项）\n\n| 序号 | 任务 | 牵头单位 | 责任单位 | 时限 | 状态 |');
    expect(out).toContain(taskTableMarkdown(ANALYSIS_003, new Map([['三.（二）.11', 'doing'], ['三.（一）.4', 'done'], ['三.（一）.1', 'na']])));
    expect(out).toMatch(/\| 11 \| 建设面向东盟的大宗商品交易平台 \| 自治区地方金融监管局 \| [^\n]* \| 推进中 \|/);
    expect(out).toContain('## 任务备注\n\n**三.（二）.11 建设面向东盟的大宗商品交易平台** · 推进中\n\n已约商务厅 12 月中旬碰头。');
  });

  it('is deterministic: the same notes in any order give the same file', () => {
    const shuffled = [...NOTES_003].reverse();
    expect(md({ notes: shuffled, statuses: [...STATUSES_003].reverse() })).toBe(md());
  });

  it('reports progress', () => {
    const calls: [number, number][] = [];
    md({ onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([4, 4]);
  });
});

describe('scopes', () => {
  const other: Note = {
    ...seedNote(9, '以产业发展为导向'),
    url: 'https://www.gov.cn/zhengce/content/2019-08/26/content_5424522.htm',
    docKey: 'doc:国发〔2019〕16号',
    docTitle: '国务院关于印发6个新设自由贸易试验区总体方案的通知',
    docNumber: '国发〔2019〕16号',
    tags: ['物流'],
    selectors: { ...seedNote(9, '以产业发展为导向').selectors, taskPath: null },
  };
  const notes = [...NOTES_003, other];

  it('this page: notes at the page’s address (tracking parameters ignored) or on its document', () => {
    const out = md({ scope: { kind: 'page', url: `${PAGE_URL}?utm_source=wx#p1`, docKey: null }, notes });
    expect(out).toContain('## 批注（4 条）');
    expect(out).not.toContain('以产业发展为导向');
  });

  it('all notes: one heading per document with its metadata block, ordered by title; no task table', () => {
    const out = md({ scope: { kind: 'all' }, notes });
    expect(frontMatter(out).title).toBe('全部批注');
    const a = out.indexOf('## 国务院关于印发6个新设自由贸易试验区总体方案的通知');
    const b = out.indexOf('## 广西壮族自治区人民政府关于印发');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(out).toContain('- **文号**：桂政发〔2020〕3号\n- **发文机关**：广西壮族自治区人民政府\n- **成文日期**：2020-01-22\n');
    expect(out).toContain(`- **原文**：<${PAGE_URL}>`);
    expect(out).toContain('## 国务院关于印发6个新设自由贸易试验区总体方案的通知\n\n- **文号**：国发〔2019〕16号\n- **原文**：<https://www.gov.cn/');
    expect(out).toContain('### 批注（4 条）');
    expect(out).toContain('#### 三.（二）.11 建设面向东盟的大宗商品交易平台');
    expect(out).not.toContain('任务分工表');
  });

  it('one tag: only notes carrying it, across documents', () => {
    const out = md({ scope: { kind: 'tag', tag: '#物流' }, notes });
    expect(frontMatter(out).title).toBe('标签“#物流”的批注');
    expect(out.match(/^> /gm)?.length).toBe(4);
    expect(out).not.toContain('证照分离');
  });

  it('one unit: its tasks, lead first, with statuses, task notes and the notes in them', () => {
    const out = md({ scope: { kind: 'unit', unit: '自治区商务厅' }, notes });
    expect(out).toContain('# 自治区商务厅的任务');
    expect(out).toContain('### 任务分工表（21 项：牵头 12 项，配合 9 项）');
    const rows = out.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(21);
    expect(rows.slice(0, 12).every((r) => r.split(' | ')[2] === '自治区商务厅')).toBe(true);
    expect(out).toContain('### 三.（二）.11 建设面向东盟的大宗商品交易平台\n\n角色：责任单位 · 状态：推进中\n\n已约商务厅 12 月中旬碰头。\n\n> 支持建设');
    expect(out).not.toContain('证照分离');
    expect(out).not.toContain('以产业发展为导向');
  });

  it('says so when nothing matches', () => {
    expect(md({ scope: { kind: 'tag', tag: '无此标签' } })).toContain('没有符合条件的批注。');
    expect(md({ scope: { kind: 'unit', unit: '不存在的单位' } })).toContain('没有找到这个单位的任务。');
  });

  it('exports notes of documents it has no analysis of, with the title they were saved with', () => {
    const out = md({ scope: { kind: 'document', docKey: other.docKey }, notes, docs: [] });
    expect(out).toContain('# 国务院关于印发6个新设自由贸易试验区总体方案的通知');
    expect(frontMatter(out)['文号']).toBe('国发〔2019〕16号');
    expect(out).toContain('### 摘录');
  });

  it('never throws on odd input: no documents, a page address that is not a URL, an invalid time', () => {
    const odd = { ...NOTES_003[0], url: 'javascript:alert(1)', docKey: 'fp:00000000-1', docTitle: '', docNumber: null };
    const out = notesToMarkdown({ scope: { kind: 'all' }, notes: [odd], exportedAt: Number.NaN });
    expect(out).toContain('## 未命名文档');
    expect(out).not.toContain('javascript:');
    expect(notesToMarkdown({ scope: { kind: 'page', url: '' }, notes: [], exportedAt: 0 })).toContain('没有符合条件的批注。');
  });
});

describe('the reader’s notes on tasks and units', () => {
  const statuses: TaskStatus[] = [
    ...STATUSES_003,
    { id: '00000000-0000-4000-9000-000000000010', docKey: DOC_KEY, taskId: '三.（一）.2', status: null, note: '只写了备注', updatedAt: T0 },
    { id: '00000000-0000-4000-9000-000000000011', docKey: DOC_KEY, taskId: unitKey('自治区商务厅'), status: null, note: '联系人：王处 **周三**', updatedAt: T0 },
    { id: '00000000-0000-4000-9000-000000000012', docKey: DOC_KEY, taskId: unitKey('自治区市场监管局'), status: null, note: '   ', updatedAt: T0 },
  ];

  it('the document export lists a task note without a status, and the units’ notes under 单位备注', () => {
    const out = md({ statuses });
    expect(out).toContain('**三.（一）.2 ');
    expect(out).toMatch(/\*\*三\.（一）\.2 [^\n]*\*\*\n\n只写了备注/);
    expect(out).toContain('## 单位备注\n\n**自治区商务厅**\n\n联系人：王处 **周三**');
    expect(out).not.toContain('**自治区市场监管局**');
    expect(out.split('\n').find((l) => l.startsWith('| 2 |'))?.endsWith('|  |')).toBe(true);
  });

  it('the unit export starts with the unit’s own note', () => {
    const out = md({ scope: { kind: 'unit', unit: '自治区商务厅' }, statuses });
    expect(out).toContain('### 单位备注\n\n联系人：王处 **周三**');
    expect(md({ scope: { kind: 'unit', unit: '自治区市场监管局' }, statuses })).not.toContain('单位备注');
  });
});
