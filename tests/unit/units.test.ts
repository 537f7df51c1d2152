import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_ALIASES } from '../../lib/policy/unit-aliases';
import { newMemo } from '../../lib/policy/unit-memo';
import { namePrefix } from '../../lib/policy/unit-names';
import { canonicalUnit, detectRegionPrefix, isRegionalUnit, parseUnitList, type ParsedUnit } from '../../lib/policy/units';

const SEEDS = join(__dirname, '../../seeds');
const PAGES = join(__dirname, '../../../shared/pages/govcn-2019');
const seed = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');

/** Units as a reader writes them: 、 inside a group, ， between groups, * after a generic group. */
function render(units: ParsedUnit[]): string {
  let out = '';
  units.forEach((u, i) => {
    if (i > 0) out += u.group === units[i - 1].group ? '、' : '，';
    out += u.name + (u.kind === 'group' ? '*' : '');
  });
  return out;
}

/** Every 责任单位 list of a seed: the text after "责任单位：" (line breaks allowed inside the marker) up to its closing bracket. */
function seedLists(text: string): string[] {
  const lists: string[] = [];
  for (const m of text.matchAll(/责\s{0,4}任\s{0,4}单\s{0,4}位[：:]/g)) {
    const start = m.index! + m[0].length;
    let depth = 0;
    let end = start;
    for (; end < text.length && end - start < 400; end++) {
      if ('（('.includes(text[end])) depth++;
      else if ('）)'.includes(text[end]) && depth-- === 0) break;
    }
    lists.push(text.slice(start, end));
  }
  return lists;
}

const GX = { regionPrefix: '自治区' };
const NATIONAL = { regionPrefix: null };

