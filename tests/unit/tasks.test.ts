import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/policy/analyze';
import { dedupeTasks, repeatsParagraphs } from '../../lib/policy/dedupe';

const tasks = (text: string) => analyze({ text }).tasks.map((t) => [t.id, t.title]);

describe('tasks in a document with markers', () => {
  it('are exactly the marker-carrying items; numbered items without a marker are not tasks', () => {
    const text = [
      '二、重点任务',
      '（一）加大基础设施互联互通',
      '1. 加大铁路建设力度。争取国家支持。（责任单位：自治区交通运输厅）',
      '2. 加大公路建设力度。建设大通道。',
      '（责任单位：自治区交通运输厅、发展改革委）',
      '3. 研究设立协调机制。',
      '三、保障措施',
      '（一）加强组织领导。各牵头单位要切实发挥牵头抓总作用，各责任单位要主动配合。',
    ].join('\n');
    expect(tasks(text)).toEqual([
      ['二.（一）.1', '加大铁路建设力度'],
      ['二.（一）.2', '加大公路建设力度'],
    ]);
  });

  it('makes unnumbered sub-items with their own markers tasks of their own (#n), titled by their first sentence', () => {
    const text = [
      '（三）构筑互联互通的基础设施网络。',
      '1. 构建综合交通运输网络。',
      '航空方面。加快建设南宁机场。（责任单位：自治区发展改革委）',
      '铁路方面。加快建设高铁。',
      '（责任单位：自治区发展改革委、交通运输厅）',
      '2. 提升运输服务水平。加密东盟航线。（责任单位：自治区交通运输厅）',
    ].join('\n');
    expect(tasks(text)).toEqual([
      ['（三）.1#1', '航空方面'],
      ['（三）.1#2', '铁路方面'],
      ['（三）.2', '提升运输服务水平'],
    ]);
  });

  it('ends a sub-item title at its line break when the first line has no sentence end', () => {
    const text = ['1. 构建综合交通运输网络。', '航空方面', '加快建设南宁机场。（责任单位：自治区发展改革委）', '铁路方面。加快建设高铁。（责任单位：自治区交通运输厅）'].join('\n');
    expect(tasks(text)).toEqual([
      ['1#1', '航空方面'],
      ['1#2', '铁路方面'],
    ]);
  });

  it('splits a paragraph holding several markers at each marker', () => {
    const text = '（四）践行绿色生活方式。以绿色生活方式为引领，促进生活垃圾减量。（生态环境部指导）支持发展共享经济，减少资源浪费。（国家发展改革委、商务部指导）';
    const a = analyze({ text });
    expect(a.tasks.map((t) => [t.id, t.title, t.units[0].name])).toEqual([
      ['（四）#1', '以绿色生活方式为引领，促进生活垃圾减量', '生态环境部'],
      ['（四）#2', '支持发展共享经济，减少资源浪费', '国家发展改革委'],
    ]);
  });

  it('spans the whole item, from its label to its marker', () => {
    const text = '9. 提高创新创业能力。加快建设平台。\n加强就业服务平台建设。（责任单位：自治区科技厅）';
    const [t] = analyze({ text }).tasks;
    expect(text.slice(t.start, t.end)).toBe(text);
    expect(text.slice(t.titleStart, t.titleEnd)).toBe('提高创新创业能力');
  });
});

describe('tasks in a document without markers', () => {
  it('are the leaf numbered items under a 任务/措施 section, with no units', () => {
    const text = [
      '一、总体要求',
      '（一）指导思想。以习近平新时代中国特色社会主义思想为指导。',
      '二、重点任务',
      '（一）统筹建设监管工作平台。依托全国一体化在线政务服务平台。',
      '（二）实行抽查事项清单管理。',
      '1. 制定清单。',
      '2. 动态调整。',
      '三、保障措施',
      '（一）加强组织领导。',
      '国务院',
      '2019年1月27日',
    ].join('\n');
    expect(tasks(text)).toEqual([
      ['二.（一）', '统筹建设监管工作平台'],
      ['二.（二）.1', '制定清单'],
      ['二.（二）.2', '动态调整'],
      ['三.（一）', '加强组织领导'],
    ]);
    expect(analyze({ text }).tasks.every((t) => t.units.length === 0)).toBe(true);
  });

  it('finds none in an analysis piece whose points are 一是…二是…', () => {
    expect(tasks('一、热点链接\n会议强调，要深入贯彻。\n二、深度解析\n一是区域板块发展平衡性显著增强。\n二是基本公共服务均等化水平不断提高。')).toEqual([]);
  });
});

