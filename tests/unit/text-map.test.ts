import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../lib/page/text-map';
import { findMainContent } from '../../lib/page/main-content';
import { govcnPage, htmlDoc, TestRange } from '../helpers/html';

function mapOf(html: string): { map: TextMap; doc: Document } {
  const doc = htmlDoc(`<div id="root">${html}</div>`);
  return { map: buildTextMap(doc.getElementById('root')!), doc };
}

const rangeText = (r: Range | null) => (r ? (r as unknown as TestRange).toString() : null);

describe('buildTextMap: the text', () => {
  it('turns <br> and block boundaries into line breaks', () => {
    expect(mapOf('<p>一、总体要求</p><p>第一段<br>第二行</p><div>尾</div>').map.text).toBe('一、总体要求\n第一段\n第二行\n尾\n');
  });

  it('keeps inline runs together (spans, strong, 楷体 styles)', () => {
    const { map } = mapOf('<p><strong>一、</strong><span style="font-family:楷体">加大东融铁路</span>规划建设力度</p>');
    expect(map.text).toBe('一、加大东融铁路规划建设力度\n');
  });

  it('maps &nbsp; to a space and keeps full-width spaces', () => {
    expect(mapOf('<p>国务院&nbsp;&nbsp;办公厅</p><p>标　　题</p>').map.text).toBe('国务院  办公厅\n标　　题\n');
  });

  it('collapses source whitespace like a browser and drops it at line starts', () => {
    expect(mapOf('<p>\n   关于加强\n   管理的通知  </p>\n  <p>  正文 </p>').map.text).toBe('关于加强 管理的通知 \n正文 \n');
  });

  it('keeps whitespace inside <pre>', () => {
    expect(mapOf('<pre>a\n  b</pre>').map.text).toBe('a\n  b\n');
  });

  it('skips hidden elements (hidden attribute, inline display:none / visibility:hidden, hide classes) and script/style/noscript/template', () => {
    const html = `<p>可见</p><p hidden>隐藏1</p><p style="DISPLAY: none">隐藏2</p><span style="visibility:hidden">隐藏3</span>
      <div class="box hide">隐藏4</div><script>var x = "脚本";</script><style>p{}</style><noscript>无脚本</noscript>
      <template><p>模板</p></template><p>也可见</p>`;
    expect(mapOf(html).map.text).toBe('可见\n也可见\n');
  });

  it('separates table cells with tabs and rows with line breaks', () => {
    const html = '<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>建设铁路</td><td>自治区交通运输厅</td></tr></table>';
    expect(mapOf(html).map.text).toBe('序号\t任务\t牵头单位\t\n1\t建设铁路\t自治区交通运输厅\t\n');
  });

  it('maps the real page text: title lines, 文号, addressees and paragraphs on their own lines', () => {
    const main = findMainContent(govcnPage('01'));
    const { text } = buildTextMap(main.element!, main.bounds);
    expect(text.startsWith('国务院关于在市场监管领域全面推行\n部门联合“双随机、一公开”监管的意见\n国发〔2019〕5号\n')).toBe(true);
    expect(text).toContain('\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n');
    expect(text).toContain('\n一、总体要求\n');
    expect(text).not.toContain('扫一扫');
  });

  it('does not overflow the stack on deeply nested markup', () => {
    const depth = 20000;
    const { map } = mapOf('<span>'.repeat(depth) + '深' + '</span>'.repeat(depth));
    expect(map.text).toBe('深');
  });
});

describe('TextMap: from offsets back to the DOM', () => {
  it('gives a Range across several nodes whose text is the span', () => {
    const { map } = mapOf('<p>（一）<span>加大东融铁路</span><b>规划建设</b>力度。（责任单位：自治区交通运输厅）</p>');
    const s = map.text.indexOf('加大');
    const e = map.text.indexOf('力度') + 2;
    const r = map.rangeFor(s, e) as unknown as TestRange;
    expect(r.toString()).toBe('加大东融铁路规划建设力度');
    expect((r.startContainer as Text).data).toBe('加大东融铁路');
    expect(r.endOffset).toBe(2);
  });

  it('leaves inserted line breaks at the edges of a span out of the Range', () => {
    const { map } = mapOf('<p>第一段</p><p>第二段</p>');
    expect(rangeText(map.rangeFor(3, map.text.length))).toBe('第二段');
    expect(rangeText(map.rangeFor(0, 4))).toBe('第一段');
  });

  it('returns null for empty, inverted, out-of-range and break-only spans', () => {
    const { map } = mapOf('<p>甲</p><p>乙</p>');
    expect(map.rangeFor(1, 1)).toBeNull();
    expect(map.rangeFor(2, 1)).toBeNull();
    expect(map.rangeFor(1, 2)).toBeNull();
    expect(map.rangeFor(100, 200)).toBeNull();
    expect(rangeText(map.rangeFor(-5, 1))).toBe('甲');
  });

  it('returns null instead of throwing when the page changed under the map', () => {
    const { map } = mapOf('<p>一段较长的文字</p>');
    (map.pointAt(0)!.node as Text).data = '短';
    expect(map.rangeFor(3, 6)).toBeNull();
  });

  it('maps a DOM point back to its text offset (a reader selection)', () => {
    const { map } = mapOf('<p>前文<span>  任务  标题</span></p>');
    const p = map.pointAt(map.text.indexOf('标题'))!;
    expect(map.offsetOf(p.node, p.offset)).toBe(map.text.indexOf('标题'));
    expect(map.offsetOf(htmlDoc('<p>x</p>').body.firstChild!.firstChild!, 0)).toBeNull();
  });
});