/** Real lists from seeds/000–003 and ../shared/pages, with the units a reader counts. */
const CASES: [source: string, raw: string, expected: string, opts?: typeof GX | typeof NATIONAL][] = [
  ['000 #1', '中国铁路南宁局集团，自治区交通运输厅（铁建办）、商务厅（南向通道办）、自然资源厅、北部湾办，各有关设区市人民政府。排在首位的为牵头单位，下同',
    '中国铁路南宁局集团，自治区交通运输厅、自治区商务厅、自治区自然资源厅、自治区北部湾办，各有关设区市人民政府*'],
  ['000 #2', '自治区交通运输厅、发展改革委、自然资源厅，各有关设区市人民政府', '自治区交通运输厅、自治区发展改革委、自治区自然资源厅，各有关设区市人民政府*'],
  ['000 #5', '广西机场管理集团，自治区发展改革委、交通运输厅、北部湾办、自然资源厅，各有关设区市人民政府',
    '广西机场管理集团，自治区发展改革委、自治区交通运输厅、自治区北部湾办、自治区自然资源厅，各有关设区市人民政府*'],
  ['000 #6', '自治区商务厅、发展改革委、工业和信息化厅、交通运输厅、北部湾办、大数据发展局、通信管理局，南宁、钦州等有关设区市人民政府',
    '自治区商务厅、自治区发展改革委、自治区工业和信息化厅、自治区交通运输厅、自治区北部湾办、自治区大数据发展局、自治区通信管理局，南宁市人民政府、钦州市人民政府、有关设区市人民政府*'],
  ['000 #7', '自治区大数据发展局、工业和信息化厅、发展改革委、商务厅、北部湾办，中国-东盟信息港股份有限公司，各有关设区市人民政府',
    '自治区大数据发展局、自治区工业和信息化厅、自治区发展改革委、自治区商务厅、自治区北部湾办，中国-东盟信息港股份有限公司，各有关设区市人民政府*'],
  ['000 #14', '自治区农业农村厅、自然资源厅、生态环境厅、发展改革委、商务厅、市场监管局，各有关设区市人民政府',
    '自治区农业农村厅、自治区自然资源厅、自治区生态环境厅、自治区发展改革委、自治区商务厅、自治区市场监管局，各有关设区市人民政府*'],
  ['000 #16', '自治区商务厅、发展改革委、工业和信息化厅、大数据发展局、地方金融监管局、投资促进局，广西贸促会，各设区市人民政府',
    '自治区商务厅、自治区发展改革委、自治区工业和信息化厅、自治区大数据发展局、自治区地方金融监管局、自治区投资促进局，广西贸促会，各设区市人民政府*'],
  ['000 #20', '自治区扶贫办，自治区党委组织部，自治区发展改革委、人力资源社会保障厅、财政厅、教育厅、卫生健康委、农业农村厅、交通运输厅、文化和旅游厅、投资促进局、市场监管局，各有关设区市人民政府',
    '自治区扶贫办，自治区党委组织部，自治区发展改革委、自治区人力资源社会保障厅、自治区财政厅、自治区教育厅、自治区卫生健康委、自治区农业农村厅、自治区交通运输厅、自治区文化和旅游厅、自治区投资促进局、自治区市场监管局，各有关设区市人民政府*'],
  ['000 #23', '自治区发展改革委、工业和信息化厅、国资委、商务厅，梧州市人民政\n\n府，粤桂合作特别试验区管委会',
    '自治区发展改革委、自治区工业和信息化厅、自治区国资委、自治区商务厅，梧州市人民政府，粤桂合作特别试验区管委会'],
  ['000 #25', '贺州市人民政府，自治区发展改革委、科技厅、工业和信息化厅、自然资源厅、商务厅',
    '贺州市人民政府，自治区发展改革委、自治区科技厅、自治区工业和信息化厅、自治区自然资源厅、自治区商务厅'],
  ['000 #27', '自治区发展改革委、工业和信息化厅、商务厅、北部湾办、大数据发展局，广西贸促会，南宁市等有关设区市人民政府',
    '自治区发展改革委、自治区工业和信息化厅、自治区商务厅、自治区北部湾办、自治区大数据发展局，广西贸促会，南宁市人民政府、有关设区市人民政府*'],
  ['000 #28', '自治区商务厅、发展改革委、工业和信息化厅、文化和旅游厅、地方金融监管局，人民银行南宁中心支行，广西银保监局、证监局，各有关设区市人民政府',
    '自治区商务厅、自治区发展改革委、自治区工业和信息化厅、自治区文化和旅游厅、自治区地方金融监管局，人民银行南宁中心支行，广西银保监局、广西证监局，各有关设区市人民政府*'],
  ['000 #30', '自治区发展改革委、商务厅，梧州市、贵港市人民政府，粤桂合作特别试验区管委会',
    '自治区发展改革委、自治区商务厅，梧州市人民政府、贵港市人民政府，粤桂合作特别试验区管委会'],
  ['000 #32', '自治区党委组织部，自治区教育厅、外事办，自治区党校（广西行政学院）、百色干部学院',
    '自治区党委组织部，自治区教育厅、自治区外事办，自治区党校、百色干部学院'],
  ['000 #33', '自治区人力资源社会保障厅、教育厅、科技厅，广西社科院，各有关设区市人民政府',
    '自治区人力资源社会保障厅、自治区教育厅、自治区科技厅，广西社科院，各有关设区市人民政府*'],
  ['000 #37', '南宁市人民政府，自治区发展改革委、工业和信息化厅、商务厅、外事办、交通运输厅、北部湾办，广西博览局',
    '南宁市人民政府，自治区发展改革委、自治区工业和信息化厅、自治区商务厅、自治区外事办、自治区交通运输厅、自治区北部湾办，广西博览局'],
  ['001', '自治区地方金融监管局，人民银行南宁中心支行，广西银保监局，有关市人民政府', '自治区地方金融监管局，人民银行南宁中心支行，广西银保监局，有关市人民政府*'],
  ['001', '自治区发展改革委、工业和信息化厅、人力资源社会保障厅、自然资源厅、生态环境厅、水利厅、商务厅、市场监管局、大数据发展局，自治区高级法院，广西税务局，人民银行南宁中心支行，各市人民政府',
    '自治区发展改革委、自治区工业和信息化厅、自治区人力资源社会保障厅、自治区自然资源厅、自治区生态环境厅、自治区水利厅、自治区商务厅、自治区市场监管局、自治区大数据发展局，自治区高级法院，广西税务局，人民银行南宁中心支行，各市人民政府*'],
  ['001', '自治区大数据发展局、工业和信息化厅、发展改革委、商务厅、通信管理局，中国—东盟信息港股份有限公司，有关市人民政府',
    '自治区大数据发展局、自治区工业和信息化厅、自治区发展改革委、自治区商务厅、自治区通信管理局，中国—东盟信息港股份有限公司，有关市人民政府*'],
  ['001', '自治区发展改革委、文化和旅游厅、工业和信息化厅、科技厅、商务厅、投资促进局，广西博览局，广西北部湾国际港务集团，广西国际博览集团，有关市人民政府',
    '自治区发展改革委、自治区文化和旅游厅、自治区工业和信息化厅、自治区科技厅、自治区商务厅、自治区投资促进局，广西博览局，广西北部湾国际港务集团，广西国际博览集团，有关市人民政府*'],
  ['001', '自治区卫生健康委、中医药局、医保局、民政厅、药监局，有关市人民政府', '自治区卫生健康委、自治区中医药局、自治区医保局、自治区民政厅、自治区药监局，有关市人民政府*'],
  ['001', '自治区党委组织部，自治区人力资源社会保障厅、科技厅、商务厅、地方金融监管局，各市人民政府',
    '自治区党委组织部，自治区人力资源社会保障厅、自治区科技厅、自治区商务厅、自治区地方金融监管局，各市人民政府*'],
  ['001', '自治区海洋局、发展改革委、工业和信息化厅、科技厅、北部湾办、农业农村厅、投资促进局，有关市人民政府',
    '自治区海洋局、自治区发展改革委、自治区工业和信息化厅、自治区科技厅、自治区北部湾办、自治区农业农村厅、自治区投资促进局，有关市人民政府*'],
  ['002', '南宁市人民政府等', '南宁市人民政府'],
  ['002', '北海市、防城港市、钦州市、玉林市、\n\n崇左市人民政府等', '北海市人民政府、防城港市人民政府、钦州市人民政府、玉林市人民政府、崇左市人民政府'],
  ['002', '广西北部湾经济区6市人民政府，自治区北部湾办、发展改革委、工业和信息化委、国土资源厅、住房城乡建设厅等',
    '广西北部湾经济区6市人民政府，自治区北部湾办、自治区发展改革委、自治区工业和信息化委、自治区国土资源厅、自治区住房城乡建设厅'],
  ['002', '自治区发展改革委、住房城乡建设厅、商务厅，防城港市、崇左市人民政府等', '自治区发展改革委、自治区住房城乡建设厅、自治区商务厅，防城港市人民政府、崇左市人民政府'],
  ['002', '自治区海洋和渔业厅、工业和信息化委、交通运输厅，北海市、防城港市、钦州市人民政府等',
    '自治区海洋和渔业厅、自治区工业和信息化委、自治区交通运输厅，北海市人民政府、防城港市人民政府、钦州市人民政府'],
  ['002', '广西北部湾经济区 6 市人民政府，自治区北部湾办、发展改革委、工业和信息化委等', '广西北部湾经济区6市人民政府，自治区北部湾办、自治区发展改革委、自治区工业和信息化委'],
  ['002', '自治区发展改革委，广西机场管理集团，南宁市、玉林市、北海市人民政府等', '自治区发展改革委，广西机场管理集团，南宁市人民政府、玉林市人民政府、北海市人民政府'],
  ['002', '水利厅、环境保护厅，广西北部湾经济区 6 市人民政府等', '自治区水利厅、自治区环境保护厅，广西北部湾经济区6市人民政府'],
  ['002', '自治区能源局、工业和信息化委，广西电网公司，广西北部湾经济区6市人民政府等', '自治区能源局、自治区工业和信息化委，广西电网公司，广西北部湾经济区6市人民政府'],
  ['002', '环境保护厅、国土资源厅、水利厅、林业厅、文化厅、海洋和渔业厅，广西北部湾经济区 6 市人民政府等',
    '自治区环境保护厅、自治区国土资源厅、自治区水利厅、自治区林业厅、自治区文化厅、自治区海洋和渔业厅，广西北部湾经济区6市人民政府'],
  ['002', '环境保护厅、交通运输厅、海洋和渔业厅，广西海事局，广西北部湾经济区 6 市人民政府等',
    '自治区环境保护厅、自治区交通运输厅、自治区海洋和渔业厅，广西海事局，广西北部湾经济区6市人民政府'],
  ['002', '自治区商务厅、发展改\n\n革委，南宁海关，广西出入境检验检疫局，广西北部湾经济区 6 市人民政府等',
    '自治区商务厅、自治区发展改革委，南宁海关，广西出入境检验检疫局，广西北部湾经济区6市人民政府'],
  ['002', '自治区北部湾办等', '自治区北部湾办'],
  ['002', '自治区教育厅、民政厅、人力资源社会保障厅、文化厅、卫生计生委、食品药品监管局，广西北部湾经济区 6 市人民政府等',
    '自治区教育厅、自治区民政厅、自治区人力资源社会保障厅、自治区文化厅、自治区卫生计生委、自治区食品药品监管局，广西北部湾经济区6市人民政府'],
  ['002', '自治区商务厅、北部湾办、港澳办、台办，广西北部湾经济区6市人民政府等', '自治区商务厅、自治区北部湾办、自治区港澳办、自治区台办，广西北部湾经济区6市人民政府'],
  ['003 #1', '自治区商务厅、发展改革委、投资促进局、大数据发展局、市场监管局，南宁、钦州港、崇左片区管理机构。排在首位的为牵头单位，下同',
    '自治区商务厅、自治区发展改革委、自治区投资促进局、自治区大数据发展局、自治区市场监管局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '自治区大数据发展局、市场监管局，自治区其他各有关单位，南宁、钦州港、崇左片区管理机构',
    '自治区大数据发展局、自治区市场监管局，自治区其他各有关单位*，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '广西税务局，自治区地方金融监管局，人民银行南宁中心支行，广西银保监局，南宁、\n\n钦州港、崇左片区管理机构',
    '广西税务局，自治区地方金融监管局，人民银行南宁中心支行，广西银保监局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '自治区发展改革委，人民银行南宁中心支行，自治区大数据发展局、市场监管局，南宁、钦州港、崇左片区管理机构',
    '自治区发展改革委，人民银行南宁中心支行，自治区大数据发展局、自治区市场监管局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '广西博览局，南宁海关，自治区商务厅、投资促进局、大数据发展局，广西国际博览集团有限公司，南宁片区管理机构',
    '广西博览局，南宁海关，自治区商务厅、自治区投资促进局、自治区大数据发展局，广西国际博览集团有限公司，南宁片区管理机构'],
  ['003', '自治区地方金融监管局、商务厅、发展改革委，南宁海关，广西证监局，国家外汇管理局广西区分局，广西税务局，南宁、钦州港、崇左片区管理机构',
    '自治区地方金融监管局、自治区商务厅、自治区发展改革委，南宁海关，广西证监局，国家外汇管理局广西区分局，广西税务局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '自治区商务厅、发展改革委、工业和信息化厅，广西邮政管理局，南宁海关，广西出入境边防\n\n检查总站，南宁、钦州港、崇左片区管理机构',
    '自治区商务厅、自治区发展改革委、自治区工业和信息化厅，广西邮政管理局，南宁海关，广西出入境边防检查总站，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '自治区商\n\n务厅、发展改革委、大数据发展局、地方金融监管局，人民银行南宁中心支行，国家外汇管理局广西区分局，南宁海关，钦州港片区管理机构',
    '自治区商务厅、自治区发展改革委、自治区大数据发展局、自治区地方金融监管局，人民银行南宁中心支行，国家外汇管理局广西区分局，南宁海关，钦州港片区管理机构'],
  ['003', '自治区工业和信息化厅、发展改革委，南宁、钦州港片区管理机构', '自治区工业和信息化厅、自治区发展改革委，南宁片区管理机构、钦州港片区管理机构'],
  ['003', '自治区大数据发展局，自治区通信管理局，自治区发展改革委、工业和信息化厅、文化和旅游厅，自治区党委网信办，自治区广电局、新闻出版局，南宁、钦州港片区管理机构',
    '自治区大数据发展局，自治区通信管理局，自治区发展改革委、自治区工业和信息化厅、自治区文化和旅游厅，自治区党委网信办，自治区广电局、自治区新闻出版局，南宁片区管理机构、钦州港片区管理机构'],
  ['003', '自治区大数据发展局，自治区通信管理局，自治区发展改革委、工业和信息化厅，自治区党委网信办，自治区文化和旅游厅、广电局，南宁、钦州港、崇左片区\n\n管理机构',
    '自治区大数据发展局，自治区通信管理局，自治区发展改革委、自治区工业和信息化厅，自治区党委网信办，自治区文化和旅游厅、自治区广电局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['003', '南宁市人民政府，自治区发展改革委、交通运输厅，南宁海关，广西出入境边防检查总站，广西机场管理集团有限责任公司，中国铁路南宁局集团有限公司',
    '南宁市人民政府，自治区发展改革委、自治区交通运输厅，南宁海关，广西出入境边防检查总站，广西机场管理集团有限责任公司，中国铁路南宁局集团有限公司'],
  ['003', '自治区文化和旅游厅、发展改革委、商务厅、投资促进局、体育局、地方金融监管局、工业和信息化厅、版权局，南宁、钦州港、崇\n\n左片区管理机构',
    '自治区文化和旅游厅、自治区发展改革委、自治区商务厅、自治区投资促进局、自治区体育局、自治区地方金融监管局、自治区工业和信息化厅、自治区版权局，南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构'],
  ['pages 05', '海关总署、商务部等有关部门', '海关总署、商务部、有关部门*', NATIONAL],
  ['pages 09', '扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府', '扶贫办、发展改革委、人力资源社会保障部、商务部、各有关省级人民政府*', NATIONAL],
  ['pages 39', '人力资源社会保障部、科技部、财政部、住房城乡建设部、市场监管总局，各省级人民政府按职责分工负责',
    '人力资源社会保障部、科技部、财政部、住房城乡建设部、市场监管总局，各省级人民政府*', NATIONAL],
  ['pages 39', '财政部、人力资源社会保障部、民政部等有关部门和单位按职责分工负责', '财政部、人力资源社会保障部、民政部、有关部门和单位*', NATIONAL],
  ['pages 37', '国家发展改革委、财政部会同有关部门', '国家发展改革委、财政部、有关部门*', NATIONAL],
  ['pages 07', '生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局参与',
    '生态环境部，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局', NATIONAL],
  ['pages 09', '扶贫办、中央统战部、中央和国家机关工委、教育部、卫生健康委、人民银行、国资委、国管局、中央军委政治工作部、全国总工会等和各省级人民政府',
    '扶贫办、中央统战部、中央和国家机关工委、教育部、卫生健康委、人民银行、国资委、国管局、中央军委政治工作部、全国总工会、各省级人民政府*', NATIONAL],
];

