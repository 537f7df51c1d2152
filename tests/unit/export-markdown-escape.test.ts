import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  inertNoteMarkdown,
  markdownBlockquote,
  markdownTag,
  yamlDate,
  yamlString,
} from '../../lib/export/markdown-escape';
import { pageLink, passageLink, textDirective } from '../../lib/export/text-fragment';

/** What a CommonMark reader shows for backslash escapes: `\` before ASCII punctuation is dropped. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown (page text in a line or table cell)', () => {
  it('escapes every Markdown, GFM and Obsidian special so the text renders as the page said', () => {
    expect(escapeMarkdown('A|B *x* _y_ [z](u) <b> `c` ~~s~~ #标签 $x$ ^id \\')).toBe(
      'A\\|B \\*x\\* \\_y\\_ \\[z\\](u) \\<b\\> \\`c\\` \\~\\~s\\~\\~ \\#标签 \\$x\\$ \\^id \\\\',
    );
    expect(escapeMarkdown('==高亮== %%注释%% a=b 50%')).toBe('\\=\\=高亮\\=\\= \\%\\%注释\\%\\% a=b 50%');
    expect(escapeMarkdown('&amp; &#34; R&D')).toBe('\\&amp; &\\#34; R&D');
  });

  it('turns line breaks into spaces', () => {
    expect(escapeMarkdown('第一行\r\n第二行\n第三行\r第四行')).toBe('第一行 第二行 第三行 第四行');
  });

  it('reads back as the original text for any single line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab中文 *_#|[]()<>`~$^=%&;!\\-+.1'.split('')), maxLength: 60 }), (s) => {
        expect(unescape(escapeMarkdown(s))).toBe(s);
      }),
    );
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    const s = '中国（广西）自由贸易试验区建设实施方案——“证照分离”：第1项；';
    expect(escapeMarkdown(s)).toBe(s);
  });
});

describe('markdownBlockquote (a quoted passage)', () => {
  it('quotes each line, separates paragraphs and trims indentation (including full-width spaces)', () => {
    expect(markdownBlockquote('　　第一段。\n\n    第二段。')).toBe('> 第一段。\n>\n> 第二段。');
  });

  it('keeps line starts from becoming lists, headings or setext underlines', () => {
    expect(markdownBlockquote('4. 推行改革\n- 项目\n+ 加\n# 标题\n> 引用\n===\n12) 款')).toBe(
      ['> 4\\. 推行改革', '> \\- 项目', '> \\+ 加', '> \\# 标题', '> \\> 引用', '> \\=\\=\\=', '> 12\\) 款'].join('\n>\n'),
    );
  });

  it('does not touch a number that is not a list marker', () => {
    expect(markdownBlockquote('2020年1月22日')).toBe('> 2020年1月22日');
  });
});

describe('inertNoteMarkdown (the reader’s own note)', () => {
  it('keeps the reader’s Markdown and shows raw HTML as text', () => {
    expect(inertNoteMarkdown('**重点** <script>alert(1)</script> a < b <!-- x -->')).toBe(
      '**重点** \\<script>alert(1)\\</script> a < b \\<!-- x -->',
    );
  });

  it('leaves fenced code untouched and closes an unclosed fence', () => {
    expect(inertNoteMarkdown('```html\n<b>x</b>\n```\n<i>y</i>')).toBe('```html\n<b>x</b>\n```\n\\<i>y\\</i>');
    expect(inertNoteMarkdown('~~~\n<b>')).toBe('~~~\n<b>\n~~~');
  });

  it('drops surrounding blank lines and normalizes line endings', () => {
    expect(inertNoteMarkdown('\n\n第一行\r\n第二行\n\n')).toBe('第一行\n第二行');
  });
});

describe('YAML values', () => {
  it('quotes every string so quotes, colons, hashes and newlines are safe', () => {
    for (const s of ['a: b', '# x', '"引号"', '第一行\n第二行', '- 列表', 'yes', '@x', '', '\u2028', '\u0085']) {
      const y = yamlString(s);
      expect(y.startsWith('"') && y.endsWith('"')).toBe(true);
      expect(y).not.toMatch(/[\n\r\u2028\u0085]/);
      expect(JSON.parse(y)).toBe(s);
    }
  });

  it('replaces lone surrogates, which YAML and UTF-8 cannot hold', () => {
    expect(JSON.parse(yamlString('a\ud800b'))).toBe('a\ufffdb');
    expect(yamlString('😀')).toBe('"😀"');
  });

  it('leaves ISO dates plain (Obsidian shows a date) and quotes anything else', () => {
    expect(yamlDate('2020-01-22')).toBe('2020-01-22');
    expect(yamlDate('2020年1月')).toBe('"2020年1月"');
  });
});

describe('markdownTag', () => {
  it('gives the Obsidian-safe form of a tag', () => {
    expect(markdownTag('物流')).toBe('物流');
    expect(markdownTag('大宗 商品')).toBe('大宗-商品');
    expect(markdownTag('政策/解读')).toBe('政策/解读');
    expect(markdownTag('A&B, C')).toBe('A-B-C');
    expect(markdownTag('2020')).toBe('_2020');
    expect(markdownTag('🚚物流')).toBe('🚚物流');
    expect(markdownTag('！！')).toBe('_');
  });
});

describe('text fragments', () => {
  it('links a short quote whole, percent-encoded (including - and parentheses)', () => {
    expect(textDirective('自贸区-南宁(片区)')).toBe(`text=${encodeURIComponent('自贸区')}%2D${encodeURIComponent('南宁')}%28${encodeURIComponent('片区')}%29`);
  });

  it('links a long quote by its first and last words, cut at punctuation', () => {
    const q = '支持建设面向东盟的油品、矿产品、木材、粮食、汽车、酒类等国际贸易平台和现货交易中心、交易市场。';
    expect(textDirective(q)).toBe(`text=${encodeURIComponent('支持建设面向东盟的油品')},${encodeURIComponent('交易市场。')}`);
  });

  it('links a quote across paragraphs by the start of the first and the end of the last', () => {
    expect(textDirective('依托现有交易场所\n\n的大宗特色商品交易')).toBe(
      `text=${encodeURIComponent('依托现有交易场所')},${encodeURIComponent('的大宗特色商品交易')}`,
    );
  });

  it('never splits an emoji and gives nothing for blank quotes', () => {
    const d = decodeURIComponent(textDirective('😀'.repeat(40)).slice(5));
    expect(d).toBe(`${'😀'.repeat(12)},${'😀'.repeat(12)}`);
    expect(textDirective(' \n ')).toBe('');
  });

  it('cuts pieces that are a start and an end of the quote, never inside a surrogate pair (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('政', '策', '，', '。', '😀', 'a', ' '), maxLength: 80 }), (q) => {
        const line = q.replace(/\s+/g, ' ').trim();
        const d = textDirective(q);
        if (!line) {
          expect(d).toBe('');
          return;
        }
        const [start, end = start] = d.slice(5).split(',').map(decodeURIComponent);
        expect(line.startsWith(start) && line.endsWith(end)).toBe(true);
        expect(start.length && end.length).toBeGreaterThan(0);
        expect(start + end).toBe((start + end).toWellFormed());
      }),
    );
  });

  it('links only http(s) pages, replacing any fragment', () => {
    expect(passageLink('https://www.gov.cn/a.htm#top', '第一条')).toBe(`https://www.gov.cn/a.htm#:~:text=${encodeURIComponent('第一条')}`);
    expect(passageLink('javascript:alert(1)', 'x')).toBeNull();
    expect(passageLink('not a url', 'x')).toBeNull();
    expect(pageLink('http://x.gov.cn/a(1).htm')).toBe('http://x.gov.cn/a%281%29.htm');
  });
});
