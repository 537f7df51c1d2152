import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { pageGate } from '../../lib/page/gatekeeper';
import { PageFactsSchema } from '../../lib/messages';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { fixturePage, GOVCN_DIR, htmlDoc, ROOT } from '../helpers/html';

const HOST = 'http://www.gxzf.gov.cn';
const stopped = (doc: Document, url: string) => {
  const gate = pageGate(doc, url);
  if (gate.load) throw new Error('the page was let through');
  expect(PageFactsSchema.safeParse(gate.facts).success).toBe(true);
  return gate.facts.gate;
};

describe('the gatekeeper: load the reader, or stop at once', () => {
  it('lets the policy seeds through, and the analysis piece too (only its text can tell)', () => {
    for (const seed of SEED_PAGES) expect(pageGate(htmlDoc(renderSeedPage(seed, resolve(ROOT, 'seeds'))), `http://${seed.host}${seed.path}`)).toEqual({ load: true });
  });

  it('stops pages that declare what they are, with the reason the popup shows', () => {
    expect(stopped(fixturePage('news.html'), `${HOST}/xinwen/t1.shtml`)).toMatchObject({ pass: false, kind: 'news', reason: expect.stringContaining('滚动新闻') });
    expect(stopped(fixturePage('jiedu.html'), `${HOST}/zcjd/t1.shtml`)).toMatchObject({ kind: 'interpretation' });
    expect(stopped(fixturePage('renmian.html'), `${HOST}/rsrm/t1.shtml`).pass).toBe(false);
  });

  it('stops search pages, link lists and pages with almost no text', () => {
    expect(stopped(fixturePage('search.html'), `${HOST}/search/?searchword=自贸区`)).toMatchObject({ kind: 'list' });
    expect(stopped(fixturePage('column-index.html'), `${HOST}/zwgk/zcwj/`)).toMatchObject({ kind: 'list' });
    expect(stopped(htmlDoc('<p>页面正在加载……</p>'), `${HOST}/t1.shtml`)).toMatchObject({ kind: 'other', reason: '页面文字过少' });
  });

  it('never stops a page the full reading recognizes as a policy document (60 real gov.cn pages, every fixture)', () => {
    const pages = readdirSync(GOVCN_DIR).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, html: readFileSync(resolve(GOVCN_DIR, f), 'utf8') }));
    for (const f of readdirSync(resolve(ROOT, 'tests/fixtures/pages'))) {
      const bytes = readFileSync(resolve(ROOT, 'tests/fixtures/pages', f));
      pages.push({ name: f, html: new TextDecoder(f.startsWith('gbk') ? 'gb18030' : 'utf-8').decode(bytes) });
    }
    let through = 0;
    for (const { name, html } of pages) {
      const url = `https://www.gov.cn/zhengce/content/${name}`;
      if (pageGate(htmlDoc(html), url).load) through++;
      else expect(analyzePage(htmlDoc(html), url).recognition.isPolicy, name).toBe(false);
    }
    // The 56 policy documents of the 60 real pages, and the policy fixtures.
    expect(through).toBeGreaterThanOrEqual(56);
  });
});
