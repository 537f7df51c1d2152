/** Dates of exports in China Standard Time (UTC+8, no daylight saving), so the same instant always prints the same. */

const OFFSET_MS = 8 * 3600 * 1000;

/** The UTC+8 wall-clock fields of an instant (ms epoch), as an ISO string without zone: YYYY-MM-DDTHH:MM:SS. */
function wallClock(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms + OFFSET_MS);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

/** The date of an instant in Beijing time: YYYY-MM-DD ('' for an invalid time). */
export function beijingDate(ms: number): string {
  return wallClock(ms)?.slice(0, 10) ?? '';
}

/** An instant as ISO 8601 in Beijing time: 2026-11-22T18:56:00+08:00 ('' for an invalid time). */
export function beijingDateTime(ms: number): string {
  const w = wallClock(ms);
  return w ? `${w}+08:00` : '';
}
