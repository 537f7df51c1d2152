/** The in-browser part of `npm run bench`: content-script work per page vs Readability.parse() on the same page, and bundle sizes. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, CHROME_BUILD } from './browser';
import { median } from './bench-stats';
import { startFixtureServer } from './fixture-server';
import { SEED_PAGES, renderSeedPage } from './seed-site';

const ROOT = resolve(import.meta.dirname, '..');
const HOST = 'www.gxzf.gov.cn';
const RUNS = 5;

/** The pages measured: the policy seeds, real gov.cn pages wrapped in a full page, and pages that are not policy documents. */
function benchPages(): { path: string; label: string; body: string }[] {
  const pages = SEED_PAGES.map((p) => ({ path: `/seed/${p.file}.html`, label: p.file, body: renderSeedPage(p, resolve(ROOT, 'seeds')) }));
  const shared = resolve(ROOT, '..', 'shared', 'pages', 'govcn-2019');
  for (const n of ['04', '07', '57']) {
    const fragment = readFileSync(join(shared, `${n}.html`), 'utf8');
    pages.push({ path: `/govcn/${n}.html`, label: `govcn-2019/${n}.html`, body: `<!doctype html><html><head><meta charset="utf-8"><title>gov.cn ${n}</title></head><body>${fragment}</body></html>` });
  }
  for (const f of ['news.html', 'jiedu.html', 'search.html', 'column-index.html']) {
    pages.push({ path: `/other/${f}`, label: `fixtures/pages/${f} (not policy)`, body: readFileSync(resolve(ROOT, 'tests', 'fixtures', 'pages', f), 'utf8') });
  }
  return pages;
}

/** Rows of Markdown tables: per page, the extension's work and wall time vs Readability; then bundle sizes. */
export async function browserBench(): Promise<string[]> {
  const pages = benchPages();
  const server = await startFixtureServer((host, path) => {
    const page = pages.find((p) => p.path === path);
    return host === HOST && page ? { body: page.body } : null;
  });
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const browser = await launchWithExtension();
  const rows = [
    '## In Chromium: content script vs Readability.parse() on the same page',
    '',
    'The content script (the gatekeeper) looks at every page; the background loads the reader into the pages it lets through. ' +
      'start = the content script\'s first statement, before its modules are evaluated; evaluation = the content script\'s (start → its main) plus the reader\'s (its first statement → its main); ' +
      'work = evaluation + the gatekeeper\'s decision + the recorded slices (the gatekeeper reads the page for the reader while it is loaded), all on the page\'s main thread; wall = start → highlights registered (or the bail-out decided; ' +
      'the badge follows in a slice of its own, counted in work), including the waits for the background (loading the reader, its analysis), which run off the page\'s thread. Medians of ' + RUNS + ' loads.',
    '',
    '| page | policy | evaluation ms | work ms | longest slice ms | wall ms | Readability ms | work / Readability | wall / Readability (goal ≤ 0.25) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  try {
    for (const p of pages) {
      const evaluation: number[] = [];
      const work: number[] = [];
      const longest: number[] = [];
      const wall: number[] = [];
      const peer: number[] = [];
      let isPolicy = false;
      for (let i = 0; i < RUNS; i++) {
        const tab = await browser.context.newPage();
        await tab.goto(server.url(HOST, p.path));
        await tab.waitForFunction(() => performance.getEntriesByName('policylens:settled').length > 0, null, { timeout: 20000 });
        const m = await tab.evaluate(() => {
          // No helper functions in here: the page receives this function's source as it is.
          const t = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]));
          const slices = performance.getEntriesByName('policylens:slice').map((e) => e.duration);
          const start = t['policylens:start'];
          const loaded = 'policylens:reader-main' in t;
          const reader = loaded ? t['policylens:reader-main'] - t['policylens:reader-start'] : 0;
          // The gatekeeper's decision; on a stopped page, up to the bail-out (telling the background included).
          const gatekeeper = (loaded ? t['policylens:gated'] : t['policylens:done']) - start;
          const done = performance.getEntriesByName('policylens:done')[0] as PerformanceMark;
          return {
            evaluation: t['policylens:main'] - start + reader,
            work: gatekeeper + reader + slices.reduce((a, b) => a + b, 0),
            longest: Math.max(gatekeeper, reader, ...slices),
            wall: done.startTime - start,
            isPolicy: Boolean((done.detail as { isPolicy?: boolean })?.isPolicy),
          };
        });
        await tab.addScriptTag({ content: readabilitySource });
        const r = await tab.evaluate(() => {
          const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
          const t0 = performance.now();
          new R(document.cloneNode(true) as Document).parse();
          return performance.now() - t0;
        });
        evaluation.push(m.evaluation);
        work.push(m.work);
        longest.push(m.longest);
        wall.push(m.wall);
        peer.push(r);
        isPolicy = m.isPolicy;
        await tab.close();
      }
      const w = median(work);
      const rd = median(peer);
      const wl = median(wall);
      rows.push(`| ${p.label} | ${isPolicy ? 'yes' : 'no'} | ${median(evaluation).toFixed(2)} | ${w.toFixed(2)} | ${median(longest).toFixed(2)} | ${wl.toFixed(1)} | ${rd.toFixed(2)} | ${(w / rd).toFixed(2)}× | ${(wl / rd).toFixed(2)}× |`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rows.push('', '## Bundle sizes (Chrome build)', '', '| file | bytes | gzipped |', '|---|---|---|');
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const full = join(dir, f);
      if (statSync(full).isDirectory()) visit(full);
      else if (f.endsWith('.js')) files.push(full);
    }
  };
  visit(CHROME_BUILD);
  for (const f of files.sort()) {
    const buf = readFileSync(f);
    const gz = gzipSync(buf, { level: 9 }).length;
    const note = f.endsWith('content.js') || f.endsWith('reader.js') ? ` (goal ≤ 40 KB: ${gz <= 40 * 1024 ? 'met' : 'not met'})` : '';
    rows.push(`| ${f.slice(CHROME_BUILD.length + 1)} | ${buf.length} | ${gz}${note} |`);
  }
  return rows;
}
