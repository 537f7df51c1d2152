import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { findMainContent, hasContentContainer, needsReadability } from '../../lib/page/main-content';
import { buildTextMap } from '../../lib/page/text-map';
import { fixturePage, govcnPage, htmlDoc } from '../helpers/html';

const para = (n: number) =>
  `<p>${'各地区各部门要按照党中央国务院决策部署，结合本地实际，细化工作措施，明确责任分工，确保各项任务落到实处，'.repeat(n)}</p>`;

describe('findMainContent', () => {
  it('finds td#UCAP-CONTENT on the real www.gov.cn pages (not the info table, not the share bar)', () => {
    const doc = govcnPage('01');
    const main = findMainContent(doc);
    expect(needsReadability(doc, main)).toBe(false);
    expect(main.source).toBe('container');
    expect(main.via).toBe('#UCAP-CONTENT');
    expect(main.element?.localName).toBe('td');
    const text = main.element?.textContent ?? '';
    expect(text).toContain('国发〔2019〕5号');
    expect(text).not.toContain('索 引 号');
    expect(text).not.toContain('扫一扫');
  });

  it('finds the Hanweb #zoom container of a provincial page', () => {
    const main = findMainContent(fixturePage('provincial-policy.html'));
    expect(main.via).toBe('#zoom');
  });

  it('prefers known containers in order and skips an empty one; among several matches takes the longest', () => {
    const doc = htmlDoc(`<div id="zoom"> </div>
      <div class="TRS_Editor">短</div><div class="TRS_Editor" id="long">${para(1)}</div>`);
    const main = findMainContent(doc);
    expect(main.via).toBe('.TRS_Editor');
    expect(main.element?.id).toBe('long');
  });

  it('uses ContentStart / ContentEnd markers and bounds the text map between them', () => {
    const main = findMainContent(fixturePage('markers.html'));
    expect(main.source).toBe('markers');
    const text = buildTextMap(main.element!, main.bounds).text;
    expect(text).toBe('各县（区）人民政府，市直各单位：\n现将《某市推进数字政府建设工作方案》印发给你们，请认真贯彻执行。\n');
  });

  it('falls back to Readability and maps its article back to the original page element', () => {
    const doc = htmlDoc(`<html><head><title>t</title></head><body>
      <div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">互动交流</a></div>
      <div class="wrapper"><div class="main-article" id="art"><h2>关于推进某项工作的通知</h2>${para(3)}${para(3)}${para(3)}</div>
      <div class="side"><a href="/c">相关链接</a></div></div>
      <div class="footer">版权所有</div></body></html>`);
    expect(findMainContent(doc).source).toBe('body');
    expect(needsReadability(doc, findMainContent(doc))).toBe(true);
    const main = findMainContent(doc, Readability);
    expect(main.source).toBe('readability');
    expect(main.element?.id).toBe('art');
    expect(main.element?.ownerDocument).toBe(doc);
  });

  it('falls back to the body when nothing else fits; such a page does not need Readability loaded', () => {
    const doc = htmlDoc('<div class="x"><span>短短的页面</span></div>');
    expect(needsReadability(doc, findMainContent(doc))).toBe(false);
    expect(findMainContent(doc, Readability).source).toBe('body');
    expect(findMainContent(doc).source).toBe('body');
  });

  it('never throws on a document without body or root', () => {
    const bare = parseHTML('').document as unknown as Document;
    expect(findMainContent(bare)).toMatchObject({ element: null, source: 'none' });
    expect(hasContentContainer(bare)).toBe(false);
  });
});
