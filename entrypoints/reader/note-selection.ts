/** Read the reader's selection as a passage [start, end) of the main content's text map, or say why it cannot carry a note. */
import { MAX_SELECTION_LENGTH } from '../../lib/content-messages';
import type { TextMap } from '../../lib/page/text-map';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Why a selection cannot carry a note (each has a message in lib/i18n/messages.ts). */
export type SelectionRefusal = 'empty' | 'outside' | 'partly' | 'too-long' | 'own-ui';

/** A selection read: a passage of the text map with its on-screen box, or a refusal (with the box, when there is one). */
export type SelectionRead =
  | { kind: 'passage'; start: number; end: number; rect: DOMRect }
  | { kind: 'refused'; why: SelectionRefusal; rect: DOMRect | null };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u3000';
}

/**
 * The text offset of a selection boundary: the boundary itself when it lies in a mapped Text node, else the nearest
 * mapped text after it (a start) or before it (an end) inside `main` — e.g. a triple-click ends at (nextParagraph, 0).
 */
function boundaryOffset(doc: Document, main: Element, map: TextMap, node: Node, offset: number, side: 'start' | 'end'): number | null {
  if (node.nodeType === 3) {
    const direct = map.offsetOf(node, offset);
    if (direct !== null) return direct;
  }
  const probe = doc.createRange();
  probe.setStart(node, offset);
  const walker = doc.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  let found: number | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (side === 'start' && probe.comparePoint(n, n.length) > 0) {
      const o = map.offsetOf(n, 0);
      if (o !== null) return o;
    }
    if (side === 'end') {
      if (probe.comparePoint(n, 0) >= 0) break;
      found = map.offsetOf(n, n.length) ?? found;
    }
  }
  return found;
}

type SelectableRoot = ShadowRoot & { getSelection?(): Selection | null };

/** Whether a selection lies in or over the extension's UI host (Chrome reports a selection inside a shadow tree only through it). */
function touchesOwnUi(range: Range, ownHost: Element): boolean {
  const shadow = ownHost.shadowRoot as SelectableRoot | null;
  const inner = shadow?.getSelection?.();
  if (inner?.anchorNode && inner.anchorNode.getRootNode() === shadow) return true;
  return range.intersectsNode(ownHost) || range.startContainer.getRootNode() === shadow || range.endContainer.getRootNode() === shadow;
}

/**
 * Read the document's selection against the main content: collapsed → `empty`; not touching `main` → `outside`
 * (or `own-ui` inside `ownHost`, the extension's UI); reaching out of it → `partly`; whitespace only → `empty`;
 * over MAX_SELECTION_LENGTH characters → `too-long`. Never throws.
 */
export function readSelection(doc: Document, main: Element | null, map: TextMap, ownHost: Element | null): SelectionRead {
  try {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { kind: 'refused', why: 'empty', rect: null };
    const range = sel.getRangeAt(0);
    const rect = range.getBoundingClientRect();
    if (ownHost && touchesOwnUi(range, ownHost)) return { kind: 'refused', why: 'own-ui', rect };
    if (!main || !range.intersectsNode(main)) return { kind: 'refused', why: sel.toString().trim() ? 'outside' : 'empty', rect };
    if (!main.contains(range.startContainer) || !main.contains(range.endContainer)) return { kind: 'refused', why: 'partly', rect };
    let start = boundaryOffset(doc, main, map, range.startContainer, range.startOffset, 'start');
    let end = boundaryOffset(doc, main, map, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || start >= end) {
      return { kind: 'refused', why: sel.toString().trim() ? 'outside' : 'empty', rect };
    }
    const text = map.text;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (start >= end) return { kind: 'refused', why: 'empty', rect };
    if (end - start > MAX_SELECTION_LENGTH) return { kind: 'refused', why: 'too-long', rect };
    return { kind: 'passage', start, end, rect };
  } catch {
    return { kind: 'refused', why: 'empty', rect: null };
  }
}

/** Wait after the last selectionchange before reading a keyboard or scripted selection. */
const SETTLE_MS = 250;

/**
 * Call `onSettled` when the reader has made a selection: on mouseup, or once selectionchange events settle while no
 * mouse button is down (keyboard and scripted selections). Events from the extension's own UI (`isOwnUi`) are ignored.
 */
export function watchSelection(ctx: ContentScriptContext, isOwnUi: (e: Event) => boolean, onSettled: () => void): void {
  let pointerDown = false;
  let timer: number | undefined;
  ctx.addEventListener(document, 'mousedown', (e: MouseEvent) => {
    if (!isOwnUi(e)) pointerDown = true;
  }, { capture: true });
  ctx.addEventListener(document, 'mouseup', (e: MouseEvent) => {
    pointerDown = false;
    if (!isOwnUi(e)) ctx.setTimeout(onSettled, 0);
  }, { capture: true });
  ctx.addEventListener(document, 'selectionchange', () => {
    window.clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      if (!pointerDown) onSettled();
    }, SETTLE_MS);
  });
}

/** Width the toolbar is given (CSS max-width of .pl-toolbar). */
const TOOLBAR_WIDTH = 300;

/** Where the toolbar stands (viewport pixels): just above the selection, below it near the top, top centre without one. */
export function toolbarPosition(rect: DOMRect | null, viewport: { width: number; height: number }): { x: number; y: number } {
  const x = Math.max(8, Math.min((rect?.left ?? viewport.width / 2) - 20, viewport.width - TOOLBAR_WIDTH));
  if (!rect) return { x, y: 16 };
  return { x, y: rect.top >= 52 ? rect.top - 44 : Math.min(rect.bottom + 8, viewport.height - 48) };
}
