/** A page text prepared once for anchoring many quotes: its folded form and a positional bigram index of it. */
import { foldText, type FoldedText } from './fold';

/** The raw text, its folded form, and (built on first use) where each folded bigram occurs. */
export interface PreparedText {
  raw: string;
  folded: FoldedText;
  bigramPositions(): Map<number, number[]>;
}

/** A stretch [from, to) of the folded text where an approximate occurrence may lie. */
export interface Window {
  from: number;
  to: number;
}

/** Bigrams occurring more often than this are not used as seeds (the filter threshold is lowered to stay lossless). */
const MAX_POSTINGS = 4000;
/** Windows verified per quote, best-seeded first. */
const MAX_WINDOWS = 16;

let cached: PreparedText | null = null;

/** The prepared form of `text`; the last one is cached, so anchoring many notes on one page folds the page once. */
export function prepareText(text: string): PreparedText {
  if (cached && cached.raw === text) return cached;
  const folded = foldText(text);
  let index: Map<number, number[]> | null = null;
  cached = {
    raw: text,
    folded,
    bigramPositions: () => (index ??= buildIndex(folded.text)),
  };
  return cached;
}

function bigramKey(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

function buildIndex(s: string): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = 0; i + 1 < s.length; i++) {
    const key = bigramKey(s, i);
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  return index;
}

/**
 * Windows of the folded text that may hold `quote` (folded) with ≤ maxErrors edits, by bigram seeds voting for
 * diagonals (text position − quote position). An occurrence with e edits keeps ≥ (m − 1) − 2e of the quote's
 * bigrams within e + 1 neighbouring diagonals, so the filter loses no occurrence within budget.
 */
export function candidateWindows(prepared: PreparedText, quote: string, maxErrors: number): Window[] {
  const m = quote.length;
  const n = prepared.folded.text.length;
  if (m < 2 || n < 2) return [];
  const index = prepared.bigramPositions();
  const width = Math.max(maxErrors + 1, 32);
  const votes = new Map<number, number>();
  let threshold = m - 1 - 2 * maxErrors;
  for (let i = 0; i + 1 < m; i++) {
    const list = index.get(bigramKey(quote, i));
    if (!list) continue;
    if (list.length > MAX_POSTINGS) {
      threshold--;
      continue;
    }
    for (const p of list) {
      const bucket = Math.floor((p - i) / width);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  threshold = Math.max(1, threshold);
  const seeds: { bucket: number; votes: number }[] = [];
  for (const [bucket, v] of votes) {
    const pair = v + (votes.get(bucket + 1) ?? 0);
    if (pair >= threshold) seeds.push({ bucket, votes: pair });
  }
  seeds.sort((a, b) => b.votes - a.votes || a.bucket - b.bucket);
  const windows = seeds.slice(0, MAX_WINDOWS).map((s) => ({
    from: Math.max(0, s.bucket * width - maxErrors),
    to: Math.min(n, (s.bucket + 2) * width + m + 2 * maxErrors),
  }));
  return mergeWindows(windows);
}

function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a.from - b.from);
  const out: Window[] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else if (w.from < w.to) out.push({ ...w });
  }
  return out;
}