describe('TextMap properties', () => {
  const word = fc.constantFrom('政', '策', '任务', '牵头', '（一）', '1．', '\u3000', '\u00a0', '&nbsp;', 'a', '：');
  const visibleText = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
  const anyText = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\n\t ', '<', '&amp;', '&')), { maxLength: 6 }).map((w) => w.join(''));
  const tags = ['p', 'div', 'span', 'b', 'strong', 'li', 'td', 'tr', 'table', 'h3', 'font'];

  function tree(text: fc.Arbitrary<string>, extra: string[]): fc.Arbitrary<string> {
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constant('<br>'),
        fc.tuple(fc.constantFrom(...tags, ...extra), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => {
          const [name, attrs] = t.split('|');
          return `<${name}${attrs ? ' ' + attrs : ''}>${kids.join('')}</${name}>`;
        }),
      ),
    }));
    return fc.array(node, { maxLength: 5 }).map((k) => k.join(''));
  }

  it('never throws on random or malformed markup, and every mapped character matches its node', () => {
    const hidden = ['p|hidden', 'span|style="display:none"', 'div|class="hide"', 'script', 'style', 'pre'];
    const junk = fc.constantFrom('', '<p', '</div></div>', '<td>', '<!--', '<br/>', '<![CDATA[x]]>');
    fc.assert(
      fc.property(tree(anyText, hidden), junk, (html, tail) => {
        const { map } = mapOf(html + tail);
        for (let i = 0; i < map.text.length; i++) {
          const ch = map.text[i];
          const p = map.pointAt(i);
          if (ch === '\n' || ch === '\t') continue;
          expect(p).not.toBeNull();
          const orig = p!.node.data[p!.offset];
          expect(/[ \t\n\r\f\u00a0]/.test(orig) ? ' ' : orig).toBe(ch);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: rangeFor(s, e).toString() equals text.slice(s, e) for spans without inserted breaks', () => {
    fc.assert(
      fc.property(tree(visibleText, []), fc.nat(), fc.nat(), (html, a, b) => {
        const { map } = mapOf(html);
        const n = map.text.length;
        if (n === 0) return;
        let s = a % n;
        let e = s + 1 + (b % (n - s));
        const brk = map.text.slice(s, e).search(/[\n\t]/);
        if (brk === 0) return;
        if (brk > 0) e = s + brk;
        s = Math.min(s, e - 1);
        expect(rangeText(map.rangeFor(s, e))?.replace(/\u00a0/g, ' ')).toBe(map.text.slice(s, e));
      }),
      { numRuns: 500 },
    );
  });
});

describe('TextMap speed', () => {
  function page(paragraphs: number): Element {
    const p = '<p>（一）<span style="font-family:楷体">加大东融铁路规划建设力度</span>。推进南宁至深圳高铁建设&nbsp;（责任单位：自治区交通运输厅、发展改革委）</p>';
    return htmlDoc(`<div id="root">${p.repeat(paragraphs)}</div>`).getElementById('root')!;
  }
  /** CPU milliseconds of one mapping: time spent waiting for a busy machine's cores does not count. */
  const time = (root: Element) => {
    const t0 = process.cpuUsage();
    buildTextMap(root);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };

  it('maps a 10,000-paragraph page without freezing and grows linearly (8× the input: far from the 64× of quadratic)', () => {
    const small = page(1250);
    const big = page(10000);
    time(small);
    const tSmall = Math.min(time(small), time(small), time(small), time(small), time(small));
    const tBig = Math.min(time(big), time(big), time(big));
    expect(buildTextMap(big).text.length).toBeGreaterThan(450000);
    expect(tBig).toBeLessThan(3000);
    expect(tBig / Math.max(tSmall, 1)).toBeLessThan(30);
  });
});
