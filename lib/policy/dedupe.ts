/** Repeated tasks on scraped pages (paragraphs repeated, out of order): the same task is reported once, at its first occurrence. */

/** A sentence this long that occurs twice is a repeated paragraph, not a formula. */
const MIN_REPEATED_SENTENCE = 25;
/** This many distinct repeated sentences make a page "scraped with repeats". */
const MIN_REPEATS = 3;

/** Han characters, ASCII letters and digits only: the form titles are compared in. */
export function compactKey(s: string): string {
  return s.replace(/[^\u4e00-\u9fff0-9A-Za-z]+/g, '');
}

/** Offset of `c` in `t` at or after `from`, or t.length when there is none. */
function endOrIndex(t: string, c: string, from: number): number {
  const at = t.indexOf(c, from);
  return at < 0 ? t.length : at;
}

/** Length of the end a repeated sentence is compared by (with its length and its first MIN_REPEATED_SENTENCE characters). */
const TAIL = 8;

/** Whether t[a - TAIL, a) and t[b - TAIL, b) are the same characters. */
function sameTail(t: string, a: number, b: number): boolean {
  for (let k = 1; k <= TAIL; k++) if (t.charCodeAt(a - k) !== t.charCodeAt(b - k)) return false;
  return true;
}

/** Whether the text repeats several long sentences, as scraped pages whose paragraphs were captured more than once do (bracketed text such as a repeated marker does not count). */
export function repeatsParagraphs(t: string): boolean {
  /** Sentences seen so far by their first characters: [start, stop] of the first sentence of each length and end. */
  const seen = new Map<string, number[]>();
  /** Starts of the first occurrences of the sentences seen again. */
  const counted = new Set<number>();
  let dot = -1;
  let nl = -1;
  /** Offset of the next 。 or line break at or after `from`; each kind is searched again only once passed, so the scan stays linear. */
  const nextStop = (from: number): number => {
    if (dot < from && dot !== t.length) dot = endOrIndex(t, '。', from);
    if (nl < from && nl !== t.length) nl = endOrIndex(t, '\n', from);
    return Math.min(dot, nl);
  };
  let start = 0;
  let stop = nextStop(0);
  while (start < t.length) {
    if (stop - start >= MIN_REPEATED_SENTENCE && t[start] !== '（') {
      const head = t.slice(start, start + MIN_REPEATED_SENTENCE);
      const earlier = seen.get(head);
      if (!earlier) seen.set(head, [start, stop]);
      else {
        let k = 0;
        while (k < earlier.length && (earlier[k + 1] - earlier[k] !== stop - start || !sameTail(t, earlier[k + 1], stop))) k += 2;
        if (k === earlier.length) earlier.push(start, stop);
        else if (!counted.has(earlier[k])) {
          counted.add(earlier[k]);
          if (counted.size >= MIN_REPEATS) return true;
        }
      }
    }
    start = stop + 1;
    stop = nextStop(start);
  }
  return false;
}

/** The fields of a task the dedupe looks at. */
export interface DedupeItem {
  id: string;
  /** A guessed id: a sure item with the same keys wins even when it comes later. */
  weak?: boolean;
  title: string;
  units: readonly { name: string }[];
}

/**
 * Keep the first of tasks that repeat one another: same title and units (a repeated paragraph has both). On a page that repeats its paragraphs
 * (`repeats`), the same id, title or unit list again is a repeat too (the scraper captured the item twice around other text).
 */
export function dedupeTasks<T extends DedupeItem>(tasks: readonly T[], repeats: boolean): T[] {
  const seen = { titleUnits: new Set<string>(), ids: new Set<string>(), titles: new Set<string>(), unitLists: new Set<string>() };
  const kept = new Set<T>();
  const visit = (task: T) => {
    const units = task.units.map((u) => u.name).join('、');
    const title = compactKey(task.title);
    const titleUnits = `${title}|${units}`;
    if (seen.titleUnits.has(titleUnits)) return;
    if (repeats && (seen.ids.has(task.id) || seen.titles.has(title) || (units && seen.unitLists.has(units)))) return;
    seen.titleUnits.add(titleUnits);
    if (repeats) {
      seen.ids.add(task.id);
      seen.titles.add(title);
      if (units) seen.unitLists.add(units);
    }
    kept.add(task);
  };
  tasks.filter((t) => !t.weak).forEach(visit);
  tasks.filter((t) => t.weak).forEach(visit);
  return tasks.filter((t) => kept.has(t));
}
