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

/** Links under `el` and the share of its text that sits inside them (list and index pages are mostly links). */
export function linkStats(el: Element | null): { count: number; density: number } {
  if (!el) return { count: 0, density: 0 };
  try {
    const links = el.getElementsByTagName('a');
    const total = (el.textContent ?? '').replace(/\s+/g, '').length;
    let inLinks = 0;
    for (let i = 0; i < links.length; i++) inLinks += (links[i].textContent ?? '').replace(/\s+/g, '').length;
    return { count: links.length, density: total > 0 ? Math.min(1, inLinks / total) : 0 };
  } catch {
    return { count: 0, density: 0 };
  }
}
