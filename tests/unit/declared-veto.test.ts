import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/policy/analyze';
import { readInfoTable } from '../../lib/page/info-table';
import { findMainContent } from '../../lib/page/main-content';
import { readMetaTags } from '../../lib/page/meta-tags';
import { declaredVeto, recognize } from '../../lib/page/recognize';
import { buildTextMap } from '../../lib/page/text-map';
import { analyzePage } from '../../lib/page/analyze-page';
import { GOVCN_DIR, ROOT, fixturePage, govcnPage } from '../helpers/html';

/** The page's declared signals, and the full recognition with the engine run on its text. */
function bothVerdicts(doc: Document, url: string) {
  const signals = { url, metaTags: readMetaTags(doc), infoTable: readInfoTable(doc), pageTitle: doc.title };
  const main = findMainContent(doc).element;
  const text = main ? buildTextMap(main).text : '';
  return { pre: declaredVeto(signals), full: recognize({ ...signals, text, analysis: analyze({ text }) }) };
}

describe('the declared veto (no engine run when the page says what it is)', () => {
  it('stops a 解读 article and a news item before the engine, with the reason the page gives', () => {
    for (const [name, kind] of [['jiedu.html', 'interpretation'], ['news.html', 'news']] as const) {
      const page = analyzePage(fixturePage(name), `http://www.gov.cn/zhengce/${name}`);
      expect(page.recognition.isPolicy).toBe(false);
      expect(page.recognition.kind).toBe(kind);
      expect(page.analysis.tasks).toEqual([]);
      expect(page.textMap.text.length).toBeGreaterThan(100);
    }
  });

  it('never vetoes a page the full recognition takes for a policy document (fixtures and the 60 gov.cn pages)', () => {
    const fixtures = readdirSync(resolve(ROOT, 'tests/fixtures/pages')).map((f) => ({ doc: fixturePage(f), url: `http://www.gov.cn/${f}` }));
    const govcn = readdirSync(GOVCN_DIR).filter((f) => f.endsWith('.html')).map((f) => ({ doc: govcnPage(f.slice(0, 2)), url: `http://www.gov.cn/zhengce/${f}` }));
    let vetoed = 0;
    for (const { doc, url } of [...fixtures, ...govcn]) {
      const { pre, full } = bothVerdicts(doc, url);
      if (!pre) continue;
      vetoed++;
      expect(full.isPolicy, url).toBe(false);
    }
    expect(vetoed).toBeGreaterThanOrEqual(2);
  });
});
