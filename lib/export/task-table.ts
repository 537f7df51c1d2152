/** The 任务分工表 (序号 / 任务 / 牵头单位 / 责任单位 / 时限) as rows, and a Markdown report built on them. */
import type { Analysis, Meta, Recognition } from '../policy/schema';
import { TASK_STATUS_LABELS, type TaskStatus, type TaskStatusValue } from '../store/schema';
import { escapeMarkdown } from './markdown-escape';

/** Markdown escaping of cells (lib/export/markdown-escape.ts), re-exported for the report's callers. */
export { escapeMarkdown };

/** One row of the 任务分工表; CSV export reuses the same rows. */
export interface TaskRow {
  /** 序号, from 1. */
  index: number;
  /** The task's outline path (二.（一）.3). */
  id: string;
  /** 任务: the task's title. */
  task: string;
  /** 牵头单位 (lead units), joined with 、. */
  lead: string;
  /** 责任单位 (co-responsible units), joined with 、. */
  units: string;
  /** 时限: deadlines and targets, joined with ；. */
  deadline: string;
  /** 状态: the reader's status (未开始 / 推进中 / 已完成 / 不相关, '' when not set); present only when statuses were given. */
  status?: string;
  /** 备注: the reader's note on the task ('' when none); present only when notes were given. */
  note?: string;
}

/** The reader's statuses of one document's tasks: task id (outline path) → status. */
export type TaskStatusMap = ReadonlyMap<string, TaskStatusValue>;

/** The status map of one document from the reader's stored task statuses (any documents). */
export function taskStatusMap(statuses: readonly TaskStatus[], docKey: string): TaskStatusMap {
  const out = new Map<string, TaskStatusValue>();
  for (const s of statuses) if (s.docKey === docKey && s.status !== null) out.set(s.taskId, s.status);
  return out;
}

/** The reader's notes on one document's tasks: task id (outline path) → note text. */
export type TaskNoteMap = ReadonlyMap<string, string>;

/** The note map of one document from the reader's stored task statuses (any documents): tasks with a note only. */
export function taskNoteMap(statuses: readonly TaskStatus[], docKey: string): TaskNoteMap {
  const out = new Map<string, string>();
  for (const s of statuses) if (s.docKey === docKey && s.note.trim()) out.set(s.taskId, s.note.trim());
  return out;
}

/** Header of the 状态 column, added when the reader's statuses are given. */
export const STATUS_HEADER = '状态';
/** Header of the 备注 column, added when the reader's task notes are given. */
export const NOTE_HEADER = '备注';

/** Column headers of the 任务分工表, in row order. */
export const TASK_TABLE_HEADERS = ['序号', '任务', '牵头单位', '责任单位', '时限'] as const;

/** The 任务分工表 rows of an analysis, one per task, in document order; with `statuses` / `notes`, each row carries its 状态 / 备注. */
export function taskRows(analysis: Pick<Analysis, 'tasks'>, statuses?: TaskStatusMap, notes?: TaskNoteMap): TaskRow[] {
  return analysis.tasks.map((t, i) => {
    const row: TaskRow = {
      index: i + 1,
      id: t.id,
      task: t.title,
      lead: t.units.filter((u) => u.role === 'lead').map((u) => u.name).join('、'),
      units: t.units.filter((u) => u.role === 'co').map((u) => u.name).join('、'),
      deadline: t.deadlines.join('；'),
    };
    if (statuses) {
      const status = statuses.get(t.id);
      row.status = status ? TASK_STATUS_LABELS[status] : '';
    }
    if (notes) row.note = notes.get(t.id) ?? '';
    return row;
  });
}

/** The column headers for rows with or without the 状态 and 备注 columns. */
export function taskTableHeaders(withStatus: boolean, withNote = false): string[] {
  return [...TASK_TABLE_HEADERS, ...(withStatus ? [STATUS_HEADER] : []), ...(withNote ? [NOTE_HEADER] : [])];
}

/** One row's cells in header order (unescaped; the 状态 / 备注 cells only when the row has them). */
export function taskRowCells(row: TaskRow): string[] {
  const cells = [String(row.index), row.task, row.lead, row.units, row.deadline];
  if (row.status !== undefined) cells.push(row.status);
  if (row.note !== undefined) cells.push(row.note);
  return cells;
}

/**
 * The 任务分工表 as a Markdown table (header and separator only when there are no tasks); with `statuses` (the reader's
 * statuses of this document's tasks) a 状态 column is added, with `notes` (the reader's task notes) a 备注 column.
 */
export function taskTableMarkdown(analysis: Pick<Analysis, 'tasks'>, statuses?: TaskStatusMap, notes?: TaskNoteMap): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const headers = taskTableHeaders(statuses !== undefined, notes !== undefined);
  const rows = taskRows(analysis, statuses, notes).map((r) => line(taskRowCells(r).map(escapeMarkdown)));
  return [line(headers), line(headers.map(() => '---')), ...rows].join('\n');
}

/** `- **label**：value` lines for the facts that have a value. */
function factLines(facts: readonly (readonly [string, string | null | undefined])[]): string[] {
  return facts.filter(([, value]) => value).map(([label, value]) => `- **${label}**：${escapeMarkdown(value as string)}`);
}

/**
 * The document's metadata block as Markdown list lines (文号, 发文机关, 成文日期, 发布日期, 索引号, 主题分类, 主送机关,
 * 公开方式; only those known) and, when given, a link to the page (原文). The CLI report and the notes export share it.
 */
export function metadataLines(meta: Partial<Meta>, pageUrl?: string | null): string[] {
  const lines = factLines([
    ['文号', meta.docNumber],
    ['发文机关', meta.issuer],
    ['成文日期', meta.writtenDate],
    ['发布日期', meta.publishedDate],
    ['索引号', meta.indexNumber],
    ['主题分类', meta.subject],
    ['主送机关', meta.addressees?.join('、') || null],
    ['公开方式', meta.disclosure],
  ]);
  if (pageUrl) lines.push(`- **原文**：<${pageUrl}>`);
  return lines;
}

const KIND_NAMES: Record<Recognition['kind'], string> = {
  policy: '政策文件', interpretation: '解读材料', news: '新闻动态', list: '列表或公示', other: '其他页面',
};

/** A Markdown report: title, recognition, metadata block, then the 任务分工表. */
export function taskReportMarkdown(recognition: Recognition, analysis: Analysis): string {
  const m = analysis.meta;
  const verdict = recognition.isPolicy ? '政策文件' : `未识别为政策文件（${KIND_NAMES[recognition.kind]}）`;
  const leadRule = analysis.leadRule.quote ?? (analysis.tasks.length > 0 ? '按惯例，排在首位的为牵头单位' : null);
  const out = [
    `# ${escapeMarkdown(m.title ?? '未命名文档')}`,
    '',
    ...factLines([
      ['识别结果', `${verdict}，置信度 ${recognition.confidence}`],
      ['识别依据', recognition.reasons.join('；') || null],
    ]),
    ...metadataLines(m),
    ...factLines([['牵头单位规则', leadRule]]),
  ];
  out.push('', `## 任务分工表（${analysis.tasks.length} 项）`, '');
  if (analysis.tasks.length > 0) out.push(taskTableMarkdown(analysis));
  else out.push('未发现带责任单位的任务。');
  for (const a of analysis.attachments.filter((x) => x.holdsTasks)) out.push('', `任务分解在附件中：${escapeMarkdown(a.text)}`);
  return out.join('\n') + '\n';
}
