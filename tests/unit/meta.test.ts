import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/policy/clean-text';
import { isoDate } from '../../lib/policy/dates';
import { extractMeta } from '../../lib/policy/meta';

const meta = (text: string, extra: Parameters<typeof extractMeta>[1] = {}) => extractMeta(cleanText(text), extra);

describe('extractMeta from the text', () => {
  it('reads title, 文号, addressees, signature date and 公开方式 of a notice', () => {
    const text = '广西壮族自治区人民政府文件\n桂政发〔2020〕3号\n广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n现印发给你们，请认真贯彻执行。\n2020年1月22日\n（此件公开发布）\n为贯彻落实《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）精神。';
    expect(meta(text)).toEqual({
      title: '广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知',
      docNumber: '桂政发〔2020〕3号',
      issuer: '广西壮族自治区人民政府',
      writtenDate: '2020-01-22',
      publishedDate: null,
      indexNumber: null,
      subject: null,
      addressees: ['各市、县人民政府', '自治区人民政府各组成部门、各直属机构'],
      disclosure: '公开发布',
    });
  });

  it('reads 文号 variants, not citations of other documents', () => {
    expect(meta('国务院关于X的意见\n国发[2019]5号\n').docNumber).toBe('国发〔2019〕5号');
    expect(meta('中华人民共和国国务院令\n第707号\n').docNumber).toBeNull();
    expect(meta('中华人民共和国国务院令\n国令第707号\n').docNumber).toBe('国令第707号');
    expect(meta('国务院办公厅关于X的通知\n国办发（2018）117号\n').docNumber).toBe('国办发〔2018〕117号');
    expect(meta('为贯彻落实《国务院关于印发方案的通知》（国发〔2019〕16号）精神，制定本方案。').docNumber).toBeNull();
  });

  it('reads a run-on scraped head: title, bracketed 文号 after it, 发布日期', () => {
    const text = '广西壮族自治区人民政府办公厅关于印发广西对接长江经济带发展实施方案（2022—2025年）的通知（桂政办发〔2022〕78号）发布日期:2022-11-30各市、县人民政府，自治区人民政府各组成部门、各直属机构：《方案》已经同意。2022年11月25日（此件公开发布）';
    expect(meta(text)).toMatchObject({
      title: '广西壮族自治区人民政府办公厅关于印发广西对接长江经济带发展实施方案（2022—2025年）的通知',
      docNumber: '桂政办发〔2022〕78号',
      publishedDate: '2022-11-30',
      writtenDate: '2022-11-25',
      issuer: '广西壮族自治区人民政府办公厅',
      addressees: ['各市、县人民政府', '自治区人民政府各组成部门、各直属机构'],
    });
  });

  it('takes the issuer from the signature block lines above the date', () => {
    const text = '关于印发方案的通知\n请认真贯彻落实。\n中共广西壮族自治区委员会办公厅\n\n广西壮族自治区人民政府办公厅\n\n2019 年 5 月 20 日\n';
    expect(meta(text)).toMatchObject({ issuer: '中共广西壮族自治区委员会办公厅、广西壮族自治区人民政府办公厅', writtenDate: '2019-05-20' });
  });
});

describe('extractMeta from the page', () => {
  it('prefers the info table (labels matched loosely), then the text, then meta tags', () => {
    const m = meta('国务院关于X的意见\n国发〔2019〕5号\n', {
      infoTable: { '索 引 号：': '000014349/2019-00011', '主题分类': '综合政务', '发文机关': '国务院', '成文日期': '2019年01月27日', '标　　题': '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见', '发布日期': '2019年02月15日', '主 题 词': '' },
      metaTags: { ArticleTitle: '页面标题', PubDate: '2019-02-16 10:00', ContentSource: '中国政府网' },
    });
    expect(m).toMatchObject({
      indexNumber: '000014349/2019-00011',
      subject: '综合政务',
      issuer: '国务院',
      writtenDate: '2019-01-27',
      publishedDate: '2019-02-15',
      title: '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见',
      docNumber: '国发〔2019〕5号',
    });
  });

  it('uses meta tags when the table and the text say nothing', () => {
    const m = meta('正文没有标题。', { infoTable: { 文号: '' }, metaTags: { ArticleTitle: '关于X的通知', firstpublishedtime: '2019-02-15-10:00:00', ContentSource: '国务院办公厅' } });
    expect(m).toMatchObject({ title: '关于X的通知', publishedDate: '2019-02-15', issuer: '国务院办公厅', docNumber: null });
  });
});

describe('isoDate', () => {
  it('turns the usual date forms into YYYY-MM-DD', () => {
    expect(isoDate('2019 年 5 月 20 日')).toBe('2019-05-20');
    expect(isoDate('2020-02-13 15:04')).toBe('2020-02-13');
    expect(isoDate('２０１９年１月５日')).toBe('2019-01-05');
    expect(isoDate('2019/5/20')).toBe('2019-05-20');
    expect(isoDate('2019年13月1日')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});
