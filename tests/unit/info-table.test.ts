import { describe, expect, it } from 'vitest';
import { normalizeLabel, readInfoTable } from '../../lib/page/info-table';
import { fixturePage, govcnIndex, govcnPage, htmlDoc } from '../helpers/html';

describe('normalizeLabel', () => {
  it('strips spaces, full-width spaces, brackets and the trailing colon', () => {
    expect(normalizeLabel('索 引 号：')).toBe('索引号');
    expect(normalizeLabel('标　　题:')).toBe('标题');
    expect(normalizeLabel('【文号】')).toBe('文号');
    expect(normalizeLabel(' 有\u00a0效\u00a0性 ：')).toBe('有效性');
  });
});

describe('readInfoTable on the real www.gov.cn pages', () => {
  it.each(govcnIndex().map((e) => [e.id.padStart(2, '0'), e] as const))('page %s: 索引号, 发文机关, 标题 and 发文字号 match the index', (id, e) => {
    const table = readInfoTable(govcnPage(id));
    expect(table['索引号']).toBe(e.index);
    expect(table['发文字号']).toBe(e.no);
    expect(table['发文机关']).toBe(e.office);
    expect(table['标题']).toBe(e.title);
    expect(table['成文日期']).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(table['主题分类']).toBeTruthy();
  });

  it('keeps full-width spaces inside 主题词 values as single spaces', () => {
    expect(readInfoTable(govcnPage('26'))['主题词']).toBe('文秘工作 提案 函');
  });
});

describe('readInfoTable on provincial variants', () => {
  it('reads "<li><span>文号：</span>value</li>" lists (文号, 发文单位, 发文日期, 有效性)', () => {
    expect(readInfoTable(fixturePage('provincial-policy.html'))).toEqual({
      文号: '桂政办发〔2022〕78号', 发文单位: '广西壮族自治区人民政府办公厅', 发文日期: '2022-11-25', 有效性: '有效',
    });
  });

  it('reads label cells with other class names and skips an empty 文号 cell', () => {
    expect(readInfoTable(fixturePage('gongshi.html'))).toEqual({ 索引号: '000000-11-2019-0603', 发文单位: '自治区科技厅', 发文日期: '2019-06-03' });
  });

  it('splits several "label：value" pairs in one text node and keeps times with colons', () => {
    const doc = htmlDoc('<p>发文字号：国办发〔2019〕1号　发布日期：2019-01-10 15:04 效力状态：有效</p>');
    expect(readInfoTable(doc)).toEqual({ 发文字号: '国办发〔2019〕1号', 发布日期: '2019-01-10 15:04', 效力状态: '有效' });
  });

  it('reads div label/value pairs and definition lists, never by position', () => {
    const doc = htmlDoc(`<div class="row"><div class="l">发文机构：</div><div class="v">某市人民政府</div></div>
      <dl><dt>成文日期</dt><dd>2020年1月22日</dd><dt>主题分类</dt><dd>综合政务</dd></dl>`);
    expect(readInfoTable(doc)).toEqual({ 发文机构: '某市人民政府', 成文日期: '2020年1月22日', 主题分类: '综合政务' });
  });

  it('skips table headers whose "value" is another label, and sentences that merely mention a label', () => {
    const doc = htmlDoc(`<table><tr><th>标题</th><th>发文字号</th><th>发布日期</th></tr></table>
      <p>本文件的发文字号：见上方。</p>`);
    expect(readInfoTable(doc)).toEqual({});
  });

  it('returns an empty record on pages without a table and on empty documents', () => {
    expect(readInfoTable(fixturePage('news.html'))).toEqual({});
    expect(readInfoTable(htmlDoc(''))).toEqual({});
  });
});
