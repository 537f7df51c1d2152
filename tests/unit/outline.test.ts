import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/policy/clean-text';
import { findMarkers } from '../../lib/policy/markers';
import { parseOutline } from '../../lib/policy/outline';

function outline(text: string) {
  const c = cleanText(text);
  return parseOutline(c, findMarkers(c.text)).map((h) => [h.level, h.path, h.title]);
}

describe('parseOutline', () => {
  it('finds the four label forms with their levels and paths', () => {
    const text = '一、总体要求\n二、重点任务\n（一）加大基础设施互联互通\n1. 加大东融铁路规划建设力度。积极融入大湾区。\n2．加大东融公路建设力度。\n（1）建设高速公路。\n3、推进海上互联互通建设\n';
    expect(outline(text)).toEqual([
      [1, '一', '总体要求'],
      [1, '二', '重点任务'],
      [2, '二.（一）', '加大基础设施互联互通'],
      [3, '二.（一）.1', '加大东融铁路规划建设力度'],
      [3, '二.（一）.2', '加大东融公路建设力度'],
      [4, '二.（一）.2.（1）', '建设高速公路'],
      [3, '二.（一）.3', '推进海上互联互通建设'],
    ]);
  });

  it('follows numbering that restarts in each section', () => {
    const text = '二、重点任务\n（一）构建城市群。\n1. 打造南宁核心城市。\n2. 促进节点城市协同发展。\n（二）促进产业联动发展。\n1. 培育发展绿色工业。\n';
    expect(outline(text).map((h) => h[1])).toEqual(['二', '二.（一）', '二.（一）.1', '二.（一）.2', '二.（二）', '二.（二）.1']);
  });

  it('accepts （一）、 variants, half-width brackets with spaces and full-width digits', () => {
    expect(outline('（一）、加强组织领导。\n(三) 打造金融开放门户核心区。\n１．推进审批服务改革。')).toEqual([
      [2, '（一）', '加强组织领导'],
      [2, '（三）', '打造金融开放门户核心区'],
      [3, '（三）.1', '推进审批服务改革'],
    ]);
  });

  it('finds inline headings of a run-on scraped line, after a sentence end or a marker', () => {
    const text = '三、主要任务（一）积极构建跨区域产业链供应链，推进产业分工协同发展。1．精准承接传统产业转移。紧抓机遇。（责任单位：自治区工业和信息化厅）2．推动新兴产业深度对接。';
    expect(outline(text)).toEqual([
      [1, '三', '主要任务'],
      [2, '三.（一）', '积极构建跨区域产业链供应链，推进产业分工协同发展'],
      [3, '三.（一）.1', '精准承接传统产业转移'],
      [3, '三.（一）.2', '推动新兴产业深度对接'],
    ]);
  });

  it('does not take numbers in prose, dates or amounts for headings', () => {
    expect(outline('到2021年，重点建设27个集聚区。增长2.5%。一是区域板块发展平衡性显著增强。（2019-2021年）')).toEqual([]);
  });

  it('takes the title of a label alone on its line from the next line, and stops a title at a marker', () => {
    expect(outline('（二）\n强化部门协作。\n')).toEqual([[2, '（二）', '强化部门协作']]);
    expect(outline('5. 强化企业市场主体地位（海关总署负责）')).toEqual([[3, '5', '强化企业市场主体地位']]);
  });

  it('gives offsets that cover label and title in the original text', () => {
    const text = '## 一、目标要求\n\n（一）**加快构建规则体系**。主动对接。';
    const c = cleanText(text);
    const h = parseOutline(c)[1];
    expect(c.display.slice(h.start, h.end)).toBe('（一）加快构建规则体系');
  });
});
