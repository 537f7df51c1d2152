import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { collectSteps } from '../../lib/page/collect-page';
import { concludePage } from '../../lib/page/conclude-page';
import { PREFIX_CHARS } from '../../lib/page/limits';
import { PagePlanSchema, planFor } from '../../lib/page/page-plan';
import { runSteps } from '../../lib/page/slicer';
import { PageFactsSchema } from '../../lib/messages';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { fixturePage, htmlDoc, ROOT } from '../helpers/html';

const seed003 = SEED_PAGES.find((p) => p.file.startsWith('003'))!;
const seedUrl = `http://${seed003.host}${seed003.path}`;

describe('the page side and the engine side of a page analysis', () => {
  it('the facts the content script reads pass the background schema, and the plan it gets back passes its own', () => {
    const page = runSteps(collectSteps(htmlDoc(renderSeedPage(seed003, resolve(ROOT, 'seeds'))), seedUrl, PREFIX_CHARS, null));
    expect(PageFactsSchema.safeParse(page.facts).success).toBe(true);
    expect(Object.keys(page.facts.infoTable).length).toBeGreaterThan(2);
    const plan = planFor(concludePage(page.facts, page.textMap.text, page.complete));
    expect(PagePlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.isPolicy).toBe(true);
    expect(plan.tasks).toHaveLength(45);
    expect(plan.next).toBe('done');
  });

  it('the plan carries the spans of every task, lead and co unit and deadline, but not the task texts (the page has them)', () => {
    const html = renderSeedPage(seed003, resolve(ROOT, 'seeds'));
    const full = analyzePage(htmlDoc(html), seedUrl);
    const page = runSteps(collectSteps(htmlDoc(html), seedUrl, PREFIX_CHARS, null));
    const plan = planFor(concludePage(page.facts, page.textMap.text, page.complete));
    expect(plan.tasks.map((t) => [t.id, t.titleStart, t.titleEnd, t.units.map((u) => [u.name, u.role, u.start])])).toEqual(
      full.analysis.tasks.map((t) => [t.id, t.titleStart, t.titleEnd, t.units.map((u) => [u.name, u.role, u.start])]),
    );
    expect(JSON.stringify(plan)).not.toContain(full.analysis.tasks[0].text);
    expect(plan.unitCount).toBe(full.analysis.units.length);
  });

  it('a long policy page is judged on its prefix, then asks for all of its text; a long non-policy page stops at the prefix', () => {
    const para = readFileSync(resolve(ROOT, 'seeds', seed003.file), 'utf8').split('\n').filter(Boolean).map((l) => `<p>${l}</p>`).join('');
    const html = renderSeedPage(seed003, resolve(ROOT, 'seeds')).replace('</div>\n<div class="footer">', `${para.repeat(3)}</div>\n<div class="footer">`);
    const page = runSteps(collectSteps(htmlDoc(html), seedUrl, PREFIX_CHARS, null));
    expect(page.complete).toBe(false);
    expect(concludePage(page.facts, page.textMap.text, false).next).toBe('analyze');
    expect(concludePage(page.facts, page.textMap.text, true).next).toBe('done');
    const list = fixturePage('column-index.html');
    const other = runSteps(collectSteps(list, 'http://www.gxzf.gov.cn/zwgk/zcwj/', 20, null));
    expect(concludePage(other.facts, other.textMap.text, other.complete).next).toBe('done');
  });

  it('a page without a known container stops before its text to have Readability loaded, then reads it with Readability', () => {
    const html = renderSeedPage(seed003, resolve(ROOT, 'seeds')).replace('<div id="zoom" class="article-con">', '<div class="wz-body">');
    const first = runSteps(collectSteps(htmlDoc(html), seedUrl, PREFIX_CHARS, undefined));
    expect(first.wantsReadability).toBe(true);
    expect(first.textMap.text).toBe('');
    const withIt = runSteps(collectSteps(htmlDoc(html), seedUrl, PREFIX_CHARS, Readability));
    expect(withIt.main.source).toBe('readability');
    expect(withIt.wantsReadability).toBe(false);
    const without = runSteps(collectSteps(htmlDoc(html), seedUrl, PREFIX_CHARS, null));
    expect(without.main.source).toBe('body');
    expect(without.textMap.text.length).toBeGreaterThan(0);
    // A page with a known container never asks for it.
    expect(runSteps(collectSteps(htmlDoc(renderSeedPage(seed003, resolve(ROOT, 'seeds'))), seedUrl, PREFIX_CHARS, undefined)).wantsReadability).toBe(false);
  });

  it('a 解读 page declares itself: the engine does not run, and its whole text is still mapped for notes', () => {
    const doc = fixturePage('jiedu.html');
    const page = runSteps(collectSteps(doc, 'http://www.gxzf.gov.cn/zcjd/t1.shtml', 50, Readability));
    const c = concludePage(page.facts, page.textMap.text, page.complete);
    expect(c.recognition.kind).toBe('interpretation');
    expect(c.analysis.tasks).toEqual([]);
    expect(c.next).toBe(page.complete ? 'done' : 'map');
  });
});