describe('parseUnitList on real lists', () => {
  it.each(CASES)('%s: %s', (_source, raw, expected, opts = GX) => {
    expect(render(parseUnitList(raw, opts))).toBe(expected);
  });

  it('keeps the sub-office, line breaks and spaces in raw, with offsets into the input', () => {
    const raw = CASES[0][1];
    const lead = parseUnitList(raw, GX)[1];
    expect(lead).toMatchObject({ name: '自治区交通运输厅', raw: '自治区交通运输厅（铁建办）', group: 1 });
    expect(raw.slice(lead.rawStart, lead.rawEnd)).toBe(lead.raw);
    const broken = parseUnitList('自治区发展改革委、国资委，梧州市人民政\n\n府，粤桂合作特别试验区管委会', GX)[2];
    expect(broken).toMatchObject({ name: '梧州市人民政府', raw: '梧州市人民政\n\n府' });
    const spaced = parseUnitList('广西北部湾经济区 6 市人民政府，自治区北部湾办', GX)[0];
    expect(spaced).toMatchObject({ name: '广西北部湾经济区6市人民政府', raw: '广西北部湾经济区 6 市人民政府', rawStart: 0 });
  });

  it('gives a distributed suffix only to the name, the raw stays the bare place', () => {
    const units = parseUnitList('北海市、防城港市、钦州市人民政府等', GX);
    expect(units.map((u) => u.raw)).toEqual(['北海市', '防城港市', '钦州市人民政府']);
  });

  it('completes bare names only when the document has a region prefix', () => {
    expect(render(parseUnitList('水利厅、环境保护厅，广西北部湾经济区 6 市人民政府等', NATIONAL))).toBe('水利厅、环境保护厅，广西北部湾经济区6市人民政府');
  });

  it('does not give the region prefix to central bodies, companies, city governments or zones', () => {
    expect(render(parseUnitList('税务总局、财政部，海关总署，南宁市人民政府，粤桂合作特别试验区管委会，中国信保广西分公司', GX)))
      .toBe('税务总局、财政部，海关总署，南宁市人民政府，粤桂合作特别试验区管委会，中国信保广西分公司');
  });
});

