import { describe, expect, it } from 'vitest';
import { escapeMarkdown, taskReportMarkdown, taskRows, taskTableMarkdown } from '../../lib/export/task-table';
import type { Analysis, Recognition, Task, TaskUnit } from '../../lib/policy/schema';

const unit = (name: string, role: 'lead' | 'co'): TaskUnit => ({ name, raw: name, role, kind: 'body' });
const task = (id: string, title: string, units: TaskUnit[], deadlines: string[] = []): Task => ({
  id, title, titleStart: 0, titleEnd: 0, text: title, start: 0, end: 0, units, deadlines, deadlineSpans: [],
});

const analysis: Analysis = {
  meta: {
    title: '中国（广西）自由贸易试验区建设实施方案', docNumber: '桂政发〔2020〕3号', issuer: '广西壮族自治区人民政府', writtenDate: '2020-01-22',
    publishedDate: null, indexNumber: null, subject: null, addressees: ['各市、县人民政府'], disclosure: '此件公开发布',
  },
  outline: [],
  tasks: [
    task('三.（一）.1', '实施更为开放的行业准入措施', [unit('自治区商务厅', 'lead'), unit('自治区发展改革委', 'co'), unit('南宁片区管理机构', 'co')], ['2020年底前']),
    task('三.（一）.2', '推进 A|B 管理*改革*', [unit('自治区市场监管局', 'lead')], ['到2021年', '每年']),
  ],
  units: [],
  leadRule: { rule: 'first-listed', source: 'document', quote: '排在首位的为牵头单位，下同' },
  attachments: [],
  textSignals: [],
};
const recognition: Recognition = { isPolicy: true, confidence: 0.97, kind: 'policy', reasons: ['文号：桂政发〔2020〕3号'] };

describe('taskRows', () => {
  it('gives one row per task: 序号, 任务, 牵头单位, 责任单位 (co units), 时限', () => {
    expect(taskRows(analysis)).toEqual([
      { index: 1, id: '三.（一）.1', task: '实施更为开放的行业准入措施', lead: '自治区商务厅', units: '自治区发展改革委、南宁片区管理机构', deadline: '2020年底前' },
      { index: 2, id: '三.（一）.2', task: '推进 A|B 管理*改革*', lead: '自治区市场监管局', units: '', deadline: '到2021年；每年' },
    ]);
  });
});

describe('Markdown', () => {
  it('escapes pipes, Markdown specials and line breaks in cells', () => {
    expect(escapeMarkdown('A|B *x* _y_ [z](u) <b>\nnext\\')).toBe('A\\|B \\*x\\* \\_y\\_ \\[z\\](u) \\<b\\> next\\\\');
  });

  it('renders the 任务分工表 with a header, a separator and one line per task', () => {
    expect(taskTableMarkdown(analysis).split('\n')).toEqual([
      '| 序号 | 任务 | 牵头单位 | 责任单位 | 时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 实施更为开放的行业准入措施 | 自治区商务厅 | 自治区发展改革委、南宁片区管理机构 | 2020年底前 |',
      '| 2 | 推进 A\\|B 管理\\*改革\\* | 自治区市场监管局 |  | 到2021年；每年 |',
    ]);
  });

  it('writes a report: title, metadata block, then the table', () => {
    const md = taskReportMarkdown(recognition, analysis);
    expect(md.startsWith('# 中国（广西）自由贸易试验区建设实施方案\n')).toBe(true);
    expect(md).toContain('- **文号**：桂政发〔2020〕3号');
    expect(md).toContain('- **成文日期**：2020-01-22');
    expect(md).toContain('- **牵头单位规则**：排在首位的为牵头单位，下同');
    expect(md).toContain('## 任务分工表（2 项）\n\n| 序号 | 任务 | 牵头单位 | 责任单位 | 时限 |');
    expect(md).not.toContain('发布日期');
  });

  it('says so when there are no tasks, and points to an attachment that holds them', () => {
    const md = taskReportMarkdown(
      { isPolicy: false, confidence: 0.9, kind: 'news', reasons: ['栏目为“要闻”'] },
      { ...analysis, meta: { ...analysis.meta, title: null }, tasks: [], attachments: [{ text: '附件：任务分解表.docx', holdsTasks: true, start: 0, end: 1 }] },
    );
    expect(md).toContain('# 未命名文档');
    expect(md).toContain('未识别为政策文件（新闻动态）');
    expect(md).toContain('未发现带责任单位的任务。');
    expect(md).toContain('任务分解在附件中：附件：任务分解表.docx');
  });
});
