/** Repeated tasks on scraped pages (paragraphs repeated, out of order): the same task is reported once, at its first occurrence. */

/** A sentence this long that occurs twice is a repeated paragraph, not a formula. */
const MIN_REPEATED_SENTENCE = 25;
/** This many distinct repeated sentences make a page "scraped with repeats". */
const MIN_REPEATS = 3;

/** Han characters, ASCII letters and digits only: the form titles are compared in. */
export function compactKey(s: string): string {
  return OTHER_CHAR.test(s) ? s.replace(OTHER_CHARS, '') : s;
}

/** A character compactKey drops, and runs of them. */
const OTHER_CHAR = /[^\u4e00-\u9fff0-9A-Za-z]/;
const OTHER_CHARS = /[^\u4e00-\u9fff0-9A-Za-z]+/g;

/** Offset of `c` in `t` at or after `from`, or t.length when there is none. */
function endOrIndex(t: string, c: string, from: number): number {
  const at = t.indexOf(c, from);
  return at < 0 ? t.length : at;
}

const OPEN = 0xff08;

/** Length of the end a repeated sentence is compared by (with its length and its first MIN_REPEATED_SENTENCE characters). */
const TAIL = 8;

/** Whether t[a - TAIL, a) and t[b - TAIL, b) are the same characters. */
function sameTail(t: string, a: number, b: number): boolean {
  for (let k = 1; k <= TAIL; k++) if (t.charCodeAt(a - k) !== t.charCodeAt(b - k)) return false;
  return true;
}

/** Whether the MIN_REPEATED_SENTENCE characters from `a` and from `b` are the same. */
function sameHead(t: string, a: number, b: number): boolean {
  for (let k = 0; k < MIN_REPEATED_SENTENCE; k++) if (t.charCodeAt(a + k) !== t.charCodeAt(b + k)) return false;
  return true;
}

/** A small-integer hash of the sentence [start, stop) from its length and a few characters of its head and its end (no substring is cut for a map key). */
function sentenceKey(t: string, start: number, stop: number): number {
  const head = t.charCodeAt(start) * 31 + t.charCodeAt(start + 1);
  const end = t.charCodeAt(stop - 2) * 31 + t.charCodeAt(stop - 1);
  return (Math.imul(Math.imul(stop - start, 0x10001) + head, 0x10001) + Math.imul(t.charCodeAt(start + MIN_REPEATED_SENTENCE - 1), 31) + end) & 0x3fffffff;
}

/**
 * Slots probed per sentence at most. A sentence whose probe runs longer is not compared further nor kept: sentences that share their
 * key (same length, head and end, e.g. boilerplate with one word changed) made one long chain, and 16,000 of them took 4.7 s.
 */
const MAX_PROBES = 32;

/** The open-addressing table and the entries of repeatsParagraphs, reused from call to call (allocating typed arrays costs more than clearing them). */
const scratch = { table: new Int32Array(0), entries: new Int32Array(0) };

/** Whether the text repeats several long sentences, as scraped pages whose paragraphs were captured more than once do (bracketed text such as a repeated marker does not count). */
export function repeatsParagraphs(t: string): boolean {
  const most = Math.floor(t.length / MIN_REPEATED_SENTENCE) + 1;
  const size = tableSize(2 * most);
  if (scratch.table.length < size) scratch.table = new Int32Array(size);
  if (scratch.entries.length < 3 * most) scratch.entries = new Int32Array(3 * most);
  /** An open-addressing table of the first sentence of each head, length and end seen so far (entry index + 1; 0 = empty slot), by sentenceKey. */
  const table = scratch.table.fill(0, 0, size);
  /** Each entry's key, start and stop, three numbers per entry. */
  const entries = scratch.entries;
  let count = 0;
  /** Starts of the first occurrences of the sentences seen again. */
  const counted = new Set<number>();
  /** The next 。 and line break; each kind is searched again only once passed, so the scan stays linear. */
  let dot = -1;
  let nl = -1;
  for (let start = 0; start < t.length; ) {
    if (dot < start) dot = endOrIndex(t, '。', start);
    if (nl < start) nl = endOrIndex(t, '\n', start);
    const stop = Math.min(dot, nl);
    if (stop - start >= MIN_REPEATED_SENTENCE && t.charCodeAt(start) !== OPEN) {
      const key = sentenceKey(t, start, stop);
      let slot = key & (size - 1);
      /** Start of the first occurrence of this sentence, or -1. */
      let seen = -1;
      let probes = 0;
      for (let v = table[slot]; v !== 0 && probes < MAX_PROBES; slot = (slot + 1) & (size - 1), v = table[slot], probes++) {
        const k = 3 * (v - 1);
        const seenStart = entries[k + 1];
        const seenStop = entries[k + 2];
        if (entries[k] === key && seenStop - seenStart === stop - start && sameTail(t, seenStop, stop) && sameHead(t, seenStart, start)) {
          seen = seenStart;
          break;
        }
      }
      if (seen < 0 && probes < MAX_PROBES) {
        entries[3 * count] = key;
        entries[3 * count + 1] = start;
        entries[3 * count + 2] = stop;
        table[slot] = ++count;
      } else if (seen >= 0 && !counted.has(seen)) {
        counted.add(seen);
        if (counted.size >= MIN_REPEATS) return true;
      }
    }
    start = stop + 1;
  }
  return false;
}

/** The smallest power of two at least `n`. */
function tableSize(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
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
  const seen = { ids: new Set<string>(), titles: new Set<string>(), unitLists: new Set<string>() };
  /** Kept tasks by title key, with their unit lists once asked: only a task with a title seen before has its unit list compared (most titles are unique). */
  const keptByTitle = new Map<string, { task: T; units: string | null }[]>();
  /** Whether tasks[i] is kept; the sure tasks are read first, then the weak ones. */
  const kept = new Array<boolean>(tasks.length).fill(false);
  for (const weak of [false, true]) {
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i];
      if (Boolean(task.weak) !== weak) continue;
      const title = compactKey(task.title);
      const sameTitle = keptByTitle.get(title);
      const units = sameTitle || repeats ? unitList(task) : '';
      if (sameTitle && hasUnitList(sameTitle, units)) continue;
      if (repeats && (seen.ids.has(task.id) || seen.titles.has(title) || (units && seen.unitLists.has(units)))) continue;
      const entry = { task, units: sameTitle || repeats ? units : null };
      if (sameTitle) sameTitle.push(entry);
      else keptByTitle.set(title, [entry]);
      if (repeats) {
        seen.ids.add(task.id);
        seen.titles.add(title);
        if (units) seen.unitLists.add(units);
      }
      kept[i] = true;
    }
  }
  return tasks.filter((_, i) => kept[i]);
}

/** Whether one of `kept` has the unit list `units` (each kept task's list is made once, when first compared). */
function hasUnitList(kept: { task: DedupeItem; units: string | null }[], units: string): boolean {
  for (const k of kept) {
    k.units ??= unitList(k.task);
    if (k.units === units) return true;
  }
  return false;
}

/** The unit names of a task as one string, the form unit lists are compared in. */
function unitList(task: DedupeItem): string {
  return task.units.map((u) => u.name).join('、');
}
