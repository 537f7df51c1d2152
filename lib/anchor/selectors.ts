/** Describe a selected passage of a page's main text as a W3C-style selector set (quote with context, position, task path). */
import type { Selectors } from '../store/schema';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Move an offset off the middle of a surrogate pair (toward `dir`: -1 before it, +1 after it). */
function snap(text: string, offset: number, dir: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const splits = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return splits ? offset + (dir < 0 ? -1 : 1) : offset;
}

/**
 * Selectors for text[start, end): the exact quote, 32 characters of prefix and suffix, the position, and the task path.
 * Offsets are clamped into the text and ordered; surrogate pairs are never split.
 */
export function describe(text: string, start: number, end: number, taskPath: string | null = null): Selectors {
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(text.length, Math.max(0, Math.trunc(x))) : 0);
  let s = clamp(Math.min(start, end));
  let e = clamp(Math.max(start, end));
  s = snap(text, s, -1);
  e = snap(text, e, 1);
  const prefixStart = snap(text, Math.max(0, s - CONTEXT_LENGTH), 1);
  const suffixEnd = snap(text, Math.min(text.length, e + CONTEXT_LENGTH), -1);
  return {
    quote: { exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) },
    position: { start: s, end: e },
    taskPath,
  };
}
