import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/policy/clean-text';
import { findMarkers } from '../../lib/policy/markers';
import { markerUnits, newUnitListCache } from '../../lib/policy/task-units';

/** Units of each marker in `text` as "name" (co) or "*name" (lead), under the first-listed rule and the 自治区 prefix. */
function units(text: string, rule: 'first-listed' | 'first-regional' = 'first-listed', prefix: string | null = '自治区'): string[][] {
  const c = cleanText(text);
  return findMarkers(c.text).map((m) => markerUnits(c, m, rule, prefix).units.map((u) => (u.role === 'lead' ? '*' : '') + u.name));
}

describe('findMarkers + markerUnits', () => {
  it('（责任单位：…） with the rule inside: first listed leads, prefixes and sub-offices handled', () => {
    expect(units('（责任单位：中国铁路南宁局集团，自治区交通运输厅（铁建办）、商务厅（南向通道办），各有关设区市人民政府。排在首位的为牵头单位，下同）')).toEqual([
      ['*中国铁路南宁局集团有限公司', '自治区交通运输厅', '自治区商务厅', '各有关设区市人民政府'],
    ]);
  });

  it('（X、Y负责） and （A、B按职责分工负责）', () => {
    expect(units('（人力资源社会保障部、财政部负责）（发展改革委、商务部按职责分工负责）', 'first-listed', null)).toEqual([
      ['*人力资源社会保障部', '财政部'],
      ['*发展改革委', '商务部'],
    ]);
  });

  it('（X牵头，Y按职责分工负责） / （X牵头，Y参与）: the explicit lead wins', () => {
    expect(units('（生态环境部牵头，国家发展改革委、工业和信息化部参与）（商务部牵头，财政部按职责分工负责）', 'first-listed', null)).toEqual([
      ['*生态环境部', '国家发展改革委', '工业和信息化部'],
      ['*商务部', '财政部'],
    ]);
  });

  it('（牵头单位：X；配合单位：Y） and （负责部门：X；适用范围：Y）: 适用范围 is no unit', () => {
    expect(units('（牵头单位：自治区发展改革委；配合单位：自治区财政厅、商务厅）')).toEqual([['*自治区发展改革委', '自治区财政厅', '自治区商务厅']]);
    expect(units('（负责部门：海关总署，适用范围：福建自贸试验区）（负责部门：人力资源社会保障部；适用范围：上海自贸试验区）', 'first-listed', null)).toEqual([
      ['*海关总署'],
      ['*人力资源社会保障部'],
    ]);
  });

  it('X会同Y负责: the units after 会同 take part', () => {
    expect(units('（国家发展改革委、财政部会同有关部门负责）', 'first-listed', null)).toEqual([['*国家发展改革委', '财政部', '有关部门']]);
  });

  it('unit lines on their own after a task, consecutive lines forming one marker', () => {
    expect(units('加快推进园区建设。\n牵头单位：区发改局\n配合单位：区财政局、区商务局\n下一段。')).toEqual([['*区发改局', '区财政局', '区商务局']]);
  });

  it('mixed brackets and a marker broken by a line break', () => {
    expect(units('推进改革。(责任单位：自治区商务厅、发展改革委，南宁、\n\n钦州港、崇左片区管理机构）')).toEqual([
      ['*自治区商务厅', '自治区发展改革委', '南宁片区管理机构', '钦州港片区管理机构', '崇左片区管理机构'],
    ]);
  });

  it('first-regional rule: the first 自治区 unit leads, a cities-only list keeps its first', () => {
    expect(units('（责任单位：广西北部湾经济区6市人民政府，自治区北部湾办、发展改革委等）', 'first-regional')).toEqual([
      ['广西北部湾经济区6市人民政府', '*自治区北部湾办', '自治区发展改革委'],
    ]);
    expect(units('（责任单位：北海市、防城港市人民政府等）', 'first-regional')).toEqual([['*北海市人民政府', '防城港市人民政府']]);
  });

  it('ignores bracketed prose that merely ends in 负责, and other brackets', () => {
    expect(units('（技工院校内由人力资源社会保障行政部门负责）（以下简称大湾区）（一）（国务院规定对国内投资项目保留核准的除外）')).toEqual([]);
    expect(units('各牵头单位要切实发挥牵头抓总作用。各责任单位要主动配合。')).toEqual([]);
  });

  it('keeps the note after 。 out of the units (（X指导，Y负责落实。以下均需…，不再列出）)', () => {
    expect(units('（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）', 'first-listed', null)).toEqual([['*生态环境部', '试点城市政府']]);
  });

  it('gives each unit the offsets of its raw text in the original', () => {
    const text = '**重点**\n（责任单位：自治区商务厅、\n发展改革委）';
    const c = cleanText(text);
    const [m] = findMarkers(c.text);
    expect(markerUnits(c, m, 'first-listed', '自治区').units.map((u) => text.slice(u.start, u.end))).toEqual(['自治区商务厅', '发展改革委']);
  });

  it('reports raw text as the page writes it, where the match view writes brackets otherwise, and from the memo elsewhere', () => {
    const text = '（责任单位：自治区交通运输厅(铁建办)、发展改革委）\n（责任单位：自治区交通运输厅（铁建办）、发展改革委）';
    const c = cleanText(text);
    const cache = newUnitListCache('自治区');
    const raws = findMarkers(c.text).map((m) => markerUnits(c, m, 'first-listed', '自治区', cache).units.map((u) => u.raw));
    expect(raws).toEqual([
      ['自治区交通运输厅(铁建办)', '发展改革委'],
      ['自治区交通运输厅（铁建办）', '发展改革委'],
    ]);
  });
});
