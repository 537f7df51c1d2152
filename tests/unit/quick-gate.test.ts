import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { quickGate } from '../../lib/page/quick-gate';
import { fixturePage, govcnPage, htmlDoc } from '../helpers/html';

describe('quickGate', () => {
  it('passes pages with a known content container', () => {
    expect(quickGate(govcnPage('01'), 'http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm')).toMatchObject({ pass: true });
    expect(quickGate(fixturePage('provincial-policy.html'), 'http://www.gxzf.gov.cn/zfwj/1.shtml').pass).toBe(true);
    expect(quickGate(fixturePage('markers.html'), 'http://www.example.gov.cn/1.html').pass).toBe(true);
  });

  it('stops search pages, link lists and near-empty pages, with a reason', () => {
    expect(quickGate(fixturePage('search.html'), 'http://sousuo.gov.cn/s.htm?q=意见')).toEqual({ pass: false, kind: 'list', reason: '搜索结果页' });
    expect(quickGate(fixturePage('column-index.html'), 'http://www.gxzf.gov.cn/zwgk/zcwj/')).toEqual({ pass: false, kind: 'list', reason: '页面以链接列表为主' });
    expect(quickGate(htmlDoc('<p>页面不存在</p>'), 'http://www.gov.cn/404.html')).toMatchObject({ pass: false, kind: 'other' });
  });

  it('never throws: a document without body or root is stopped', () => {
    expect(quickGate(parseHTML('').document as unknown as Document, '')).toMatchObject({ pass: false, reason: '页面没有正文' });
    expect(quickGate(htmlDoc(''), 'bad url')).toMatchObject({ pass: false });
  });
});
