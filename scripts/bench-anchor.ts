/** The re-anchoring part of `npm run bench`: 200 notes on a 60k-character page after small edits, ours vs a Hypothesis-style approx-string-match search. */
import search from 'approx-string-match';
import { describe as describeSelection } from '../lib/anchor/selectors';
import { anchorAll, type AnchorSelectors } from '../lib/anchor/match-quote';
import { readSeeds } from './seed-files';
import { medianTime } from './bench-stats';

/** Characters in the benchmark page. */
const PAGE_CHARS = 60_000;
/** Notes anchored on the page. */
const NOTES = 200;
/** Timed runs of each approach (after one warm-up); the median is reported. */
const RUNS = 5;
/** A placement is right when both its ends lie within this many characters of the true ones (edits may sit near a quote's edge). */
const TOLERANCE = 4;
/** Full-width punctuation swapped for its half-width form in the edited page (same length, so offsets do not move). */
const HALF_WIDTH: Readonly<Record<string, string>> = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';' };

/** One edit of the original page: delete `del` characters at `at`, insert `ins` there. */
interface Edit {
  at: number;
  del: number;
  ins: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run edits the page the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The page: seed 003 followed by seeds 001, 002 and 000, cut to PAGE_CHARS characters. */
function makePage(): string {
  const seeds = new Map(readSeeds().map((s) => [s.file.slice(0, 3), s.text]));
  return ['003', '001', '002', '000'].map((k) => seeds.get(k) ?? '').join('\n\n').slice(0, PAGE_CHARS);
}

/** 200 notes at spread positions, quotes 20–200 characters long. */
function makeNotes(page: string): AnchorSelectors[] {
  const out: AnchorSelectors[] = [];
  for (let i = 0; i < NOTES; i++) {
    const len = 20 + ((i * 37) % 181);
    const start = Math.min(page.length - len, Math.floor(((i + 0.5) * page.length) / NOTES) + ((i * 131) % 97));
    out.push(describeSelection(page, start, start + len));
  }
  return out;
}

/** Small edits: 1–3 characters inserted or deleted inside 3 of every 4 quotes, some whitespace collapsed, some punctuation made half-width. */
function makeEdits(page: string, notes: AnchorSelectors[]): Edit[] {
  const rand = rng(3);
  const edits: Edit[] = [];
  const taken = new Uint8Array(page.length + 1);
  const add = (e: Edit) => {
    for (let k = e.at; k <= e.at + e.del; k++) if (taken[k]) return;
    for (let k = e.at; k <= e.at + e.del; k++) taken[k] = 1;
    edits.push(e);
  };
  notes.forEach((n, i) => {
    if (i % 4 === 0) return;
    const { start, end } = n.position;
    const at = start + 4 + Math.floor(rand() * (end - start - 10));
    const k = 1 + Math.floor(rand() * 3);
    if (i % 2 === 1) add({ at, del: 0, ins: '的进一步'.slice(0, k) });
    else add({ at, del: k, ins: '' });
  });
  for (let i = page.indexOf('\n'); i >= 0; i = page.indexOf('\n', i + 1)) {
    if (rand() < 0.1) add({ at: i, del: 1, ins: '' });
  }
  for (let i = 0; i < page.length; i++) {
    const half = HALF_WIDTH[page[i]];
    if (half && rand() < 0.1) add({ at: i, del: 1, ins: half });
  }
  return edits.sort((a, b) => a.at - b.at);
}

/** Apply sorted, non-overlapping edits; also return the map from an old offset to its new one. */
function applyEdits(page: string, edits: Edit[]): { text: string; moved: (offset: number) => number } {
  let text = '';
  let from = 0;
  for (const e of edits) {
    text += page.slice(from, e.at) + e.ins;
    from = e.at + e.del;
  }
  text += page.slice(from);
  const moved = (offset: number) => {
    let shift = 0;
    for (const e of edits) {
      if (e.at >= offset) break;
      shift += e.ins.length - Math.min(e.del, offset - e.at);
    }
    return offset + shift;
  };
  return { text, moved };
}

/**
 * The Hypothesis approach: every exact occurrence of the quote if there is one, otherwise approx-string-match's
 * `search(text, quote, maxErrors)` with maxErrors = min(256, floor(len/2)); the match with the fewest errors wins,
 * ties going to the one closest to the old position.
 */
function hypothesisStyle(text: string, notes: readonly AnchorSelectors[]): ({ start: number; end: number } | null)[] {
  return notes.map(({ quote, position }) => {
    const exact: { start: number; end: number; errors: number }[] = [];
    for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
      exact.push({ start: i, end: i + quote.exact.length, errors: 0 });
    }
    const matches = exact.length ? exact : search(text, quote.exact, Math.min(256, Math.floor(quote.exact.length / 2)));
    let top: { start: number; end: number; errors: number } | null = null;
    for (const m of matches) {
      const closer = top && Math.abs(m.start - position.start) < Math.abs(top.start - position.start);
      if (!top || m.errors < top.errors || (m.errors === top.errors && closer)) top = m;
    }
    return top && { start: top.start, end: top.end };
  });
}

/** Rows of a Markdown table: re-anchoring time and placements right, ours vs the Hypothesis approach. */
export async function anchorBench(): Promise<string[]> {
  const page = makePage();
  const notes = makeNotes(page);
  const edits = makeEdits(page, notes);
  const { text, moved } = applyEdits(page, edits);
  const truth = notes.map((n) => ({ start: moved(n.position.start), end: moved(n.position.end) }));
  const right = (found: readonly ({ start: number; end: number } | null)[]) =>
    found.filter((f, i) => f && Math.abs(f.start - truth[i].start) <= TOLERANCE && Math.abs(f.end - truth[i].end) <= TOLERANCE).length;
  const ours = { ms: await medianTime(() => anchorAll(text, notes), RUNS), result: anchorAll(text, notes) };
  const theirs = { ms: await medianTime(() => hypothesisStyle(text, notes), RUNS), result: hypothesisStyle(text, notes) };
  const changed = notes.filter((n, i) => text.slice(truth[i].start, truth[i].end) !== n.quote.exact).length;
  return [
    `## Re-anchoring ${NOTES} notes on a ${(page.length / 1000).toFixed(0)}k-character page after ${edits.length} small edits`,
    '',
    `${changed} of the ${NOTES} quotes were changed by the edits (1–3 characters inserted or deleted inside, line breaks dropped, ` +
      `full-width punctuation made half-width); the rest only moved. A placement is right when both ends are within ${TOLERANCE} characters of the true ones.`,
    '',
    '| approach | ms (all notes) | ratio | placed right |',
    '|---|---|---|---|',
    `| PolicyLens \`anchorAll\` | ${ours.ms.toFixed(1)} | 1× | ${right(ours.result)} / ${NOTES} |`,
    `| Hypothesis-style approx-string-match search | ${theirs.ms.toFixed(1)} | ${(theirs.ms / ours.ms).toFixed(1)}× | ${right(theirs.result)} / ${NOTES} |`,
    '',
  ];
}