describe('repeated paragraphs', () => {
  it('detects a page that repeats long sentences, not one that repeats a marker', () => {
    const sentence = '推动长江经济带发展是以习近平同志为核心的党中央作出的重大决策部署';
    expect(repeatsParagraphs([1, 2, 3].map((k) => `${sentence}${k}。${sentence}${k}。`).join('\n'))).toBe(true);
    expect(repeatsParagraphs('（责任单位：环境保护厅，广西北部湾经济区6市人民政府等）\n'.repeat(5))).toBe(false);
  });

  it('stays linear on many sentences of one length, head and end that differ in one word, and still finds repeats after them', () => {
    const word = (k: number) => String.fromCharCode(0x4e00 + (k % 5000), 0x4e00 + Math.floor(k / 5000));
    const alike = (n: number) => Array.from({ length: n }, (_, k) => `各地区各部门要认真贯彻落实本实施方案的各项部署要求加${word(k)}落实。`).join('\n');
    const time = (text: string) => {
      repeatsParagraphs(text);
      const runs = [0, 1, 2].map(() => {
        const t0 = performance.now();
        repeatsParagraphs(text);
        return performance.now() - t0;
      });
      return runs.sort((a, b) => a - b)[1];
    };
    const [small, large] = [alike(4_000), alike(16_000)];
    expect(repeatsParagraphs(large)).toBe(false);
    expect(time(large)).toBeLessThanOrEqual(8 * time(small) + 25);
    const sentence = '推动长江经济带发展是以习近平同志为核心的党中央作出的重大决策部署';
    expect(repeatsParagraphs(large + '\n' + [1, 2, 3].map((k) => `${sentence}${k}。${sentence}${k}。`).join('\n'))).toBe(true);
  });

  it('keeps the first of tasks with the same title and units; on scraped pages the same id or units too, sure ids first', () => {
    const u = (n: string) => [{ name: n }];
    const list = [
      { id: 'a.1', title: '推进改革', units: u('甲') },
      { id: 'a.2', title: '推进改革', units: u('甲') },
      { id: 'a.3', title: '推进开放', units: u('甲') },
      { id: 'a.1', title: '其他', units: u('乙'), weak: true },
      { id: 'a.4', title: '其他', units: u('丙') },
    ];
    expect(dedupeTasks(list, false).map((t) => t.id)).toEqual(['a.1', 'a.3', 'a.1', 'a.4']);
    expect(dedupeTasks(list, true).map((t) => t.id)).toEqual(['a.1', 'a.4']);
  });

  it('gives a repeated task once on a scraped page, under the item its marker ends', () => {
    const para = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，推动高质量发展。';
    const text = `${para}${para}${para}${para}\n三、主要任务（一）构建产业链。1．精准承接传统产业转移。积极承接产业。（责任单位：自治区工业和信息化厅）2．推动新兴产业深度对接。深度对接。（责任单位：自治区科技厅）3．大力对接现代服务业。${para}\n1．精准承接传统产业转移。积极承接产业。（责任单位：自治区工业和信息化厅）2．推动新兴产业深度对接。`;
    const a = analyze({ text });
    expect(a.tasks.map((t) => [t.id, t.title, t.units[0].name])).toEqual([
      ['三.（一）.1', '精准承接传统产业转移', '自治区工业和信息化厅'],
      ['三.（一）.2', '推动新兴产业深度对接', '自治区科技厅'],
    ]);
  });
});
