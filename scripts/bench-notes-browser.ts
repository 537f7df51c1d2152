/**
 * The notes store in Chromium's real IndexedDB: 10,000 notes stored through lib/store inside an extension page of the
 * loaded extension, indexed queries vs a scan of the table. Part of `npm run bench`; `npx tsx scripts/bench-notes-browser.ts`
 * (after `wxt build`) runs only this part and replaces its section of bench/results.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchWithExtension } from './browser';
import { makeNotes } from './bench-notes-fixture';
import type { NotesPageResult } from './bench-notes-page';

const ROOT = resolve(import.meta.dirname, '..');
const N = 10_000;
const RUNS = 9;
/** The heading of this part's section in bench/results.md. */
const HEADING = `## Notes store in Chromium: ${N.toLocaleString('en')} notes in the extension's real IndexedDB`;

/** scripts/bench-notes-page.ts and what it imports (lib/store, Dexie, zod) as one script defining `__policylensNotesBench`. */
async function pageScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, 'scripts', 'bench-notes-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__policylensNotesBench',
    // Extension pages forbid eval: zod must not compile its validators (it cannot tell, as the script runs through the
    // debugger), as in the shipped extension. page.evaluate runs the script in a function scope: publish the module globally.
    banner: { js: 'globalThis.__zod_globalConfig = { jitless: true };' },
    footer: { js: 'globalThis.__policylensNotesBench = __policylensNotesBench;' },
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

/** Rows of a Markdown table: each query's indexed and table-scan medians and their ratio, measured in the same run. */
export async function notesBrowserBench(): Promise<string[]> {
  const notes = makeNotes(N);
  const script = await pageScript();
  const browser = await launchWithExtension();
  let result: NotesPageResult;
  try {
    const page = await browser.context.newPage();
    // An extension page: its IndexedDB is the extension's origin, where the background keeps the reader's notes.
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(script);
    result = await page.evaluate(
      ([all, runs]) => (globalThis as unknown as { __policylensNotesBench: typeof import('./bench-notes-page') }).__policylensNotesBench.runNotesBench(all, runs),
      [notes, RUNS] as const,
    );
  } finally {
    await browser.close();
  }
  return [
    HEADING,
    '',
    `Stored with lib/store in ${result.fill.toFixed(0)} ms; medians of ${RUNS} alternating runs; scan = \`db.notes.toArray()\` + filter.`,
    '',
    '| query | found | indexed ms | scan of the table ms | ratio (goal ≥ 10×) |',
    '|---|---|---|---|---|',
    ...result.timings.map((t) => {
      const ratio = t.scan / t.indexed;
      return `| ${t.label} | ${t.found} | ${t.indexed.toFixed(1)} | ${t.scan.toFixed(0)} | ${ratio.toFixed(ratio < 10 ? 1 : 0)}× |`;
    }),
    '',
  ];
}

/** Replace this part's section of a results file (up to the next `## ` heading), or append it. */
function withSection(markdown: string, rows: string[]): string {
  const section = `${rows.join('\n').trimEnd()}\n`;
  const start = markdown.indexOf(HEADING);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + HEADING.length);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await notesBrowserBench();
  const file = resolve(ROOT, 'bench', 'results.md');
  writeFileSync(file, withSection(readFileSync(file, 'utf8'), rows));
  console.log(rows.join('\n'));
}
