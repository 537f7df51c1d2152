/** Fallback painting for browsers without the Highlight API: wrap text in <policylens-mark> elements. */
import type { PaintItem } from './paint';

/** Tag name of the wrapping element (a custom element name: never styled by the page by accident). */
export const MARK_TAG = 'policylens-mark';

interface Segment {
  node: Text;
  start: number;
  end: number;
  kind: string;
}

function segmentsOf(doc: Document, item: PaintItem): Segment[] {
  const { range } = item;
  const out: Segment[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    out.push({ node: root as Text, start: range.startOffset, end: range.endOffset, kind: item.kind });
    return out;
  }
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!range.intersectsNode(text)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) out.push({ node: text, start, end, kind: item.kind });
  }
  return out;
}

/** Wrap every item's text; later segments of a node first, so earlier offsets stay valid. */
export function paintByWrapping(doc: Document, items: PaintItem[]): void {
  const byNode = new Map<Text, Segment[]>();
  for (const item of items) {
    for (const seg of segmentsOf(doc, item)) {
      const list = byNode.get(seg.node) ?? [];
      list.push(seg);
      byNode.set(seg.node, list);
    }
  }
  for (const [node, segs] of byNode) {
    segs.sort((a, b) => b.start - a.start);
    let lastStart = Number.POSITIVE_INFINITY;
    for (const seg of segs) {
      const end = Math.min(seg.end, lastStart);
      if (end <= seg.start) continue;
      const tail = node.splitText(end);
      const middle = node.splitText(seg.start);
      const mark = doc.createElement(MARK_TAG);
      mark.dataset.kind = seg.kind;
      middle.parentNode!.insertBefore(mark, tail);
      mark.appendChild(middle);
      lastStart = seg.start;
    }
  }
}

/** Remove every wrapping element, restoring the page's text nodes. */
export function unpaintWrapped(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(MARK_TAG))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
