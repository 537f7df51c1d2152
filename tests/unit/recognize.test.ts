import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../lib/page/analyze-page';
import { recognize } from '../../lib/page/recognize';
import { RecognitionSchema, type Analysis } from '../../lib/policy/schema';
import { fixturePage } from '../helpers/html';

const seed = (name: string) => readFileSync(`seeds/${name}`, 'utf8');
const CJK = /[\u4e00-\u9fa5]/;

function analysisWith(outline: number, tasksWithUnits: number): Analysis {
  const unit = { name: '自治区商务厅', raw: '自治区商务厅', role: 'lead' as const, kind: 'body' as const };
  return {
    meta: { title: null, docNumber: null, issuer: null, writtenDate: null, publishedDate: null, indexNumber: null, subject: null, addressees: [], disclosure: null },
    outline: Array.from({ length: outline }, (_, i) => ({ level: 1, label: '一、', title: `标题${i}`, start: i, end: i + 1 })),
    tasks: Array.from({ length: tasksWithUnits }, (_, i) => ({
      id: String(i + 1), title: '任务', titleStart: 0, titleEnd: 1, text: '任务', start: 0, end: 1, units: [unit], deadlines: [], deadlineSpans: [],
    })),
    units: [],
    leadRule: { rule: 'first-listed', source: 'convention', quote: null },
    attachments: [],
    textSignals: [],
  };
}

describe('recognize: the seeds, from their text alone', () => {
  it.each(['000_21f209fcecdf1eea.txt', '001_bb67659fea9c5737.txt', '002_80ea5c0fcdab43de.txt', '003_034c74d6c895f59c.txt'])('%s is a policy document', (name) => {
    const { recognition } = analyzeText(seed(name));
    expect(recognition).toMatchObject({ isPolicy: true, kind: 'policy' });
    expect(recognition.reasons.some((r) => r.startsWith('标题为公文形式'))).toBe(true);
  });

  it('004 (an analysis piece: 热点链接 / 深度解析) is not, and gets no tasks', () => {
    const { recognition, analysis } = analyzeText(seed('004_a806a04815bf19c4.txt'));
    expect(recognition).toMatchObject({ isPolicy: false, kind: 'interpretation' });
    expect(analysis.tasks).toEqual([]);
  });
});

describe('recognize: gov.cn pages that are not policy documents', () => {
  it.each([
    ['jiedu.html', 'http://www.gov.cn/zhengce/jiedu/2019-02/15/content_5366001.htm', 'interpretation'],
    ['news.html', 'http://www.gov.cn/xinwen/2019-02/13/content_5365500.htm', 'news'],
    ['gongshi.html', 'http://kjt.gxzf.gov.cn/tzgg/t123.shtml', 'list'],
    ['column-index.html', 'http://www.gxzf.gov.cn/zwgk/zcwj/', 'list'],
    ['search.html', 'http://sousuo.gov.cn/s.htm?q=意见', 'list'],
    ['budget.html', 'http://fgw.gxzf.gov.cn/czyjs/t1.shtml', 'other'],
    ['renmian.html', 'http://www.gxzf.gov.cn/rsrm/t1.shtml', 'other'],
  ])('%s is not policy (%s)', (file, url, kind) => {
    const { recognition, analysis } = analyzePage(fixturePage(file), url);
    expect(recognition).toMatchObject({ isPolicy: false, kind });
    expect(recognition.reasons[0]).toMatch(CJK);
    expect(analysis.tasks).toEqual([]);
    expect(analysis.units).toEqual([]);
  });

  it('still rejects the interpretation and the news page once their meta tags and telling URLs are gone', () => {
    for (const file of ['jiedu.html', 'news.html']) {
      const doc = fixturePage(file);
      for (const m of Array.from(doc.querySelectorAll('meta'))) m.remove();
      expect(analyzePage(doc, 'http://www.gov.cn/a/content_1.htm').recognition.isPolicy).toBe(false);
    }
  });

  it('recognizes the provincial policy page (#zoom, 文号 / 发文单位 / 有效性 table)', () => {
    const { recognition } = analyzePage(fixturePage('provincial-policy.html'), 'http://www.gxzf.gov.cn/zfwj/zzqrmzfbgtwj_34828/t1.shtml');
    expect(recognition).toMatchObject({ isPolicy: true, kind: 'policy' });
    expect(recognition.confidence).toBeGreaterThan(0.9);
    expect(recognition.reasons).toContain('文号：桂政办发〔2022〕78号');
  });
});

describe('recognize: signals and output', () => {
  it('reports every signal as a reason in Chinese, and stays within the schema', () => {
    const r = recognize({
      text: '国务院关于促进就业的若干意见\n国发〔2018〕39号\n各省、自治区、直辖市人民政府：\n正文\n国务院\n2018年11月16日',
      url: 'http://www.gov.cn/zhengce/content/2018-12/05/content_5345808.htm',
      metaTags: { ColumnName: '政策文件' },
      infoTable: { 索引号: '000014349/2018-00200', 发文机关: '国务院', 发文字号: '国发〔2018〕39号', 成文日期: '2018年11月16日' },
      analysis: analysisWith(4, 3),
    });
    expect(RecognitionSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({ isPolicy: true, kind: 'policy', confidence: 0.99 });
    expect(r.reasons).toEqual([
      '网址属于政府网站（gov.cn）', '栏目为“政策文件”', '信息公开表含索引号、发文机关、发文字号、成文日期', '文号：国发〔2018〕39号',
      '标题为公文形式（关于……的意见）', '有主送机关', '有落款（发文机关与日期）', '正文有层级结构（4 个标题）', '发现 3 项带责任单位的任务',
    ]);
  });

  it('needs more than a gov.cn host and some structure', () => {
    const r = recognize({ text: '一、工作情况\n二、下步打算\n三、其他', url: 'http://www.gov.cn/a.htm', analysis: analysisWith(3, 0) });
    expect(r.isPolicy).toBe(false);
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('treats a news text that quotes a policy as news', () => {
    const text = '新华社北京2月13日电 国务院日前印发《关于促进就业的若干意见》（国发〔2018〕39号），要求各地加大稳岗支持力度。';
    expect(recognize({ text })).toMatchObject({ isPolicy: false, kind: 'news' });
  });

  it('vetoes link-list pages and search URLs whatever else they show', () => {
    expect(recognize({ text: '关于加强管理的通知', linkCount: 40, linkDensity: 0.8 })).toMatchObject({ isPolicy: false, kind: 'list' });
    expect(recognize({ text: '国发〔2018〕39号', url: 'http://sousuo.gov.cn/s.htm?q=a' }).kind).toBe('list');
  });

  it('never throws on odd signals', () => {
    const odd = { text: undefined, metaTags: null, infoTable: undefined } as unknown as Parameters<typeof recognize>[0];
    expect(RecognitionSchema.safeParse(recognize(odd)).success).toBe(true);
    expect(recognize({ text: '' }).isPolicy).toBe(false);
  });
});
