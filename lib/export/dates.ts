/** Dates of exports in China Standard Time (UTC+8, no daylight saving), so the same instant always prints the same. */

const OFFSET_MS = 8 * 3600 * 1000;

/** The UTC+8 wall-clock fields of an instant (ms epoch), as an ISO string without zone: YYYY-MM-DDTHH:MM:SS. */
function wallClock(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + OFFSET_MS);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

const DAY_MS = 86_400_000;
/** Dates already formatted, by day number (an export of 10,000 notes touches few days). */
const dateCache = new Map<number, string>();

/** The date of an instant in Beijing time: YYYY-MM-DD ('' for an invalid time). */
export function beijingDate(ms: number): string {
  const day = Math.floor((ms + OFFSET_MS) / DAY_MS);
  let date = dateCache.get(day);
  if (date === undefined) {
    date = wallClock(ms)?.slice(0, 10) ?? '';
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(day, date);
  }
  return date;
}

/** An instant as ISO 8601 in Beijing time: 2026-11-22T18:56:00+08:00 ('' for an invalid time). */
export function beijingDateTime(ms: number): string {
  const w = wallClock(ms);
  return w ? `${w}+08:00` : '';
}
