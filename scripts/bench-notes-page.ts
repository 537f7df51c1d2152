/** The in-page half of the notes benchmark: bundled and run inside an extension page, on Chromium's real IndexedDB. */
import { Dexie } from 'dexie';
import { PolicyLensDb } from '../lib/store/db';
import { toRow } from '../lib/store/note-row';
import { notesForPage, searchNotes } from '../lib/store/notes';
import type { Note } from '../lib/store/schema';
import { median } from './bench-stats';

/** One measured query: the store's indexed way and a scan of the whole table answering the same question. */
export interface NotesTiming {
  label: string;
  /** How many notes the query found. */
  found: number;
  indexed: number;
  scan: number;
}

/** What the page measured: the fill time and each query's medians (ms). */
export interface NotesPageResult {
  fill: number;
  timings: NotesTiming[];
}

/** Whether a note's quote or text contains `word`, as a scan would test it. */
const mentions = (n: Note, word: string) => n.selectors.quote.exact.includes(word) || n.note.includes(word);

/**
 * Store `notes` in a fresh database of this page's origin (through lib/store's rows), then time each query through
 * lib/store against `db.notes.toArray()` + filter in the same run (after one untimed run of each, which also checks that both
 * find the same notes): `runs` runs each, indexed and scan alternating.
 * The database is deleted afterwards.
 */
export async function runNotesBench(notes: Note[], runs: number): Promise<NotesPageResult> {
  const name = `policylens-bench-${crypto.randomUUID()}`;
  const db = new PolicyLensDb(name);
  try {
    const t0 = performance.now();
    await db.notes.bulkAdd(notes.map(toRow));
    const fill = performance.now() - t0;
    const { url, docKey } = notes[Math.floor(notes.length * 0.4321)];
    const scan = async (keep: (n: Note) => boolean) => (await db.notes.toArray()).filter(keep);
    const newest = async () => (await db.notes.toArray()).filter((n) => n.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 50);
    const queries: { label: string; indexed: () => Promise<number>; scan: () => Promise<number> }[] = [
      {
        label: "a page's notes (by URL or 文号)",
        indexed: async () => { const r = await notesForPage(db, url, docKey); return r.ok ? r.value.length : -1; },
        scan: async () => (await scan((n) => n.deletedAt === null && (n.url === url || n.docKey === docKey))).length,
      },
      {
        label: 'full-text search 跨境金融 (every match)',
        indexed: async () => { const r = await searchNotes(db, { text: '跨境金融' }); return r.ok ? r.value.total : -1; },
        scan: async () => (await scan((n) => n.deletedAt === null && mentions(n, '跨境金融'))).length,
      },
      {
        label: 'full-text search 证照分离 改革 (two words)',
        indexed: async () => { const r = await searchNotes(db, { text: '证照分离 改革' }); return r.ok ? r.value.total : -1; },
        scan: async () => (await scan((n) => n.deletedAt === null && mentions(n, '证照分离') && mentions(n, '改革'))).length,
      },
      {
        label: 'open the notes list (newest 50)',
        indexed: async () => { const r = await searchNotes(db, { limit: 50 }); return r.ok ? r.value.notes.length : -1; },
        scan: async () => (await newest()).length,
      },
    ];
    const timings: NotesTiming[] = [];
    for (const q of queries) {
      const found = await q.indexed();
      if (found !== (await q.scan())) throw new Error(`${q.label}: the index and the scan disagree`);
      const indexed: number[] = [];
      const scanned: number[] = [];
      for (let i = 0; i < runs; i++) {
        indexed.push(await timed(q.indexed));
        scanned.push(await timed(q.scan));
      }
      timings.push({ label: q.label, found, indexed: median(indexed), scan: median(scanned) });
    }
    // The first search after the background starts reads the notes once into the in-memory index: time it on fresh instances.
    const cold: number[] = [];
    const coldScan: number[] = [];
    let coldFound = 0;
    for (let i = 0; i < runs; i++) {
      const fresh = new PolicyLensDb(name);
      cold.push(await timed(async () => { const r = await searchNotes(fresh, { text: '跨境金融', limit: 200 }); coldFound = r.ok ? r.value.total : -1; }));
      fresh.close();
      coldScan.push(await timed(() => scan((n) => n.deletedAt === null && mentions(n, '跨境金融'))));
    }
    timings.push({ label: 'the first search after the background starts (builds the index)', found: coldFound, indexed: median(cold), scan: median(coldScan) });
    return { fill, timings };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/** Wall time in ms of one run of `fn`. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
