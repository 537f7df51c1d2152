/** The text map: the main content's text as the engine reads it, with a map from text offsets back to DOM (Text node, offset). */
import { runSteps } from './slicer';

/** A DOM boundary point inside a Text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** The analysed text of an element and the way back from its offsets to the page. */
export interface TextMap {
  /** The text handed to the engine: `<br>` and block boundaries → '\n', table cells → '\t', &nbsp; → ' ', whitespace runs collapsed. */
  readonly text: string;
  /** The DOM point of a text offset; `bias: 'end'` gives the point just after the character before `offset` (for range ends). */
  pointAt(offset: number, bias?: 'start' | 'end'): TextPoint | null;
  /** A DOM Range covering text[start, end) (across nodes; inserted '\n'/'\t' at the edges are skipped); null when nothing maps. */
  rangeFor(start: number, end: number, doc?: Document): Range | null;
  /** The text offset of a DOM point inside a mapped Text node (e.g. a reader's selection); null when the node is not mapped. */
  offsetOf(node: Node, offset: number): number | null;
}

/** Optional bounds: map only what lies after `startAfter` and before `endBefore` (ContentStart / ContentEnd markers). */
export interface TextMapBounds {
  startAfter?: Node | null;
  endBefore?: Node | null;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'head', 'title', 'meta', 'link', 'select', 'textarea', 'map',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);
const CELL_TAGS = new Set(['td', 'th']);
const HIDE_CLASSES = new Set(['hide', 'hidden', 'is-hidden', 'd-none', 'display-none', 'sr-only', 'visually-hidden']);
const HAS_ASCII_SPACE = /[ \t\n\r\f]/;
const NBSP = /\u00a0/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** Whether an element is hidden by attribute, inline style or an obvious class name (no getComputedStyle: it forces style recalc). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && style.length < 2000) {
    const s = style.toLowerCase().replace(/\s+/g, '');
    if (s.includes('display:none') || s.includes('visibility:hidden')) return true;
  }
  const cls = el.getAttribute('class');
  if (cls && (cls.includes('hid') || cls.includes('none') || cls.includes('only'))) {
    for (const c of cls.toLowerCase().split(/\s+/)) if (HIDE_CLASSES.has(c)) return true;
  }
  return false;
}

/** Accumulates output pieces and the parallel segment arrays (segment i maps text[starts[i], starts[i+1]) 1:1 to nodes[i] from offsets[i]). */
class Builder {
  parts: string[] = [];
  len = 0;
  starts: number[] = [];
  nodes: (Text | null)[] = [];
  offsets: number[] = [];
  /** At the start or right after an inserted '\n' / '\t': leading whitespace is dropped. */
  atBreak = true;
  /** The last output is a collapsible space: further whitespace is dropped. */
  afterSpace = false;
  lastOut = '';
  active = true;
  pre = 0;

  seg(node: Text | null, offset: number): void {
    this.starts.push(this.len);
    this.nodes.push(node);
    this.offsets.push(offset);
  }

  insert(ch: '\n' | '\t'): void {
    this.seg(null, 0);
    this.parts.push(ch);
    this.len += 1;
    this.lastOut = ch;
    this.atBreak = true;
    this.afterSpace = false;
  }

  newline(): void {
    if (this.active && this.len > 0 && this.lastOut !== '\n') this.insert('\n');
  }

  cellEnd(): void {
    if (this.active && this.len > 0 && this.lastOut !== '\n' && this.lastOut !== '\t') this.insert('\t');
  }

  text(node: Text): void {
    const d = node.data;
    if (!this.active || !d) return;
    if (this.pre > 0 || !HAS_ASCII_SPACE.test(d)) {
      this.seg(node, 0);
      this.push(d.replace(NBSP, ' '), d.length);
      this.afterSpace = false;
      return;
    }
    const n = d.length;
    let open = false;
    let i = 0;
    while (i < n) {
      if (isSpace(d.charCodeAt(i))) {
        let j = i + 1;
        while (j < n && isSpace(d.charCodeAt(j))) j++;
        if (this.atBreak || this.afterSpace) {
          open = false;
        } else {
          if (!open || j - i > 1) this.seg(node, i);
          open = j - i === 1;
          this.push(' ', 1);
          this.afterSpace = true;
        }
        i = j;
      } else {
        let k = i + 1;
        while (k < n && !isSpace(d.charCodeAt(k))) k++;
        if (!open) this.seg(node, i);
        open = true;
        this.push(d.slice(i, k).replace(NBSP, ' '), k - i);
        this.afterSpace = false;
        i = k;
      }
    }
  }

  private push(s: string, n: number): void {
    this.parts.push(s);
    this.len += n;
    this.lastOut = s[s.length - 1];
    this.atBreak = false;
  }
}

