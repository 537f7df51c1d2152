/** Small DOM helpers shared by lib/page: safe access to a document's parts, whatever the DOM implementation. */

/** The document's `<body>`, or null when there is none (linkedom throws on `doc.body` without a root element). */
export function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.documentElement ? doc.body ?? null : null;
  } catch {
    return null;
  }
}

/** Collapse every run of whitespace (incl. &nbsp; and the full-width space 　) to one space and trim. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** document.title, or '' when the DOM implementation has none. */
export function safeTitle(doc: Document): string {
  try {
    return doc.title ?? '';
  } catch {
    return '';
  }
}

/** The page's own title without the site suffix ("…的通知_政府信息公开专栏" → "…的通知"). */
export function pageTitle(doc: Document): string {
  try {
    return cleanText(doc.title).split(/_|\||｜| - /)[0].trim();
  } catch {
    return '';
  }
}

/** The element's text with whitespace cleaned; never throws. */
export function textOf(el: Element | null | undefined): string {
  try {
    return cleanText(el?.textContent);
  } catch {
    return '';
  }
}

/** The lowest element containing every node of `nodes` (null when `nodes` is empty). */
export function commonAncestor(nodes: Node[]): Element | null {
  let lca: Node | null = nodes[0] ?? null;
  while (lca && lca.nodeType !== 1) lca = lca.parentNode;
  for (let i = 1; i < nodes.length && lca; i++) {
    const n = nodes[i];
    while (lca && !(lca === n || lca.contains(n))) lca = lca.parentNode;
  }
  return lca && lca.nodeType === 1 ? (lca as Element) : null;
}

/** Counting stops here: past it, a text is simply "long" (keeps 5 MB pages cheap). */
const COUNT_CAP = 50_000;

/** Number of non-whitespace characters of `s`, counted up to `cap` (a loop: no regex copy of a huge string). */
export function visibleLength(s: string, cap = COUNT_CAP): number {
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** Non-whitespace characters of the text under `el`, counted up to `cap`: the walk stops there (never builds a huge string). */
export function textLengthCapped(el: Element, cap = COUNT_CAP): number {
  const walker = (el.ownerDocument ?? (el as unknown as Document)).createTreeWalker(el, 4);
  let n = 0;
  for (let t = walker.nextNode(); t && n < cap; t = walker.nextNode()) n += visibleLength((t as Text).data, cap - n);
  return n;
}

/** Links under `el` and the share of its text that sits inside them (list and index pages are mostly links). */
export function linkStats(el: Element | null): { count: number; density: number } {
  if (!el) return { count: 0, density: 0 };
  try {
    const links = el.getElementsByTagName('a');
    const total = textLengthCapped(el);
    let inLinks = 0;
    for (let i = 0; i < links.length && inLinks < total; i++) inLinks += textLengthCapped(links[i]);
    return { count: links.length, density: total > 0 ? Math.min(1, inLinks / total) : 0 };
  } catch {
    return { count: 0, density: 0 };
  }
}
