/** The page side of the analysis: read the DOM — meta tags, gate, 信息公开 table, main content, its text map — into facts the engine side judges. */
import type { PageFacts } from '../messages';
import { linkStats } from './dom';
import { pageFacts } from './gatekeeper';
import { readInfoTable } from './info-table';
import { findMainContent, needsReadability, type MainContent, type ReadabilityClass } from './main-content';
import { readMetaTags } from './meta-tags';
import { quickGate } from './quick-gate';
import { emptyTextMap, textMapSteps, type TextMap } from './text-map';

/** What the page side holds after reading: the facts for the verdict, where the main content is, and the text map (a prefix or all of it). */
export interface CollectedPage {
  facts: PageFacts;
  main: MainContent;
  textMap: TextMap;
  /** The text map covers the whole main content (not only its first `maxChars`). */
  complete: boolean;
  /** Reading stopped before the text: only Readability can locate the main content, and it is not loaded yet. */
  wantsReadability: boolean;
}

const NO_MAIN: MainContent = { element: null, source: 'none', via: '', bounds: {} };

/**
 * Read the page as steps (pausing between parts and every few hundred nodes); the text map stops after `maxChars`.
 * `readability` locates the main content when no known container or marker does; `undefined` means "not loaded yet":
 * a page that needs it stops before its text with `wantsReadability` (load it, then read again); `null`: use the body.
 */
export function* collectSteps(
  doc: Document,
  url: string,
  maxChars: number,
  readability: ReadabilityClass | null | undefined,
): Generator<void, CollectedPage, void> {
  const gate = quickGate(doc, url);
  const facts = pageFacts(doc, url, gate, readMetaTags(doc));
  if (!gate.pass) return { facts, main: NO_MAIN, textMap: emptyTextMap(), complete: true, wantsReadability: false };
  yield;
  facts.infoTable = readInfoTable(doc);
  yield;
  const main = findMainContent(doc, readability ?? null);
  const wantsReadability = readability === undefined && needsReadability(doc, main);
  if (!main.element || wantsReadability) return { facts, main, textMap: emptyTextMap(), complete: true, wantsReadability };
  facts.hasMain = true;
  yield;
  const links = linkStats(main.element);
  facts.linkDensity = links.density;
  facts.linkCount = links.count;
  yield;
  const textMap = yield* textMapSteps(main.element, main.bounds, maxChars);
  return { facts, main, textMap, complete: textMap.text.length < maxChars, wantsReadability: false };
}

/** The rest of the page's text: the whole main content mapped again (after a prefix judged worth it). */
export function* completeSteps(page: CollectedPage): Generator<void, CollectedPage, void> {
  if (page.complete || !page.main.element) return page;
  const textMap = yield* textMapSteps(page.main.element, page.main.bounds);
  return { ...page, textMap, complete: true };
}
