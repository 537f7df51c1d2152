/** The data part of `npm run bench`: corpus ranking vs the engine, 10,000 notes in Dexie vs a plain scan, export vs JSON.stringify. */
import 'fake-indexeddb/auto';
import { analyze } from '../lib/policy/analyze';
import { buildCorpusIndex } from '../lib/corpus/build-index';
import { relatedForAnalysis } from '../lib/corpus/related';
import { prepareCorpus } from '../lib/corpus/prepare';
import { PolicyLensDb } from '../lib/store/db';
import { toRow } from '../lib/store/note-row';
import { notesForPage, searchNotes } from '../lib/store/notes';
import { notesToMarkdown } from '../lib/export/notes-markdown';
import { importBackup, makeBackup } from '../lib/export/backup';
import { median, medianTime } from './bench-stats';
import { makeNotes } from './bench-notes-fixture';
import { readSeeds } from './seed-files';

/** Untimed runs of the related-items ranking before it is timed (the engine it is compared with is warm). */
const RELATED_WARMUP = 30;

/** Rows of Markdown tables for the corpus, the notes store and the export. */
export async function dataBench(): Promise<string[]> {
  const rows: string[] = [];
  const seeds = readSeeds();
  let index = buildCorpusIndex(seeds);
  const build = await medianTime(() => {
    index = buildCorpusIndex(seeds);
  }, 3);
  const seed003 = seeds.find((s) => s.file.startsWith('003'))!;
  const analysis = analyze({ text: seed003.text });
  prepareCorpus(index);
  // The engine is warm by now (hundreds of runs above); warm the ranking too, or the median is of its first, still
  // interpreted calls and the ratio compares cold ranking with a warm engine. Then time both in turn, under the same load.
  for (let i = 0; i < RELATED_WARMUP; i++) relatedForAnalysis(index, analysis);
  const engineRuns: number[] = [];
  const relatedRuns: number[] = [];
  for (let r = 0; r < 15; r++) {
    engineRuns.push(await medianTime(() => analyze({ text: seed003.text }), 3));
    relatedRuns.push(await medianTime(() => relatedForAnalysis(index, analysis), 3));
  }
  const engine = median(engineRuns);
  const related = median(relatedRuns);
  rows.push(
    '## Corpus',
    '',
    '| measure | value |',
    '|---|---|',
    `| index build (5 seeds, engine included) | ${build.toFixed(0)} ms |`,
    `| index size | ${(Buffer.byteLength(JSON.stringify(index)) / 1024).toFixed(1)} KB (goal ≤ 300 KB) |`,
    `| related items for all ${analysis.tasks.length} tasks of seed 003 | ${related.toFixed(2)} ms |`,
    `| engine analysis of seed 003 | ${engine.toFixed(2)} ms |`,
    `| related / engine (goal ≤ 0.1) | ${(related / engine).toFixed(2)} |`,
    '',
  );

  const N = 10_000;
  const notes = makeNotes(N);
  const db = new PolicyLensDb(`bench-${Date.now()}`);
  await db.notes.bulkAdd(notes.map(toRow));
  const url = notes[4321].url;
  const docKey = notes[4321].docKey;
  const pageIndexed = await medianTime(() => notesForPage(db, url, docKey), 7);
  const pageScan = await medianTime(() => notes.filter((n) => n.url === url || n.docKey === docKey), 7);
  const dbScanPage = await medianTime(async () => (await db.notes.toArray()).filter((n) => n.url === url || n.docKey === docKey), 3);
  const searchIndexed = await medianTime(() => searchNotes(db, { text: '跨境金融' }), 7);
  const dbScanSearch = await medianTime(async () => (await db.notes.toArray()).filter((n) => n.selectors.quote.exact.includes('跨境金融') || n.note.includes('跨境金融')), 3);
  const listIndexed = await medianTime(() => searchNotes(db, { limit: 50 }), 7);
  const dbScanList = await medianTime(async () => (await db.notes.toArray()).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 50), 3);
  rows.push(
    `## Notes store: ${N.toLocaleString('en')} notes in Dexie (fake-indexeddb in Node; real IndexedDB is faster)`,
    '',
    '| query | indexed ms | scan of the table ms | ratio (goal ≥ 10×) | in-memory array scan ms |',
    '|---|---|---|---|---|',
    `| a page's notes (by URL or 文号) | ${pageIndexed.toFixed(1)} | ${dbScanPage.toFixed(0)} | ${(dbScanPage / pageIndexed).toFixed(0)}× | ${pageScan.toFixed(2)} |`,
    `| full-text search 跨境金融 | ${searchIndexed.toFixed(1)} | ${dbScanSearch.toFixed(0)} | ${(dbScanSearch / searchIndexed).toFixed(0)}× | — |`,
    `| open the notes list (newest 50) | ${listIndexed.toFixed(1)} | ${dbScanList.toFixed(0)} | ${(dbScanList / listIndexed).toFixed(0)}× | — |`,
    '',
  );

  const md = await medianTime(() => notesToMarkdown({ scope: { kind: 'all' }, notes, exportedAt: 1_700_000_000_000 }), 5);
  const json = await medianTime(() => JSON.stringify(notes), 5);
  const backup = await makeBackup(db);
  const text = backup.ok ? backup.value : '';
  const target = new PolicyLensDb(`bench-import-${Date.now()}`);
  const t0 = performance.now();
  const imported = await importBackup(target, text);
  const importMs = performance.now() - t0;
  rows.push(
    '## Export and import',
    '',
    '| measure | ms | ratio |',
    '|---|---|---|',
    `| Markdown export of ${N.toLocaleString('en')} notes | ${md.toFixed(0)} | ${(md / json).toFixed(1)}× JSON.stringify (goal ≤ 3×) |`,
    `| JSON.stringify of the same notes | ${json.toFixed(0)} | 1× |`,
    `| import of their backup into an empty database (${(text.length / 1e6).toFixed(1)} M characters) | ${importMs.toFixed(0)} | ${imported.ok ? 'all landed' : 'failed'} |`,
    '',
  );
  db.close();
  target.close();
  return rows;
}
