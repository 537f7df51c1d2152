import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText, MAX_ANALYZED_CHARS } from '../../lib/page/analyze-page';
import { buildTextMap } from '../../lib/page/text-map';
import { recognize } from '../../lib/page/recognize';
import { AnalysisSchema, RecognitionSchema } from '../../lib/policy/schema';
import { fixturePage, govcnIndex, govcnPage, htmlDoc, TestRange } from '../helpers/html';

describe('analyzePage', () => {
  it('wires a real gov.cn page: main content → text map → engine → recognition', () => {
    const { recognition, analysis, textMap, main } = analyzePage(govcnPage('37'), 'http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm');
    expect(recognition.isPolicy).toBe(true);
    expect(main.via).toBe('#UCAP-CONTENT');
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    const at = textMap.text.indexOf('（市场监管总局负责）');
    expect(at).toBeGreaterThan(0);
    expect((textMap.rangeFor(at + 1, at + 7) as unknown as TestRange).toString()).toBe('市场监管总局');
  });

  it('hands every task title, unit and deadline span of the 60 real pages back as a Range over the same text', () => {
    let spans = 0;
    for (const e of govcnIndex()) {
      const { analysis, textMap } = analyzePage(govcnPage(e.id.padStart(2, '0')), e.url);
      const check = (start: number, end: number) => {
        spans++;
        const r = textMap.rangeFor(start, end) as unknown as TestRange | null;
        expect(r?.toString().replace(/\u00a0/g, ' ')).toBe(textMap.text.slice(start, end));
      };
      for (const t of analysis.tasks) {
        check(t.titleStart, t.titleEnd);
        for (const u of t.units) if (u.start !== undefined && u.end !== undefined) check(u.start, u.end);
        for (const d of t.deadlineSpans) check(d.start, d.end);
      }
    }
    expect(spans).toBeGreaterThan(0);
  });

  it('analyses only the beginning of a huge page and says so (partial)', () => {
    const p = '<p>（一）加大东融铁路规划建设力度。推进南宁至深圳高铁建设，加快建设西部陆海新通道骨干工程，提升铁路运输能力。（责任单位：自治区交通运输厅、发展改革委）</p>';
    const doc = htmlDoc(`<div id="zoom"><p>关于印发某项实施方案的通知</p><p>桂政发〔2020〕3号</p>${p.repeat(7000)}</div>`);
    const r = analyzePage(doc, 'http://www.gxzf.gov.cn/a.shtml');
    expect(r.partial).toBe(true);
    expect(r.textMap.text.length).toBeGreaterThan(MAX_ANALYZED_CHARS);
    expect(r.recognition.isPolicy).toBe(true);
    expect(Math.max(0, ...r.analysis.tasks.map((t) => t.end))).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(analyzePage(govcnPage('01'), '').partial).toBe(false);
  });

  it('stops at the pre-gate on a link list: no engine run, empty text map, no tasks', () => {
    const r = analyzePage(fixturePage('column-index.html'), 'http://www.gxzf.gov.cn/zwgk/zcwj/');
    expect(r.recognition).toEqual({ isPolicy: false, confidence: 0.9, kind: 'list', reasons: ['页面以链接列表为主'] });
    expect(r.textMap.text).toBe('');
    expect(r.analysis.tasks).toEqual([]);
  });

  it('never throws on a document without body or root', () => {
    const bare = parseHTML('').document as unknown as Document;
    expect(analyzePage(bare, '').recognition.isPolicy).toBe(false);
    expect(analyzePage(htmlDoc('<html></html>'), 'http://www.gov.cn/').recognition.isPolicy).toBe(false);
  });
});

describe('analyzeText', () => {
  it('returns a schema-valid result for empty and whitespace text', () => {
    for (const text of ['', ' \n\t', '（'.repeat(1000)]) {
      const { recognition, analysis } = analyzeText(text);
      expect(RecognitionSchema.safeParse(recognition).success).toBe(true);
      expect(recognition.isPolicy).toBe(false);
      expect(analysis.tasks).toEqual([]);
    }
  });
});

describe('never throws on random or malformed HTML', () => {
  const token = fc.oneof(
    fc.constantFrom(
      '<p>', '</p>', '<div id="UCAP-CONTENT">', '<div id="zoom">', '</div>', '<table class="bd1"><tr><td><b>索 引 号：</b></td><td>',
      '</td></tr></table>', '<br>', '<meta name="ContentStart">', '<meta name="ContentEnd">', '<meta name="ColumnName" content="政策文件">',
      '<script>', '</script>', '<p hidden>', '<span style="display:none">', '<a href="/x">', '</a>', '<!--', '-->', '<', '>', '&nbsp;', '&',
      '关于印发实施方案的通知', '国发〔2019〕5号', '（责任单位：自治区商务厅、发展改革委）', '一、', '（一）', '1．', '　', '\n', '发文字号：',
    ),
    fc.string({ maxLength: 8 }),
  );
  const html = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

  it('analyzePage, recognize and buildTextMap return results for any markup', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('', 'http://www.gov.cn/a.htm', 'not a url', 'http://sousuo.gov.cn/s.htm?q=1'), (markup, url) => {
        const doc = htmlDoc(markup);
        const page = analyzePage(doc, url);
        expect(RecognitionSchema.safeParse(page.recognition).success).toBe(true);
        expect(typeof buildTextMap(doc.documentElement).text).toBe('string');
        expect(RecognitionSchema.safeParse(recognize({ text: markup, url })).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