function enter(b: Builder, tag: string): void {
  if (tag === 'br') {
    if (b.active) b.insert('\n');
  } else if (BLOCK_TAGS.has(tag)) b.newline();
  if (tag === 'pre') b.pre++;
}

function leave(b: Builder, tag: string): void {
  if (CELL_TAGS.has(tag)) b.cellEnd();
  else if (BLOCK_TAGS.has(tag)) b.newline();
  if (tag === 'pre') b.pre--;
}

function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** How many nodes are walked between two checks of the time budget. */
const NODES_PER_CHECK = 512;

/** Walk `root`'s text in document order into `b` (iteratively: deep trees cannot overflow the stack); pauses every few hundred nodes. */
function* walk(root: Element, bounds: TextMapBounds, b: Builder, maxChars: number): Generator<void, void, void> {
  b.active = !bounds.startAfter;
  let count = 0;
  let node: Node | null = root.firstChild;
  while (node && b.len < maxChars) {
    if (++count % NODES_PER_CHECK === 0) yield;
    let descend = false;
    if (node.nodeType === 3) b.text(node as Text);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el === bounds.endBefore) break;
      const tag = tagOf(el);
      if (!SKIP_TAGS.has(tag) && !isHidden(el)) {
        enter(b, tag);
        if (el.firstChild) descend = true;
        else leave(b, tag);
      }
    }
    if (node === bounds.startAfter) b.active = true;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(b, tagOf(node as Element));
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** The text map of `root` as steps: it pauses (yields) every few hundred nodes; with `maxChars`, it stops once that much text is mapped. */
export function* textMapSteps(root: Element, bounds: TextMapBounds = {}, maxChars = Infinity): Generator<void, TextMap, void> {
  const b = new Builder();
  try {
    yield* walk(root, bounds, b, maxChars);
  } catch {
    // A node that changed under us: keep what was mapped so far.
  }
  return makeMap(b, root);
}

/** Build the text map of `root` in one go (the CLI, tests, small pages). */
export function buildTextMap(root: Element, bounds: TextMapBounds = {}, maxChars = Infinity): TextMap {
  return runSteps(textMapSteps(root, bounds, maxChars));
}

/** A text map with no text (a page that was not analysed). */
export function emptyTextMap(): TextMap {
  return { text: '', pointAt: () => null, rangeFor: () => null, offsetOf: () => null };
}

function makeMap(b: Builder, root: Element): TextMap {
  const text = b.parts.join('');
  const { starts, nodes, offsets } = b;
  const len = text.length;
  const firstSegOf = new Map<Node, number>();
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]) firstSegOf.set(nodes[i]!, i);

  const segAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const segEnd = (i: number): number => (i + 1 < starts.length ? starts[i + 1] : len);

  /** Segment index and DOM point for a range start (forward over inserted characters) or end (backward). */
  const locate = (offset: number, bias: 'start' | 'end'): { seg: number; point: TextPoint } | null => {
    if (starts.length === 0 || offset < 0 || offset > len) return null;
    if (bias === 'start') {
      if (offset >= len) return null;
      let i = segAt(offset);
      if (nodes[i]) return { seg: i, point: { node: nodes[i]!, offset: offsets[i] + offset - starts[i] } };
      while (i < starts.length && !nodes[i]) i++;
      return i < starts.length ? { seg: i, point: { node: nodes[i]!, offset: offsets[i] } } : null;
    }
    if (offset <= 0) return null;
    let i = segAt(offset - 1);
    if (nodes[i]) return { seg: i, point: { node: nodes[i]!, offset: offsets[i] + offset - starts[i] } };
    while (i >= 0 && !nodes[i]) i--;
    return i >= 0 ? { seg: i, point: { node: nodes[i]!, offset: offsets[i] + segEnd(i) - starts[i] } } : null;
  };

  return {
    text,
    pointAt(offset, bias = 'start') {
      return locate(offset, bias)?.point ?? null;
    },
    rangeFor(start, end, doc) {
      const s = Math.max(0, Math.floor(start));
      const e = Math.min(len, Math.floor(end));
      if (!(s < e)) return null;
      const a = locate(s, 'start');
      const z = locate(e, 'end');
      if (!a || !z || a.seg > z.seg || starts[a.seg] >= e) return null;
      try {
        const range = (doc ?? root.ownerDocument).createRange();
        range.setStart(a.point.node, a.point.offset);
        range.setEnd(z.point.node, z.point.offset);
        return range;
      } catch {
        return null;
      }
    },
    offsetOf(node, offset) {
      let j = firstSegOf.get(node);
      if (j === undefined) return null;
      while (j + 1 < nodes.length && nodes[j + 1] === node && offset >= offsets[j + 1]) j++;
      if (offset < offsets[j]) return starts[j];
      return starts[j] + Math.min(offset - offsets[j], segEnd(j) - starts[j]);
    },
  };
}
