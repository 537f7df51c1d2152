/**
 * Scraped pages whose paragraphs are repeated and out of order (seed 001): a marker there still ends its item, and the next
 * numbered item follows it ("（责任单位：…）13．打造…" ends item 12). Such a marker is given the id and title of item N−1.
 */
import { CharClass } from './char-class';
import type { OutlineHeading } from './outline';
import { firstSentence, type TaskDraft } from './tasks';

const BETWEEN = new CharClass('\n 。；');
/** Level of numbered items (1. 1．) in the outline. */
const ITEM_LEVEL = 3;

function onlyPunctuation(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!BETWEEN.has(t, i)) return false;
  return true;
}

/** The item heading that directly follows offset `at` (a section heading may come first: its first item then counts). */
function followingItem(t: string, headings: readonly OutlineHeading[], k: number, at: number): OutlineHeading | null {
  const h = headings[k];
  if (!h || !onlyPunctuation(t, at, h.start)) return null;
  if (h.level === ITEM_LEVEL) return h;
  const next = headings[k + 1];
  if (h.level === 2 && next && next.level === ITEM_LEVEL && onlyPunctuation(t, h.titleEnd, next.start)) return next;
  return null;
}

/** Where the text of a segment starts once the headings it opens with are skipped. */
function afterHeadings(t: string, headings: readonly OutlineHeading[], from: number, limit: number): number {
  let at = from;
  for (let k = firstAtOrAfter(headings, from); k < headings.length && at < limit; k++) {
    const h = headings[k];
    if (h.start < at) continue;
    if (!onlyPunctuation(t, at, h.start) || h.start >= limit) break;
    at = h.titleEnd;
  }
  while (at < limit && BETWEEN.has(t, at)) at++;
  return at;
}

/** Index of the first heading starting at or after `at`. */
function firstAtOrAfter(headings: readonly OutlineHeading[], at: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last of `indexes` (sorted by start) whose heading starts before `at`, by binary search. */
function lastBefore(headings: readonly OutlineHeading[], indexes: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[indexes[mid]].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? indexes[lo - 1] : undefined;
}

/** Give each marker task the id and title of the item before the one that follows its marker; other drafts are kept as they are. */
export function remapScrambled(t: string, headings: readonly OutlineHeading[], drafts: readonly TaskDraft[]): TaskDraft[] {
  const items = new Map<string, number[]>();
  headings.forEach((h, k) => {
    if (h.level !== ITEM_LEVEL) return;
    const list = items.get(h.key) ?? [];
    list.push(k);
    items.set(h.key, list);
  });
  let k = 0;
  let prevEnd = 0;
  return drafts.map((d) => {
    if (!d.marker) return d;
    const marker = d.marker;
    while (k < headings.length && headings[k].start < marker.end) k++;
    const previousEnd = prevEnd;
    prevEnd = d.end;
    const next = followingItem(t, headings, k, d.end);
    const n = next ? Number(next.key) - 1 : 0;
    if (!next || n < 1) return { ...d, weak: true };
    const occurrences = items.get(String(n));
    if (!occurrences) {
      const from = afterHeadings(t, headings, d.start, marker.start);
      const [titleStart, titleEnd] = firstSentence(t, from, marker.start);
      const parent = next.path.slice(0, next.path.length - next.key.length);
      return { ...d, id: `${parent}${n}`, titleStart, titleEnd };
    }
    const h = headings[lastBefore(headings, occurrences, marker.start) ?? occurrences[0]];
    const start = h.start < marker.start && h.start >= previousEnd ? h.start : d.start;
    return { ...d, id: h.path, start, titleStart: h.titleStart, titleEnd: h.titleEnd };
  });
}
