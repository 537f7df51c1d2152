/** Locate a page's main content: gov.cn content containers first, then ContentStart/ContentEnd markers, then Readability, then body. */
import type { Readability } from '@mozilla/readability';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { bodyOf, commonAncestor, textLengthCapped } from './dom';
import type { TextMapBounds } from './text-map';

/** Known content containers of gov.cn content systems, most specific first (www.gov.cn UCAP, TRS, Hanweb #zoom…). */
export const CONTENT_SELECTORS: readonly string[] = [
  '#UCAP-CONTENT', '.TRS_UEDITOR', '.TRS_Editor', '.trs_editor_view', '#zoom', '#Zoom', '.pages_content',
  '#ivs_content', '.article-content', '.article_content',
];
const ANY_CONTAINER = [...CONTENT_SELECTORS, 'meta[name="ContentStart"]', 'meta[name="contentstart"]'].join(',');

/** How the main content was found. */
export type MainContentSource = 'container' | 'markers' | 'readability' | 'body' | 'none';

/** The main content element, how it was found, and text-map bounds when markers delimit it inside the element. */
export interface MainContent {
  element: Element | null;
  source: MainContentSource;
  /** The container selector or marker names that matched. */
  via: string;
  bounds: TextMapBounds;
}

const MIN_CONTAINER_TEXT = 20;
const MAX_READABILITY_ELEMENTS = 30000;
/** Readability's readerable gate counts characters; a Chinese character carries about what 2–3 Latin ones do. */
const READERABLE = { minContentLength: 60, minScore: 20 };

/** Whether the document has a known content container or a ContentStart marker (one native query: cheap enough for the pre-gate). */
export function hasContentContainer(doc: Document): boolean {
  try {
    return doc.querySelector(ANY_CONTAINER) !== null;
  } catch {
    return false;
  }
}

/** The first known container with some text (the longest match of its selector). */
function findContainer(doc: Document): { element: Element; selector: string } | null {
  for (const selector of CONTENT_SELECTORS) {
    const found = doc.querySelectorAll(selector);
    let best: Element | null = null;
    let bestLen = MIN_CONTAINER_TEXT - 1;
    for (let i = 0; i < found.length; i++) {
      const n = textLengthCapped(found[i]);
      if (n > bestLen) {
        best = found[i];
        bestLen = n;
      }
    }
    if (best) return { element: best, selector };
  }
  return null;
}

/** `<meta name="ContentStart">` … `<meta name="ContentEnd">` inside the body: the element holding both, with bounds. */
function findMarkers(doc: Document): MainContent | null {
  const metas = doc.querySelectorAll('meta[name]');
  let start: Element | null = null;
  let end: Element | null = null;
  for (let i = 0; i < metas.length; i++) {
    const name = (metas[i].getAttribute('name') ?? '').toLowerCase();
    if (name === 'contentstart' && !start) start = metas[i];
    else if (name === 'contentend' && start) end = metas[i];
  }
  if (!start) return null;
  const element = end ? commonAncestor([start, end]) : start.parentElement;
  if (!element || element.localName === 'head') return null;
  return { element, source: 'markers', via: end ? 'ContentStart/ContentEnd' : 'ContentStart', bounds: { startAfter: start, endBefore: end } };
}

/** Pair every Text node of a fresh clone with its original (the clone has the same shape until Readability edits it). */
function pairTextNodes(original: Document, clone: Document): Map<Node, Text> {
  const pairs = new Map<Node, Text>();
  let a: Node | null = original.documentElement;
  let b: Node | null = clone.documentElement;
  while (a && b) {
    if (a.nodeType === 3) pairs.set(b, a as Text);
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && a !== original.documentElement && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || a === original.documentElement) break;
    a = a.nextSibling;
    b = b?.nextSibling ?? null;
  }
  return pairs;
}

/** The Readability class: bundled in the CLI, loaded into a page only when that page needs it (see `needsReadability`). */
export type ReadabilityClass = typeof Readability;

/** Readability on a clone, mapped back to the original page: the lowest element holding the article's text nodes. */
function findWithReadability(doc: Document, Readability: ReadabilityClass): Element | null {
  if (!readerable(doc)) return null;
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairTextNodes(doc, clone);
  const article = new Readability<Node>(clone, {
    serializer: (node: Node) => node,
    maxElemsToParse: MAX_READABILITY_ELEMENTS,
  }).parse();
  const content = article?.content;
  if (!content) return null;
  const originals: Text[] = [];
  const walker = clone.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const o = pairs.get(n);
    if (o && o.data.trim()) originals.push(o);
  }
  const lca = commonAncestor(originals);
  return lca && lca.localName !== 'body' && lca.localName !== 'html' ? lca : null;
}

/** Whether Readability could take the page: not too many elements (it would refuse), and reader-able text (its cheap gate). */
function readerable(doc: Document): boolean {
  return doc.getElementsByTagName('*').length <= MAX_READABILITY_ELEMENTS && isProbablyReaderable(doc, READERABLE);
}

/** Whether Readability should be loaded to locate this main content: none was found but the body, and the page is reader-able. Never throws. */
export function needsReadability(doc: Document, main: MainContent): boolean {
  try {
    return main.source === 'body' && readerable(doc);
  } catch {
    return false;
  }
}

/**
 * The page's main content: a known container, the markers, then Readability when it is given, then the body; never
 * throws (a document without body gives `{ element: null, source: 'none' }`).
 */
export function findMainContent(doc: Document, readability: ReadabilityClass | null = null): MainContent {
  try {
    const container = findContainer(doc);
    if (container) return { element: container.element, source: 'container', via: container.selector, bounds: {} };
    const markers = findMarkers(doc);
    if (markers) return markers;
  } catch {
    // Fall through to the next strategy.
  }
  if (readability) {
    try {
      const found = findWithReadability(doc, readability);
      if (found) return { element: found, source: 'readability', via: 'Readability', bounds: {} };
    } catch {
      // Readability gave up (too many elements, odd DOM): use the body.
    }
  }
  const body = bodyOf(doc);
  return body ? { element: body, source: 'body', via: 'body', bounds: {} } : { element: null, source: 'none', via: '', bounds: {} };
}
