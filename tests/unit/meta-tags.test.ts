import { describe, expect, it } from 'vitest';
import { readMetaTags } from '../../lib/page/meta-tags';
import { fixturePage, htmlDoc } from '../helpers/html';

describe('readMetaTags', () => {
  it('reads the site-cluster meta tags of a page', () => {
    const tags = readMetaTags(fixturePage('jiedu.html'));
    expect(tags.ColumnName).toBe('政策解读');
    expect(tags.SiteName).toBe('中国政府网');
    expect(tags.PubDate).toBe('2019-02-15 17:30');
    expect(tags.ArticleTitle).toContain('答记者问');
  });

  it('gives known names their canonical spelling, whatever the case on the page', () => {
    const tags = readMetaTags(fixturePage('provincial-policy.html'));
    expect(tags.ColumnName).toBe('自治区政府办公厅文件');
    expect(tags).not.toHaveProperty('columnname');
  });

  it('keeps www.gov.cn names and unknown names as written, first occurrence wins', () => {
    const doc = htmlDoc(`<html><head>
      <meta name="lanmu" content="国务院文件"><meta name="firstpublishedtime" content="2019-02-15-17:00:01">
      <meta name="Custom-Thing" content=" a   b "><meta name="lanmu" content="second">
      <meta name="ContentStart"><meta name="__proto__" content="x"></head><body></body></html>`);
    expect(readMetaTags(doc)).toEqual({ lanmu: '国务院文件', firstpublishedtime: '2019-02-15-17:00:01', 'Custom-Thing': 'a b' });
  });

  it('returns an empty record for a document without meta tags or without a root', () => {
    expect(readMetaTags(htmlDoc('<p>no head</p>'))).toEqual({});
    expect(readMetaTags(htmlDoc('<html></html>'))).toEqual({});
  });
});
