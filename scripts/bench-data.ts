/** The data part of `npm run bench`: corpus ranking vs the engine, 10,000 notes in Dexie vs a plain scan, export vs JSON.stringify. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/policy/analyze';
import { buildCorpusIndex } from '../lib/corpus/build-index';
import { relatedForAnalysis } from '../lib/corpus/related';
import { prepareCorpus } from '../lib/corpus/prepare';
import { describe as describeSelection } from '../lib/anchor/selectors';
import { PolicyLensDb } from '../lib/store/db';
import { toRow } from '../lib/store/note-row';
import { notesForPage, searchNotes } from '../lib/store/notes';
import type { Note } from '../lib/store/schema';
import { notesToMarkdown } from '../lib/export/notes-markdown';
import { importBackup, makeBackup } from '../lib/export/backup';
import { medianTime } from './bench-stats';
import { readSeeds } from './seed-files';

const ROOT = resolve(import.meta.dirname, '..');

/** 10,000 notes over 200 pages of 50 documents, quoting seed 003, with tags from a small pool. */
function makeNotes(n: number): Note[] {
  const text = readFileSync(resolve(ROOT, 'seeds', '003_034c74d6c895f59c.txt'), 'utf8');
  const tags = ['港口', '补贴', '物流', '跨境金融', '自贸区', '东盟', '口岸', '人才'];
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  const notes: Note[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * 7919) % (text.length - 200);
    const len = 20 + (i % 80);
    const doc = i % 50;
    notes.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `http://www.gxzf.gov.cn/zfwj/t${i % 200}.shtml`,
      docKey: `doc:桂政发〔2020〕${doc}号`,
      docTitle: `实施方案 ${doc}`,
      docNumber: `桂政发〔2020〕${doc}号`,
      selectors: describeSelection(text, start, start + len),
      color: colors[i % colors.length],
      note: `第 ${i} 条批注：关注${tags[i % tags.length]}相关的推进情况。`,
      tags: [tags[i % tags.length], tags[(i * 3) % tags.length]].filter((t, k, a) => a.indexOf(t) === k),
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      deletedAt: null,
    });
  }
  return notes;
}

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
  const engine = await medianTime(() => analyze({ text: seed003.text }), 15);
  const related = await medianTime(() => relatedForAnalysis(index, analysis), 15);
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
