/** Shared fixtures of the export tests: seed 003 analysed by the real engine, and a few notes on it as a reader would keep them. */
import { describe as describeSelection } from '../../lib/anchor/selectors';
import type { ExportDoc } from '../../lib/export/notes-markdown';
import { analyze } from '../../lib/policy/analyze';
import type { Note, TaskStatus } from '../../lib/store/schema';
import { DOC_KEY, PAGE_URL, SEED_003 } from './store-fixtures';

/** The real engine's analysis of seed 003. */
export const ANALYSIS_003 = analyze({ text: SEED_003 });

/** Seed 003 as an export document. */
export const DOC_003: ExportDoc = { docKey: DOC_KEY, url: PAGE_URL, analysis: ANALYSIS_003 };

/** A fixed time: 2026-11-20 09:30 Beijing time. */
export const T0 = Date.UTC(2026, 10, 20, 1, 30);

/** A note on seed 003 quoting `passage` (its `occurrence`-th match), with the task path the page would give it. */
export function seedNote(n: number, passage: string, fields: Partial<Note> = {}, occurrence = 0): Note {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = SEED_003.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`passage not in seed 003: ${passage}`);
  const task = ANALYSIS_003.tasks.find((t) => t.start <= start && start < t.end);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url: PAGE_URL,
    docKey: DOC_KEY,
    docTitle: '中国（广西）自由贸易试验区建设实施方案',
    docNumber: '桂政发〔2020〕3号',
    selectors: describeSelection(SEED_003, start, start + passage.length, task?.id ?? null),
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: T0 + n * 60_000,
    updatedAt: T0 + n * 60_000,
    deletedAt: null,
    ...fields,
  };
}

/** Five notes on seed 003: inside tasks, across a page break, on a numbered line, outside any task, and a deleted one. */
export const NOTES_003: Note[] = [
  seedNote(1, '支持建设面向东盟的油品、矿产品、木材、粮食、汽车、酒类等国际贸易平台和现货交易中心、交易市场。', {
    note: '**重点**：与物流园区的 *仓储* 规划对接。\n\n- 问商务厅进度\n- 年底前报送 <b>台账</b>',
    tags: ['物流', '大宗 商品'],
  }),
  seedNote(2, '依托现有交易场所依法合规开展面向东盟\n\n的大宗特色商品交易', { color: 'blue', tags: ['物流'] }),
  seedNote(3, '4. 推行“证照分离”改革全覆盖试点。', { color: 'green', note: '已在 #营商环境 专题里汇总。', tags: ['营商环境'] }),
  seedNote(4, '以制度创新为核心，以政策创新为支撑', {
    color: 'pink',
    note: '<script>alert("x")</script> 这句是总基调 | 见 [总体方案]',
    tags: ['2020'],
  }),
  seedNote(5, '推动中国—东盟博览会升级发展', { note: '已删除的批注', deletedAt: T0 + 3_600_000 }),
];

/** The reader's statuses of three tasks of seed 003. */
export const STATUSES_003: TaskStatus[] = [
  { id: '00000000-0000-4000-9000-000000000001', docKey: DOC_KEY, taskId: '三.（二）.11', status: 'doing', note: '已约商务厅 12 月中旬碰头。', updatedAt: T0 },
  { id: '00000000-0000-4000-9000-000000000002', docKey: DOC_KEY, taskId: '三.（一）.4', status: 'done', note: '', updatedAt: T0 },
  { id: '00000000-0000-4000-9000-000000000003', docKey: DOC_KEY, taskId: '三.（一）.1', status: 'na', note: '', updatedAt: T0 },
];
