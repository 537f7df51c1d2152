/**
 * The content script's first look at a page, cheap enough for every gov.cn page: load the reader (the full reading,
 * highlights and notes: entrypoints/reader.ts), or stop here — a list, a search page, too little text, or a page
 * that declares itself a 解读, a news item, a 公示 list… in its 栏目, title or address.
 */
import type { PageFacts } from '../messages';
import { pageTitle, safeTitle } from './dom';
import { readMetaTags } from './meta-tags';
import { quickGate } from './quick-gate';
import { declaredVeto } from './recognize';

/** Load the reader, or stop with the facts the background records for the popup and the side panel. */
export type PageGate = { load: true } | { load: false; facts: PageFacts };

/** The facts of a page before its main content is read (no info table, no links, no main content yet). */
export function pageFacts(doc: Document, url: string, gate: PageFacts['gate'], metaTags: PageFacts['metaTags']): PageFacts {
  return { url, title: safeTitle(doc), pageTitle: pageTitle(doc), gate, metaTags, infoTable: {}, linkDensity: 0, linkCount: 0, hasMain: false };
}

/** Decide from the quick gate, the meta tags, the titles and the address. Never throws. */
export function pageGate(doc: Document, url: string): PageGate {
  const gate = quickGate(doc, url);
  const metaTags = readMetaTags(doc);
  if (!gate.pass) return { load: false, facts: pageFacts(doc, url, gate, metaTags) };
  const declared = declaredVeto({ url, metaTags, pageTitle: pageTitle(doc) });
  if (!declared || declared.kind === 'policy') return { load: true };
  return { load: false, facts: pageFacts(doc, url, { pass: false, kind: declared.kind, reason: declared.reasons[0] ?? '' }, metaTags) };
}
