import { describe, expect, it } from 'vitest';
import { csvField, taskTableCsv, toCsv } from '../../lib/export/csv';
import { taskNoteMap, taskStatusMap } from '../../lib/export/task-table';
import { ANALYSIS_003, STATUSES_003 } from './export-fixtures';
import { DOC_KEY } from './store-fixtures';

/** Parse RFC 4180 CSV (every field quoted) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let field = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      field += text.slice(i, q);
      if (text[q + 1] === '"') {
        field += '"';
        i = q + 2;
      } else {
        i = q + 1;
        break;
      }
    }
    row.push(field);
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      expect(text[i]).toBe(',');
      i++;
    }
  }
  return rows;
}

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM, quotes every field, doubles quotes and ends rows with CRLF', () => {
    const csv = toCsv([['序号', '任务'], ['1', '推行“证照分离”改革 "A", B\n第二行']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\ufeff"序号","任务"\r\n"1","推行“证照分离”改革 ""A"", B\n第二行"\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([['序号', '任务'], ['1', '推行“证照分离”改革 "A", B\n第二行']]);
  });

  it('guards against formula injection: = + - @ tab and CR at the start get an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil","点我")')).toBe('"\'=HYPERLINK(""http://evil"",""点我"")"');
    for (const s of ['+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvField(s)).toBe(`"'${s}"`);
    expect(csvField('1-2')).toBe('"1-2"');
    expect(csvField('')).toBe('""');
  });

  it('writes the 任务分工表 of seed 003 with the same rows as the Markdown, plus 状态 when given', () => {
    const rows = parseCsv(taskTableCsv(ANALYSIS_003, taskStatusMap(STATUSES_003, DOC_KEY)).slice(1));
    expect(rows[0]).toEqual(['序号', '任务', '牵头单位', '责任单位', '时限', '状态']);
    expect(rows).toHaveLength(46);
    expect(rows[4]).toEqual([
      '4',
      '推行“证照分离”改革全覆盖试点',
      '自治区市场监管局',
      '自治区大数据发展局、自治区司法厅、自治区其他各有关单位、南宁片区管理机构、钦州港片区管理机构、崇左片区管理机构',
      '',
      '已完成',
    ]);
    expect(rows[11][5]).toBe('推进中');
    expect(rows[2][5]).toBe('');
    expect(parseCsv(taskTableCsv(ANALYSIS_003, taskStatusMap(STATUSES_003, 'doc:其他')).slice(1)).slice(1).every((r) => r[5] === '')).toBe(true);
    expect(parseCsv(taskTableCsv(ANALYSIS_003).slice(1))[0]).toEqual(['序号', '任务', '牵头单位', '责任单位', '时限']);
  });

  it('adds the reader’s task notes as a 备注 column, line breaks kept inside the field', () => {
    const statuses = [...STATUSES_003, { ...STATUSES_003[2], id: '00000000-0000-4000-9000-000000000009', taskId: '三.（一）.2', status: null, note: '先看细则\n再约谈' }];
    const rows = parseCsv(taskTableCsv(ANALYSIS_003, taskStatusMap(statuses, DOC_KEY), taskNoteMap(statuses, DOC_KEY)).slice(1));
    expect(rows[0]).toEqual(['序号', '任务', '牵头单位', '责任单位', '时限', '状态', '备注']);
    expect(rows[11].slice(5)).toEqual(['推进中', '已约商务厅 12 月中旬碰头。']);
    expect(rows[2].slice(5)).toEqual(['', '先看细则\n再约谈']);
    expect(rows[4].slice(5)).toEqual(['已完成', '']);
  });
});
