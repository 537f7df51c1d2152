/** The 任务分工表 as CSV that Excel (including Chinese Excel and WPS) opens correctly. */
import type { Analysis } from '../policy/schema';
import { wellFormed } from './markdown-escape';
import { taskRowCells, taskRows, taskTableHeaders, type TaskNoteMap, type TaskStatusMap } from './task-table';

/** UTF-8 byte order mark: without it Excel reads a CSV file as the system code page (GBK) and garbles Chinese. */
const BOM = '\ufeff';

/**
 * Characters that make a spreadsheet read a cell as a formula (= + - @) or that some spreadsheets strip first (tab, CR).
 * Formula-injection guard (OWASP "CSV injection"): such a cell gets a leading apostrophe, which Excel shows as plain
 * text and does not display; the cell's text is otherwise kept, so `=SUM(A1)` in a page stays readable, never runs.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One CSV field: formula guard applied, always quoted, quotes doubled, lone surrogates replaced. */
export function csvField(value: string): string {
  const text = wellFormed(value);
  const guarded = text.length > 0 && FORMULA_START.has(text[0]) ? `'${text}` : text;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** Rows as a CSV file: UTF-8 BOM, every field quoted, CRLF after every row (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The 任务分工表 as CSV (序号 / 任务 / 牵头单位 / 责任单位 / 时限, plus 状态 / 备注 when the reader's statuses / task notes are given). */
export function taskTableCsv(analysis: Pick<Analysis, 'tasks'>, statuses?: TaskStatusMap, notes?: TaskNoteMap): string {
  const rows = taskRows(analysis, statuses, notes).map(taskRowCells);
  return toCsv([taskTableHeaders(statuses !== undefined, notes !== undefined), ...rows]);
}
