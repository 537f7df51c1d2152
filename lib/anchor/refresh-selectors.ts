/** After a fuzzy re-anchor, the selectors that describe the passage where it now is, so the next load anchors exactly. */
import type { Selectors } from '../store/schema';
import type { AnchorMatch } from './match-quote';
import { describe } from './selectors';

/**
 * The selectors to store for a note re-anchored on `text`: new quote, context, position and `taskPath` when the match
 * was fuzzy (the quote changed slightly or moved with edits), null when nothing should change — an exact or position
 * match (the stored selectors still find it exactly), an orphan (`match` null), or an identical description.
 */
export function refreshedSelectors(
  text: string,
  stored: Selectors,
  match: AnchorMatch | null,
  taskPath: string | null,
): Selectors | null {
  if (!match || match.method !== 'fuzzy' || match.end <= match.start || match.end > text.length) return null;
  const next = describe(text, match.start, match.end, taskPath);
  return sameSelectors(stored, next) ? null : next;
}

/** Whether two selector sets are equal field by field. */
export function sameSelectors(a: Selectors, b: Selectors): boolean {
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.taskPath === b.taskPath
  );
}
