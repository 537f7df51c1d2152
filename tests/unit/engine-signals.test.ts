import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/policy/analyze';

describe('attachments', () => {
  it('reports each attached file, one of them holding the task breakdown, without inventing units or items from the list', () => {
    const text = '国务院办公厅关于印发X方案的通知\n国办发〔2019〕2号\n二、重点任务\n（一）推进集中采购。\n（二）完善配套政策。\n附件：1．重点任务分工及进度安排表.docx\n2．试点城市名单';
    const a = analyze({ text });
    expect(a.attachments).toEqual([
      expect.objectContaining({ text: '重点任务分工及进度安排表.docx', holdsTasks: true }),
      expect.objectContaining({ text: '试点城市名单', holdsTasks: false }),
    ]);
    expect(a.tasks.map((t) => [t.id, t.units.length])).toEqual([
      ['二.（一）', 0],
      ['二.（二）', 0],
    ]);
    expect(a.textSignals).toContain('附件含任务分解表');
  });

  it('tells other attachments apart', () => {
    expect(analyze({ text: '附件：中国（广西）自由贸易试验区工作领导小组职责及组成人员名单\n附件' }).attachments).toEqual([
      expect.objectContaining({ text: '中国（广西）自由贸易试验区工作领导小组职责及组成人员名单', holdsTasks: false }),
    ]);
  });
});

describe('textSignals', () => {
  it('names what marks a policy document: 文号, title form, outline depth, markers, tasks, the lead rule', () => {
    const text = '广西壮族自治区人民政府关于印发X方案的通知\n桂政发〔2020〕3号\n各市、县人民政府：\n一、主要任务\n（一）扩大开放\n1. 实施准入措施。放宽准入。（责任单位：自治区商务厅、发展改革委。排在首位的为牵头单位，下同）\n2020年1月22日';
    expect(analyze({ text }).textSignals).toEqual([
      '文号：桂政发〔2020〕3号',
      '标题为…的通知',
      '发文机关：广西壮族自治区人民政府',
      '成文日期：2020-01-22',
      '主送机关 1 个',
      '大纲层级 3',
      '标题 3 个',
      '责任标记 1 处',
      '任务 1 项',
      '牵头规则：排在首位的为牵头单位，下同',
    ]);
  });

  it('has none for plain prose', () => {
    expect(analyze({ text: '今天天气很好，我们去公园散步。' }).textSignals).toEqual([]);
  });
});
