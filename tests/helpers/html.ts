/** Test helpers: linkedom documents from HTML strings, fixtures, the real gov.cn pages in ../shared, and a DOM Range for linkedom. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** Project root (tests run from it). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The 60 real www.gov.cn page fragments, read at test time (never copied into the project). */
export const GOVCN_DIR = resolve(ROOT, '../shared/pages/govcn-2019');

/** A linkedom Document; fragments without `<html>` are wrapped the way the CLI wraps them. */
export function htmlDoc(html: string): Document {
  const full = /<html[\s>]/i.test(html.slice(0, 5000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return withRanges(parseHTML(full).document as unknown as Document);
}

/** A hand-written page under tests/fixtures/pages/. */
export function fixturePage(name: string): Document {
  return htmlDoc(readFileSync(resolve(ROOT, 'tests/fixtures/pages', name), 'utf8'));
}

/** One entry of ../shared/pages/govcn-2019/index.json. */
export interface GovcnEntry {
  id: string;
  url: string;
  title: string;
  no: string;
  index: string;
  office: string;
}

/** The index of the real gov.cn pages. */
export function govcnIndex(): GovcnEntry[] {
  return JSON.parse(readFileSync(resolve(GOVCN_DIR, 'index.json'), 'utf8')) as GovcnEntry[];
}

/** A real gov.cn page ("01"…"60") as a linkedom Document. */
export function govcnPage(id: string): Document {
  return htmlDoc(readFileSync(resolve(GOVCN_DIR, `${id}.html`), 'utf8'));
}

function nextInOrder(n: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  let cur: Node | null = n;
  while (cur && !cur.nextSibling) cur = cur.parentNode;
  return cur ? cur.nextSibling : null;
}

/** The part of DOM Range that text maps use, for linkedom (whose Range has no setStart/setEnd/toString). */
export class TestRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;

  setStart(node: Node, offset: number): void {
    if (offset < 0 || offset > ((node as Text).data ?? '').length) throw new RangeError('IndexSizeError');
    this.startContainer = node;
    this.startOffset = offset;
  }

  setEnd(node: Node, offset: number): void {
    if (offset < 0 || offset > ((node as Text).data ?? '').length) throw new RangeError('IndexSizeError');
    this.endContainer = node;
    this.endOffset = offset;
  }

  /** Like Range.toString(): the data of every Text node between the boundary points, in document order. */
  toString(): string {
    const s = this.startContainer as Text;
    const e = this.endContainer as Text;
    if (s === e) return s.data.slice(this.startOffset, this.endOffset);
    const out = [s.data.slice(this.startOffset)];
    for (let n = nextInOrder(s); n && n !== e; n = nextInOrder(n)) if (n.nodeType === 3) out.push((n as Text).data);
    out.push(e.data.slice(0, this.endOffset));
    return out.join('');
  }
}

/** Give a linkedom document a `createRange()` returning a TestRange. */
export function withRanges(doc: Document): Document {
  (doc as unknown as { createRange: () => TestRange }).createRange = () => new TestRange();
  return doc;
}
