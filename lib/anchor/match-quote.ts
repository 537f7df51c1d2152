/** Re-anchor a note's selectors on a page's (possibly changed) text: position check, exact quote with context, then fuzzy. */
import type { Selectors } from '../store/schema';
import { approxSearch, editDistance } from './edit-distance';
import { foldedIndexAt, foldString } from './fold';
import { candidateWindows, prepareText, type PreparedText } from './prepared-text';

/** Where a note's passage was found, how well it matched (0–1), and by which step. */
export interface AnchorMatch {
  start: number;
  end: number;
  score: number;
  method: 'position' | 'exact' | 'fuzzy';
}

/** The selectors anchoring uses (the task path is informational). */
export type AnchorSelectors = Pick<Selectors, 'quote' | 'position'>;

/** Quotes shorter than this (folded characters) are placed only where their context agrees, or where they are unique. */
const SHORT_QUOTE = 32;
/** Context agreement (0–1, on one side at least) a short quote needs. */
const MIN_CONTEXT = 0.5;
/** Occurrences of an exact quote examined at most. */
const MAX_OCCURRENCES = 1000;
/** Largest edit budget of the fuzzy step. */
const MAX_ERRORS = 256;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** The quote and its context in folded form, with the old position as a folded offset. */
interface FoldedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  hint: number;
}

/** A candidate placement in folded offsets. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** The chosen candidate (index into the list given) and its score. */
interface Scored {
  index: number;
  score: number;
}

/**
 * Find a note's passage in `text`: (1) the stored position if the text there still equals the quote; (2) the exact
 * quote, occurrences scored by prefix/suffix agreement and closeness to the old position; (3) a fuzzy match tolerant
 * of whitespace, full-/half-width forms and up to min(256, len/4) edits. Null when nothing fits: the note is an orphan.
 */
export function matchQuote(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  if (typeof text !== 'string' || typeof selectors?.quote?.exact !== 'string') return null;
  const exact = selectors.quote.exact;
  if (!exact || !text) return null;
  const { start: oldStart, end: oldEnd } = selectors.position ?? { start: -1, end: -1 };
  if (Number.isInteger(oldStart) && oldStart >= 0 && oldEnd - oldStart === exact.length) {
    if (text.startsWith(exact, oldStart)) return { start: oldStart, end: oldEnd, score: 1, method: 'position' };
  }
  const prepared = prepareText(text);
  const folded = prepared.folded;
  const fq: FoldedQuote = {
    quote: foldString(exact),
    prefix: foldString(selectors.quote.prefix ?? ''),
    suffix: foldString(selectors.quote.suffix ?? ''),
    hint: foldedIndexAt(folded, Number.isFinite(oldStart) ? oldStart : 0),
  };

  const rawHits = occurrences(text, exact);
  const exactBest = best(
    prepared,
    fq,
    rawHits.map((s) => ({ start: foldedIndexAt(folded, s), end: foldedIndexAt(folded, s + exact.length), errors: 0 })),
    rawHits.length === 1,
  );
  if (exactBest) {
    const s = rawHits[exactBest.index];
    return { start: s, end: s + exact.length, score: exactBest.score, method: 'exact' };
  }

  if (!fq.quote) return null;
  let candidates: Candidate[] = occurrences(folded.text, fq.quote).map((s) => ({ start: s, end: s + fq.quote.length, errors: 0 }));
  let fuzzy = best(prepared, fq, candidates, candidates.length === 1);
  if (!fuzzy) {
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(fq.quote.length / 4));
    candidates = [];
    if (maxErrors > 0) {
      for (const w of candidateWindows(prepared, fq.quote, maxErrors)) {
        candidates.push(...approxSearch(fq.quote, folded.text, w.from, w.to, maxErrors));
      }
    }
    fuzzy = best(prepared, fq, candidates, false);
  }
  if (!fuzzy) return null;
  const { start, end } = toRaw(prepared, candidates[fuzzy.index].start, candidates[fuzzy.index].end);
  return { start, end, score: fuzzy.score, method: 'fuzzy' };
}

/** Anchor many notes on one text (the text is folded and indexed once). */
export function anchorAll(text: string, selectorsList: readonly AnchorSelectors[]): (AnchorMatch | null)[] {
  return selectorsList.map((s) => matchQuote(text, s));
}

/** Start offsets of `needle` in `haystack`, at most MAX_OCCURRENCES. */
function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0 && out.length < MAX_OCCURRENCES; i = haystack.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/** Agreement (0–1) of a stored context with the text beside a candidate; null when no context was stored. */
function contextAgreement(stored: string, actual: string): number | null {
  if (!stored) return null;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

/** The best-scoring acceptable candidate, or null. `unique`: the quote occurs once, so a short quote needs no context. */
function best(prepared: PreparedText, fq: FoldedQuote, candidates: Candidate[], unique: boolean): Scored | null {
  const t = prepared.folded.text;
  const m = Math.max(1, fq.quote.length);
  let top: Scored | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const prefix = contextAgreement(fq.prefix, t.slice(Math.max(0, c.start - fq.prefix.length), c.start));
    const suffix = contextAgreement(fq.suffix, t.slice(c.end, c.end + fq.suffix.length));
    const context = prefix === null && suffix === null ? 1 : Math.max(prefix ?? 0, suffix ?? 0);
    const short = fq.quote.length < SHORT_QUOTE;
    if (short && context < MIN_CONTEXT && !(unique && c.errors === 0)) continue;
    const quoteScore = Math.max(0, 1 - c.errors / m);
    const position = 1 - Math.min(1, Math.abs(c.start - fq.hint) / Math.max(1, t.length));
    const raw =
      WEIGHT.quote * quoteScore +
      WEIGHT.prefix * (prefix ?? 1) +
      WEIGHT.suffix * (suffix ?? 1) +
      WEIGHT.position * position;
    const score = raw / TOTAL_WEIGHT;
    if (!top || score > top.score) top = { index: i, score };
  }
  return top;
}

/** Map a folded span back to raw offsets, never splitting a surrogate pair. */
function toRaw(prepared: PreparedText, fStart: number, fEnd: number): { start: number; end: number } {
  const { raw, folded } = prepared;
  let start = folded.starts[fStart];
  let end = folded.starts[Math.max(fStart, fEnd - 1)] + 1;
  const isLow = (i: number) => i > 0 && i < raw.length && raw.charCodeAt(i) >= 0xdc00 && raw.charCodeAt(i) <= 0xdfff;
  if (isLow(start)) start--;
  if (isLow(end)) end++;
  return { start, end };
}
