/**
 * The text map's properties in real Chromium: the Node tests run it on linkedom; here the same code (lib/page/text-map.ts,
 * bundled with esbuild) maps random DOM trees parsed and laid out by the browser, and the browser's own rendering
 * (innerText) is the oracle for which characters are visible.
 */
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/browser';
import { bundleForPage } from './bundle';

let browser: Browser;
let page: Page;

/** Classes the text map treats as hidden, hidden for real by the test page's style sheet (as real sites do). */
const HIDE_CSS = '.hide, .hidden, .d-none, .sr-only { display: none }';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${HIDE_CSS}</style></head><body><div id="root"></div></body></html>`);
  await page.addScriptTag({ content: await bundleForPage('lib/page/text-map.ts', '__plTextMap') });
});
afterAll(async () => {
  await browser?.close();
});

/** What one random tree broke (empty when every property holds). */
interface Check {
  text: string;
  problems: string[];
}

/**
 * In the page: map `html` and check every property, returning the violations (runs in the browser: self-contained).
 * `spans` are [start, end) pairs as fractions of the text, `exact` asks for the strict Range.toString() comparison.
 */
function checkInPage([html, spans, exact]: [string, [number, number][], boolean]): Check {
  type Map = import('../../lib/page/text-map').TextMap;
  const lib = (globalThis as unknown as { __plTextMap: typeof import('../../lib/page/text-map') }).__plTextMap;
  const root = document.getElementById('root')!;
  root.innerHTML = html;
  const problems: string[] = [];
  let map: Map;
  try {
    map = lib.buildTextMap(root);
  } catch (e) {
    return { text: '', problems: [`buildTextMap threw: ${String(e)}`] };
  }
  const { text } = map;
  const n = text.length;
  const isBreak = (c: string) => c === '\n' || c === '\t';
  const strip = (s: string) => s.replace(/\s+/g, '');
  try {
    // The browser's rendering shows exactly the characters the map keeps (whitespace aside).
    if (strip(root.innerText) !== strip(text)) problems.push(`visible text differs: innerText ${JSON.stringify(root.innerText)}`);

    // Every DOM point of every text node maps inside the text (or is unmapped).
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const mapped: Text[] = [];
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      for (let k = 0; k <= t.data.length; k++) {
        const o = map.offsetOf(t, k);
        if (o !== null && !(Number.isInteger(o) && o >= 0 && o <= n)) problems.push(`offsetOf(${JSON.stringify(t.data)}, ${k}) = ${o} outside [0, ${n}]`);
        if (o !== null && k === 0) mapped.push(t);
      }
    }

    // Every character the map kept points at its own character in the page, and that point maps back to it.
    for (let i = 0; i < n; i++) {
      if (isBreak(text[i])) continue;
      const p = map.pointAt(i);
      if (!p || !root.contains(p.node) || p.offset < 0 || p.offset >= p.node.data.length) {
        problems.push(`pointAt(${i}) outside the page`);
        continue;
      }
      const ch = p.node.data[p.offset];
      if ((/\s/.test(ch) && ch !== '\u3000' ? ' ' : ch) !== text[i]) problems.push(`pointAt(${i}) is ${JSON.stringify(ch)}, text has ${JSON.stringify(text[i])}`);
      const back = map.offsetOf(p.node, p.offset);
      if (back !== i) problems.push(`offsetOf(pointAt(${i})) = ${back}`);
    }

    // A range of the text covers its characters in the page: its boundaries map back, its visible text is the slice.
    for (const [fs, fe] of spans) {
      const s = Math.floor(fs * n);
      const e = Math.min(n, s + 1 + Math.floor(fe * (n - s)));
      const slice = text.slice(s, e);
      const range = map.rangeFor(s, e, document);
      const first = [...slice].findIndex((c) => !isBreak(c));
      if (first < 0) {
        if (range) problems.push(`rangeFor(${s}, ${e}) over breaks only is not null`);
        continue;
      }
      if (!range) {
        problems.push(`rangeFor(${s}, ${e}) is null for ${JSON.stringify(slice)}`);
        continue;
      }
      let last = slice.length;
      while (isBreak(slice[last - 1])) last--;
      const start = map.offsetOf(range.startContainer, range.startOffset);
      const end = map.offsetOf(range.endContainer, range.endOffset);
      if (start !== s + first || end !== s + last) problems.push(`rangeFor(${s}, ${e}) maps back to [${start}, ${end}), not [${s + first}, ${s + last})`);
      // Only the mapped (visible) text nodes count: Range.toString() would include hidden elements' text too.
      let visible = '';
      for (const t of mapped) {
        if (!range.intersectsNode(t)) continue;
        const a = t === range.startContainer ? range.startOffset : 0;
        const b = t === range.endContainer ? range.endOffset : t.data.length;
        visible += t.data.slice(a, b);
      }
      if (strip(visible) !== strip(slice)) problems.push(`rangeFor(${s}, ${e}) shows ${JSON.stringify(visible)}, text has ${JSON.stringify(slice)}`);
      if (exact) {
        const shown = range.toString().replace(/\u00a0/g, ' ');
        const want = slice.slice(first, last).replace(/[\n\t]/g, '');
        if (shown !== want) problems.push(`rangeFor(${s}, ${e}).toString() = ${JSON.stringify(shown)}, want ${JSON.stringify(want)}`);
      }
    }
  } catch (e) {
    problems.push(`threw: ${String(e)}`);
  }
  return { text, problems };
}

const words = ['政', '策', '任务', '牵头', '（一）', '1．', '\u3000', '&nbsp;', '\u00a0', 'a', '：', '😀'];
const spaces = [' ', '  ', '\n\t ', '\n'];
const inline = ['span', 'b', 'strong', 'font', 'em', 'span|style="font-family:楷体"'];
const blocks = ['p', 'div', 'h3', 'li', 'section', 'blockquote'];
const hiders = ['p|hidden', 'span|style="display:none"', 'span|style="visibility: hidden"', 'div|class="box hide"', 'span|class="sr-only"', 'script', 'style', 'noscript', 'template'];

/** Random markup: text, <br>, nested inline and block elements, tables (well formed), and with `rough` whitespace, <pre> and hidden parts. */
function markup(rough: boolean): fc.Arbitrary<string> {
  const text = fc.array(fc.constantFrom(...words, ...(rough ? spaces : [])), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
  const element = (tag: string, kids: string[]) => {
    const [name, attrs] = tag.split('|');
    return `<${name}${attrs ? ' ' + attrs : ''}>${kids.join('')}</${name}>`;
  };
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.constant('<br>'),
      fc.tuple(fc.constantFrom(...inline, ...blocks, ...(rough ? [...hiders, 'pre'] : [])), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => element(t, kids)),
      fc
        .array(fc.array(fc.array(tie('node'), { maxLength: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
        .map((rows) => `<table><tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c.join('')}</td>`).join('')}</tr>`).join('')}</tbody></table>`),
    ),
  }));
  return fc.array(node, { minLength: 1, maxLength: 5 }).map((k) => k.join(''));
}

const spans = fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true })), { minLength: 1, maxLength: 8 });

async function holds(html: string, s: [number, number][], exact: boolean): Promise<void> {
  const result = await page.evaluate(checkInPage, [html, s, exact] as [string, [number, number][], boolean]);
  expect(result.problems, `${html}\n→ ${JSON.stringify(result.text)}`).toEqual([]);
}

describe('the text map in Chromium (fast-check, seeded)', () => {
  it('never throws on random markup with hidden parts, <pre> and source whitespace; offsets stay in the text; points and ranges round-trip', async () => {
    await fc.assert(
      fc.asyncProperty(markup(true), spans, (html, s) => holds(html, s, false)),
      { numRuns: 200, seed: 0x5eed_0009 },
    );
  });

  it('on visible markup (blocks, <br>, tables, &nbsp;, full-width spaces, spans) a range shows exactly its slice of the text', async () => {
    await fc.assert(
      fc.asyncProperty(markup(false), spans, (html, s) => holds(html, s, true)),
      { numRuns: 200, seed: 0x5eed_0010 },
    );
  });
});
