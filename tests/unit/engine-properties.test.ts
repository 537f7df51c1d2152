import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/policy/analyze';
import { AnalysisSchema, type Analysis } from '../../lib/policy/schema';
import { readSeeds } from '../../scripts/seed-files';

/** Pieces of policy text, so random documents hit the markers, headings and deadlines paths. */
const PIECES = [
  '（', '）', '(', ')', '责任单位：', '牵头单位：', '配合单位：', '负责部门：', '适用范围：', '、', '，', '；', '。', '\n', '\n\n',
  '1.', '1．', '2、', '一、', '二、', '（一）', '（二）、', '（1）', '１．', '自治区', '商务厅', '发展改革委', '南宁、钦州港、崇左片区管理机构',
  '各有关设区市人民政府', '负责', '牵头', '参与', '按职责分工负责', '会同', '等', '排在首位的为牵头单位，下同', '排名第一的区直单位为牵头单位',
  '到2021年', '2020年底前', '力争', '每年', '完成时限：', '附件：', '任务分解表.docx', '**', '# ', ' ', '电子公文打印版', '桂政发〔2020〕3号',
  '国令第707号', '2019 年 5 月 20 日', '发布日期:2022-11-30', '：', '关于', '的通知', '主要任务', '保障措施', '〔', '〕', '号', '年', '\u3000',
];

const policyish = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''));

function checkOffsets(text: string, a: Analysis): void {
  const inside = (s: number, e: number) => {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeGreaterThanOrEqual(s);
    expect(e).toBeLessThanOrEqual(text.length);
  };
  for (const h of a.outline) inside(h.start, h.end);
  for (const x of a.attachments) inside(x.start, x.end);
  for (const t of a.tasks) {
    inside(t.start, t.end);
    inside(t.titleStart, t.titleEnd);
    for (const u of t.units) inside(u.start ?? 0, u.end ?? 0);
    for (const d of t.deadlineSpans) inside(d.start, d.end);
  }
}

describe('analyze on any input', () => {
  it('never throws, passes the schema, keeps every offset inside the text (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const a = analyze({ text });
        AnalysisSchema.parse(a);
        checkOffsets(text, a);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, passes the schema, keeps every offset inside the text (policy-like strings)', () => {
    fc.assert(
      fc.property(policyish, (text) => {
        const a = analyze({ text });
        AnalysisSchema.parse(a);
        checkOffsets(text, a);
      }),
      { numRuns: 400 },
    );
  });

  it('survives odd inputs: empty, non-string text, odd tables and tags', () => {
    expect(analyze({ text: '' }).tasks).toEqual([]);
    expect(() => analyze({ text: undefined as unknown as string })).not.toThrow();
    expect(() => analyze(null as unknown as { text: string })).not.toThrow();
    const a = analyze({ text: '正文', infoTable: { '标　　题：': '', 成文日期: '不是日期' }, metaTags: { PubDate: 'x' } });
    expect(AnalysisSchema.parse(a).meta.writtenDate).toBeNull();
  });
});

/** The offsets outside their string that charCodeAt was asked for while `fn` ran. */
function readsOutside(fn: () => void): number[] {
  const charCodeAt = String.prototype.charCodeAt;
  const outside: number[] = [];
  String.prototype.charCodeAt = function (this: string, i: number): number {
    if (!(i >= 0 && i < this.length)) outside.push(i);
    return charCodeAt.call(this, i);
  };
  try {
    fn();
  } finally {
    String.prototype.charCodeAt = charCodeAt;
  }
  return outside;
}

/**
 * V8 answers a charCodeAt past the end of a string by deoptimizing, and from then on calls charCodeAt out of line at that site,
 * in every function it is inlined in: one such read (CharClass.has, inlined in most loops) made the whole engine ~8% slower for
 * the rest of the process. So the engine asks for no character outside its text, on any document.
 */
describe('analyze reads no character outside a string', () => {
  const seeds = readSeeds().map((s) => s.text);

  it('on the seeds, cut anywhere and written with other punctuation, line ends and digits', () => {
    const all = seeds.join('\n\n');
    const texts = [
      ...seeds,
      ...[1, 77, 5000, 9999, 31_337].map((n) => all.slice(0, n)),
      ...seeds.map((s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':')),
      ...seeds.map((s) => s.replace(/\n/g, '\r\n').replace(/。/g, '。 **')),
      ...seeds.map((s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
    ];
    expect(readsOutside(() => texts.forEach((text) => analyze({ text })))).toEqual([]);
  });

  it('on policy-like strings', () => {
    fc.assert(
      fc.property(policyish, (text) => {
        expect(readsOutside(() => analyze({ text }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Median wall time of `fn` in ms. */
function median(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

describe('time stays linear in input size (adversarial inputs)', () => {
  const cases: [string, (n: number) => string][] = [
    ['unmatched （', (n) => '（'.repeat(n)],
    ['1. repeated', (n) => '1.'.repeat(n)],
    ['marker-like brackets', (n) => '（责任单位：自治区商务厅、'.repeat(n / 10)],
    ['markers on one line', (n) => '（自治区商务厅负责）'.repeat(n / 10)],
    ['short numbered lines', (n) => '1. 加快\n'.repeat(n / 6)],
    ['one long line of prose', (n) => '推进改革创新，'.repeat(n / 7)],
    ['labels and colons', (n) => '牵头单位：'.repeat(n / 5)],
  ];
  it.each(cases)('%s: 4× the input takes at most ~12× the time', (_label, make) => {
    const small = make(25_000);
    const large = make(100_000);
    const tSmall = median(() => analyze({ text: small }));
    const tLarge = median(() => analyze({ text: large }));
    expect(tLarge).toBeLessThanOrEqual(12 * tSmall + 25);
  });

  it('100k unmatched （, 100k "1." and a 1 MB line finish quickly', () => {
    for (const text of ['（'.repeat(100_000), '1.'.repeat(100_000), '自治区商务厅负责推进改革，'.repeat(80_000)]) {
      const t0 = performance.now();
      const a = analyze({ text });
      expect(AnalysisSchema.safeParse(a).success).toBe(true);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