describe('parseUnitList robustness', () => {
  it.each([
    ['（负责部门：自治区商务厅；适用范围：全区）', '自治区商务厅'],
    ['自治区商务厅、发展改革委；适用范围：中国（广西）自由贸易试验区', '自治区商务厅、自治区发展改革委'],
    ['牵头单位：自治区商务厅；配合单位：发展改革委、财政厅', '自治区商务厅，自治区发展改革委、自治区财政厅'],
    ['自治区商务厅牵头，发展改革委、财政厅配合', '自治区商务厅，自治区发展改革委、自治区财政厅'],
    ['自治区交通运输厅(铁建办）、商务厅（南向通道办)', '自治区交通运输厅、自治区商务厅'],
    ['自治区发展改革委，各县（市、区）人民政府', '自治区发展改革委，各县（市、区）人民政府*'],
    ['自治区发展改革委，兴宁〔区〕人民政府', '自治区发展改革委，兴宁〔区〕人民政府'],
    ['自治区党委组织部、宣传部，自治区发展改革委', '自治区党委组织部、自治区党委宣传部，自治区发展改革委'],
    ['南宁市发展改革委、财政局', '南宁市发展改革委、南宁市财政局'],
    ['区发改局、财政局，各街道办事处', '区发改局、区财政局，各街道办事处*'],
    ['由自治区商务厅负责', '自治区商务厅'],
    ['“自治区商务厅”、**发展改革委**', '自治区商务厅、自治区发展改革委'],
    ['', ''],
    ['，，、；', ''],
  ])('%j', (raw, expected) => {
    expect(render(parseUnitList(raw, GX))).toBe(expected);
  });

  it('completes bare names with the level prefix of a district or city document', () => {
    expect(render(parseUnitList('牵头单位：区发改局；配合单位：财政局、市场监管局', { regionPrefix: '区' }))).toBe('区发改局，区财政局、区市场监管局');
    expect(render(parseUnitList('财政局、区域发展办', { regionPrefix: '市' }))).toBe('市财政局、市区域发展办');
  });

  it('numbers groups consecutively from 0', () => {
    expect(parseUnitList('A厅，，B厅；C厅、D厅', GX).map((u) => u.group)).toEqual([0, 1, 2, 2]);
  });

  it('never throws, and every raw is the input slice at its offsets (raw is always contiguous)', () => {
    const alphabet = fc.constantFrom(...'自治区商务厅发展改革委、，；：（）()〔〕等各有关市人民政府片区管理机构 \n。适用范围牵头负责'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 })), fc.constantFrom('自治区', null), (raw, prefix) => {
        for (const u of parseUnitList(raw, { regionPrefix: prefix })) {
          expect(u.rawStart).toBeGreaterThanOrEqual(0);
          expect(u.rawEnd).toBeLessThanOrEqual(raw.length);
          expect(u.rawStart).toBeLessThan(u.rawEnd);
          expect(raw.slice(u.rawStart, u.rawEnd)).toBe(u.raw);
          expect(u.name.length).toBeGreaterThan(0);
          expect(u.name).not.toMatch(/\s/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on adversarial input (100k unmatched brackets, separators, 等)', () => {
    const n = 100_000;
    for (const raw of ['（'.repeat(n), '）'.repeat(n), '、'.repeat(n), '等'.repeat(n), '自治区（厅、'.repeat(n / 5), '南宁、'.repeat(n / 3), '等和'.repeat(n / 2), ' '.repeat(n) + '（']) {
      const t = performance.now();
      parseUnitList(raw, GX);
      expect(performance.now() - t).toBeLessThan(1500);
    }
  });
});

describe('parseUnitList: 等 groups and lists of levels inside a generic group', () => {
  it.each([
    ['负责部门：人民银行等部门，适用范围：浙江自贸试验区', '人民银行', NATIONAL],
    ['人民银行、外汇局等部门', '人民银行、外汇局', NATIONAL],
    ['自治区商务厅、发展改革委等单位按职责分工负责', '自治区商务厅、自治区发展改革委', GX],
    ['海关总署、商务部等有关部门', '海关总署、商务部、有关部门*', NATIONAL],
    ['南宁、钦州等有关设区市人民政府', '南宁市人民政府、钦州市人民政府、有关设区市人民政府*', GX],
  ])('strips a trailing 等部门 / 等单位 and keeps an 等有关… group: %j', (raw, expected, opts) => {
    expect(render(parseUnitList(raw, opts))).toBe(expected);
  });

  it('gives the lead of page 57\'s （负责部门：人民银行等部门，适用范围：…） as 人民银行', () => {
    const [lead] = parseUnitList('负责部门：人民银行等部门，适用范围：浙江自贸试验区', NATIONAL);
    expect(lead).toMatchObject({ name: '人民银行', raw: '人民银行', rawStart: 5, rawEnd: 9, kind: 'body' });
  });

  it.each([
    ['各市、县（市、区）人民政府', '各市、县（市、区）人民政府*'],
    ['自治区发展改革委，各市、县（市、区）人民政府', '自治区发展改革委，各市、县（市、区）人民政府*'],
    ['各省、自治区、直辖市人民政府', '各省、自治区、直辖市人民政府*'],
    ['各市、县人民政府', '各市、县人民政府*'],
    ['各设区市、县（市、区）人民政府等', '各设区市、县（市、区）人民政府*'],
    ['各市、县党委和人民政府', '各市、县党委和人民政府*'],
    ['自治区商务厅、各市、县 （市、区）\n人民政府', '自治区商务厅、各市、县（市、区）人民政府*'],
  ])('keeps a list of levels inside a generic group as one group unit: %j', (raw, expected) => {
    expect(render(parseUnitList(raw, GX))).toBe(expected);
  });

  it('does not join groups that are listed side by side, or levels no body closes', () => {
    expect(render(parseUnitList('各部委、各直属机构', NATIONAL))).toBe('各部委*、各直属机构*');
    expect(render(parseUnitList('各地区、各部门', NATIONAL))).toBe('各地区*、各部门*');
    expect(render(parseUnitList('各市、县，自治区商务厅', GX))).toBe('各市*、县，自治区商务厅');
  });

  it('keeps the raw text of a joined group contiguous', () => {
    const raw = '自治区发展改革委，各市、县（市、区）人民政府';
    const [, group] = parseUnitList(raw, GX);
    expect(group).toMatchObject({ raw: '各市、县（市、区）人民政府', rawStart: 9, rawEnd: raw.length, group: 1 });
  });

  it('stays linear on a long run of levels that no body closes', () => {
    const raw = '各市、'.repeat(30_000);
    const t = performance.now();
    expect(parseUnitList(raw, GX).length).toBe(30_000);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});

describe('parseUnitList with a per-document memo', () => {
  it('gives the same units as parsing every list afresh, on the lists of every seed', () => {
    for (const id of ['000', '001', '002', '003']) {
      const memo = newMemo('自治区');
      for (const raw of seedLists(seed(id))) expect(parseUnitList(raw, { ...GX, memo }), raw).toEqual(parseUnitList(raw, GX));
      expect(memo.spans.size).toBeGreaterThan(0);
    }
  });

  it('ignores a memo made for another region prefix', () => {
    const memo = newMemo(null);
    expect(render(parseUnitList('发展改革委、商务厅', { regionPrefix: null, memo }))).toBe('发展改革委、商务厅');
    expect(render(parseUnitList('发展改革委、商务厅', { ...GX, memo }))).toBe('自治区发展改革委、自治区商务厅');
  });

  it('gives the same units with or without a shared memo, on any list', () => {
    const alphabet = fc.constantFrom('自治区', '商务厅', '发展改革委', '、', '，', '；', '各', '市', '县', '（市、区）', '人民政府', '等', '有关', '南宁', '北海市', ' ', '\n', '牵头', '负责', '适用范围：');
    const memo = newMemo('自治区');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 16 }), (parts) => {
        const raw = parts.join('');
        expect(parseUnitList(raw, { ...GX, memo })).toEqual(parseUnitList(raw, GX));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('units of the seeds', () => {
  const seeds = ['000', '001', '002', '003'].map((id) => ({ id, lists: seedLists(seed(id)) }));

  it('finds the lists of every seed (001 repeats paragraphs; 002 has 51 marker-carrying items)', () => {
    expect(seeds.map((s) => s.lists.length)).toEqual([37, 23, 51, 45]);
  });

  it('leaves no bare, unprefixed unit, no 等 and no stray bracket in a Guangxi seed', () => {
    for (const { lists } of seeds) {
      for (const raw of lists) {
        for (const u of parseUnitList(raw, GX)) {
          expect(u.kind === 'group' || namePrefix(u.name).kind !== 'none', `${u.name} in ${raw}`).toBe(true);
          expect(u.name).not.toMatch(/等$|（|\)|\s/);
        }
      }
    }
  });

  it('counts 自治区商务厅 in 21 of the 45 tasks of seed 003, first-listed in 12 (STORIES.md)', () => {
    const lists = seeds[3].lists.map((raw) => parseUnitList(raw, GX));
    expect(lists.filter((units) => units.some((u) => u.name === '自治区商务厅')).length).toBe(21);
    expect(lists.filter((units) => units[0].name === '自治区商务厅').length).toBe(12);
  });

  it('resolves the pre-reform names of seed 002 to names the later seeds use', () => {
    const later = new Set(seeds.filter((s) => s.id !== '002').flatMap((s) => s.lists.flatMap((raw) => parseUnitList(raw, GX).map((u) => u.canonical))));
    const renamed = new Map<string, string>();
    for (const raw of seeds[2].lists) for (const u of parseUnitList(raw, GX)) if (u.canonical !== u.name) renamed.set(u.name, u.canonical);
    expect(Object.fromEntries(renamed)).toEqual({
      自治区工业和信息化委: '自治区工业和信息化厅',
      自治区国土资源厅: '自治区自然资源厅',
      自治区环境保护厅: '自治区生态环境厅',
      自治区金融办: '自治区地方金融监管局',
      自治区旅游发展委: '自治区文化和旅游厅',
      自治区外侨办: '自治区外事办',
      自治区农业厅: '自治区农业农村厅',
      自治区文化厅: '自治区文化和旅游厅',
      自治区林业厅: '自治区林业局',
      自治区卫生计生委: '自治区卫生健康委',
      广西机场管理集团: '广西机场管理集团有限责任公司',
      广西电网公司: '广西电网有限责任公司',
    });
    for (const [alias, canonical] of renamed) if (alias !== '广西电网公司') expect(later.has(canonical), canonical).toBe(true);
  });

  it('gives one canonical name to the same body written two ways across seeds', () => {
    const canon = (name: string) => canonicalUnit(name);
    expect(canon('中国铁路南宁局集团')).toBe(canon('中国铁路南宁局集团有限公司'));
    expect(canon('广西机场管理集团')).toBe(canon('广西机场管理集团有限责任公司'));
    expect(canon('广西国际博览集团')).toBe(canon('广西国际博览集团有限公司'));
    expect(canon('广西北部湾国际港务集团')).toBe(canon('广西北部湾国际港务集团有限公司'));
    expect(canon('中国-东盟信息港股份有限公司')).toBe(canon('中国—东盟信息港股份有限公司'));
  });
});

describe('canonicalUnit and the alias table', () => {
  it.each([
    ['自治区环境保护厅', '自治区生态环境厅'],
    ['自治区工业和信息化委', '自治区工业和信息化厅'],
    ['广西银监局', '广西银保监局'],
    ['广西保监局', '广西银保监局'],
    ['中国铁路南宁局集团', '中国铁路南宁局集团有限公司'],
    ['自治区商务厅', '自治区商务厅'],
    ['环境保护厅', '环境保护厅'],
    ['', ''],
  ])('%s → %s', (name, canonical) => expect(canonicalUnit(name)).toBe(canonical));

  it('has unique aliases, no chains, and a source for every entry', () => {
    const aliases = new Set(UNIT_ALIASES.map((e) => e.alias));
    expect(aliases.size).toBe(UNIT_ALIASES.length);
    for (const e of UNIT_ALIASES) {
      expect(e.alias).not.toBe(e.canonical);
      expect(aliases.has(e.canonical), e.canonical).toBe(false);
      expect(e.source.length).toBeGreaterThan(8);
    }
  });
});

describe('isRegionalUnit', () => {
  it.each([
    ['自治区北部湾办', true],
    ['自治区党委组织部', true],
    ['广西壮族自治区发展和改革委员会', true],
    ['自治区人民政府办公厅', true],
    ['区发改局', true],
    ['市场监管局', false],
    ['区域发展办', false],
    ['广西北部湾经济区6市人民政府', false],
    ['南宁市人民政府', false],
    ['广西银保监局', false],
    ['中国铁路南宁局集团有限公司', false],
    ['自治区其他各有关单位', false],
    ['各有关设区市人民政府', false],
    ['', false],
  ])('%s → %s', (name, regional) => expect(isRegionalUnit(name)).toBe(regional));
});

describe('detectRegionPrefix', () => {
  it('says 自治区 for the four Guangxi plans and nothing for the analysis piece', () => {
    expect(['000', '001', '002', '003', '004'].map((id) => detectRegionPrefix(seed(id)))).toEqual(['自治区', '自治区', '自治区', '自治区', null]);
  });

  it('says nothing for the national documents of ../shared/pages (even one citing 《湖北省人民政府关于…》)', () => {
    const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const f of pages) {
      const text = readFileSync(join(PAGES, f), 'utf8').replace(/<[^>]+>/g, '');
      expect(detectRegionPrefix(text), f).toBeNull();
    }
  });

  it('recognizes a provincial issuer and ignores odd input', () => {
    expect(detectRegionPrefix('广东省人民政府关于印发某某方案的通知')).toBe('省');
    expect(detectRegionPrefix('南宁市人民政府办公室关于印发某某方案的通知')).toBe('市');
    expect(detectRegionPrefix('南宁市青秀区人民政府关于印发某某方案的通知')).toBe('区');
    expect(detectRegionPrefix('国务院办公厅转发《湖北省人民政府关于某某的请示》的通知')).toBeNull();
    expect(detectRegionPrefix('')).toBeNull();
  });
});
