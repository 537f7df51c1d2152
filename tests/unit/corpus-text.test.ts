import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactWhitespace, excerpt, rankingText, stripUnitClauses, textFingerprint } from '../../lib/corpus/item-text';
import { splitPassages, untitledDocumentTitle } from '../../lib/corpus/passages';

const seed000 = readFileSync('seeds/000_21f209fcecdf1eea.txt', 'utf8');
const seed004 = readFileSync('seeds/004_a806a04815bf19c4.txt', 'utf8');

describe('stripUnitClauses', () => {
  it('removes a responsibility clause broken by a PDF page break (000, task 14)', () => {
    const start = seed000.indexOf('14. 建设对接大湾区市场的农产品基地');
    const task = seed000.slice(start, seed000.indexOf('15. 借力壮大本土企业'));
    const stripped = stripUnitClauses(task);
    expect(stripped).toContain('打造面向大湾区的特色农产品主要集散地。');
    expect(stripped).not.toMatch(/农业农村厅|责任|单位/);
  });

  it('removes the clause with its lead-rule note, and half-width parentheses', () => {
    expect(stripUnitClauses('做好外商投资安全审查工作。（责任单位：自治区商务厅、发展改革委，南宁、钦州港、崇左片区管理机构。排在首位的为牵头单位，下同）')).toBe(
      '做好外商投资安全审查工作。',
    );
    expect(stripUnitClauses('打造北部湾新兴临港工业基地。(责任单位：自治区工业和信息化委、发展改革委等)后文')).toBe('打造北部湾新兴临港工业基地。后文');
  });

  it('removes a clause with nested parentheses whole (000, task 1: 交通运输厅（铁建办）、商务厅（南向通道办）)', () => {
    const start = seed000.indexOf('1. 加大东融铁路规划建设力度');
    const task = seed000.slice(start, seed000.indexOf('2. 加大东融公路建设力度'));
    const stripped = stripUnitClauses(task);
    expect(stripped.trim().endsWith('加快岑溪-罗定等既有铁路扩能改造。')).toBe(true);
    expect(stripped).not.toMatch(/南向通道|下同/);
  });

  it('removes an unparenthesized clause up to the end of its sentence', () => {
    expect(stripUnitClauses('加快建设。牵头单位：自治区商务厅。其余')).toBe('加快建设。其余');
  });

  it('leaves 单位： alone when no clause word precedes it, and text without clauses unchanged', () => {
    expect(stripUnitClauses('各成员单位：按时报送。')).toBe('各成员单位：按时报送。');
    expect(stripUnitClauses('推进西部陆海新通道建设。')).toBe('推进西部陆海新通道建设。');
  });

  it('stays linear on long odd input', () => {
    const started = performance.now();
    stripUnitClauses('（'.repeat(100000) + '责任单位：'.repeat(20000));
    stripUnitClauses('（责任单位：商务厅）'.repeat(20000) + '中'.repeat(100000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('ranking text, fingerprint, excerpt', () => {
  it('prepends the title unless the body starts with it', () => {
    expect(rankingText('加快建设', '加快建设。内容（责任单位：商务厅）')).toBe('加快建设。内容');
    expect(rankingText('加快建设', '内容')).toBe('加快建设。内容');
  });

  it('fingerprints the content only: a re-scraped copy with other spacing and punctuation is the same text', () => {
    expect(textFingerprint('推进西部陆海新通道建设。加强衔接，')).toBe(textFingerprint(' 推进西部陆海\n新通道建设，加强衔接。'));
    expect(textFingerprint('推进西部陆海新通道建设')).not.toBe(textFingerprint('推进中国—东盟信息港建设'));
  });

  it('makes a short excerpt without the title or the unit clause', () => {
    const body = '推进西部陆海新通道建设。加强珠江-西江经济带建设与西部陆海新通道建设相互衔接，与“渝新欧”“蓉欧”“兰州号”等实现无缝对接。（责任单位：自治区商务厅）';
    const e = excerpt('推进西部陆海新通道建设', body, 30);
    expect(e.startsWith('加强珠江-西江经济带')).toBe(true);
    expect(e.endsWith('…')).toBe(true);
    expect(e.length).toBe(31);
    expect(excerpt('标题', '标题。短文。（责任单位：商务厅）', 30)).toBe('短文。');
  });

  it('removes PDF whitespace but keeps a space between ASCII words', () => {
    expect(compactWhitespace('红花二\n\n线船闸 Made in China 2 小时')).toBe('红花二线船闸Made in China 2小时');
  });
});

describe('passages of the analysis piece (004)', () => {
  const passages = splitPassages(seed004);

  it('makes its numbered points and paragraphs passages, titled by their first sentence', () => {
    const titles = passages.map((p) => p.title);
    expect(titles).toContain('一是区域板块发展平衡性显著增强');
    expect(titles).toContain('一是大力实施强首府战略');
    expect(titles.filter((t) => /^[一二三四五六七八九十]是/.test(t)).length).toBeGreaterThanOrEqual(30);
    expect(passages.every((p) => p.title.length <= 41)).toBe(true);
  });

  it('keeps each passage under its heading (★ topic · 第N节)', () => {
    expect(passages.find((p) => p.title === '一是大力实施强首府战略')?.section).toBe('广西建优建强北部湾经济区的部署');
    expect(passages.find((p) => p.title.startsWith('强化举措推进西部大开发'))?.section).toBe('国家“十四五”规划相关表述 · 第一节 推进西部大开发形成新格局');
  });

  it('locates each passage in the text and numbers them in order', () => {
    passages.forEach((p, i) => {
      expect(seed004.slice(p.start, p.end)).toBe(p.text);
      expect(p.id).toBe(`第${i + 1}段`);
    });
  });

  it('leaves out headings and short lines', () => {
    expect(passages.some((p) => p.text.startsWith('★') || p.text === '二、深度解析')).toBe(false);
    expect(passages.some((p) => p.text.startsWith('中央经济工作会议2023年12月11日'))).toBe(false);
  });

  it('titles the untitled piece by its dominant phrase and parts', () => {
    expect(untitledDocumentTitle(seed004)).toBe('区域协调发展：热点链接、深度解析');
    expect(untitledDocumentTitle('短文')).toBeNull();
  });
});
