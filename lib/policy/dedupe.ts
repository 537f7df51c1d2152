/** Repeated tasks on scraped pages (paragraphs repeated, out of order): the same task is reported once, at its first occurrence. */

/** A sentence this long that occurs twice is a repeated paragraph, not a formula. */
const MIN_REPEATED_SENTENCE = 25;
/** This many distinct repeated sentences make a page "scraped with repeats". */
const MIN_REPEATS = 3;

/** Han characters, ASCII letters and digits only: the form titles are compared in. */
export function compactKey(s: string): string {
  return s.replace(/[^\u4e00-\u9fff0-9A-Za-z]+/g, '');
}

/** Whether the text repeats several long sentences, as scraped pages whose paragraphs were captured more than once do (bracketed text such as a repeated marker does not count). */
export function repeatsParagraphs(t: string): boolean {
  const seen = new Set<string>();
  const counted = new Set<string>();
  let dot = -1;
  let nl = -1;
  /** Offset of the next 。 or line break at or after `from`; each kind is searched again only once passed, so the scan stays linear. */
  const nextStop = (from: number): number => {
    if (dot < from && dot !== t.length) dot = t.indexOf('。', from) < 0 ? t.length : t.indexOf('。', from);
    if (nl < from && nl !== t.length) nl = t.indexOf('\n', from) < 0 ? t.length : t.indexOf('\n', from);
    return Math.min(dot, nl);
  };
  let start = 0;
  let stop = nextStop(0);
  while (start < t.length) {
    if (stop - start >= MIN_REPEATED_SENTENCE && t[start] !== '（') {
      const key = `${stop - start}:${t.slice(start, start + MIN_REPEATED_SENTENCE)}${t.slice(stop - 8, stop)}`;
      if (!seen.has(key)) seen.add(key);
      else if (!counted.has(key)) {
        counted.add(key);
        if (counted.size >= MIN_REPEATS) return true;
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
  const keys = new Set<string>();
  const kept = new Set<T>();
  const visit = (task: T) => {
    const units = task.units.map((u) => u.name).join('、');
    const title = compactKey(task.title);
    const own = [`t:${title}|${units}`];
    if (repeats) own.push(`i:${task.id}`, `T:${title}`);
    if (repeats && units) own.push(`u:${units}`);
    if (own.some((k) => keys.has(k))) return;
    own.forEach((k) => keys.add(k));
    kept.add(task);
  };
  tasks.filter((t) => !t.weak).forEach(visit);
  tasks.filter((t) => t.weak).forEach(visit);
  return tasks.filter((t) => kept.has(t));
}
