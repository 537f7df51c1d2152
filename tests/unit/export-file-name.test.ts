import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, safeNamePart } from '../../lib/export/file-name';

const DATE = Date.UTC(2026, 10, 21, 20, 0); // 2026-11-22 04:00 in Beijing

describe('exportFileName', () => {
  it('names a file after the 文号, what it holds, and the Beijing date', () => {
    expect(exportFileName({ docNumber: '桂政发〔2020〕3号', title: '方案', label: '批注', date: DATE, ext: 'md' })).toBe(
      '桂政发〔2020〕3号-批注-2026-11-22.md',
    );
  });

  it('falls back to the title, then to 政策透镜', () => {
    expect(exportFileName({ docNumber: null, title: '中国（广西）自由贸易试验区建设实施方案', label: '任务分工表', date: DATE, ext: 'csv' })).toBe(
      '中国（广西）自由贸易试验区建设实施方案-任务分工表-2026-11-22.csv',
    );
    expect(exportFileName({ label: '备份', date: DATE, ext: 'json' })).toBe('政策透镜-备份-2026-11-22.json');
    expect(exportFileName({ docNumber: '  ', title: '???', label: '备份', date: DATE, ext: 'json' })).toBe('_-备份-2026-11-22.json');
  });

  it('replaces characters Windows and macOS forbid, and hidden ones', () => {
    const name = exportFileName({ title: 'a/b\\c:d*e?f"g<h>i|j\u202etxt.exe\u0000', label: '批注', date: DATE, ext: 'md' });
    expect(name).toBe('a_b_c_d_e_f_g_h_i_j_txt.exe_-批注-2026-11-22.md');
  });

  it('avoids leading dots, trailing dots and reserved device names', () => {
    expect(exportFileName({ title: '..hidden', label: '', date: NaN, ext: 'md' })).toBe('hidden.md');
    expect(exportFileName({ title: 'CON', label: '', date: NaN, ext: 'md' })).toBe('_CON.md');
    expect(exportFileName({ title: 'x', label: '批注', date: DATE, ext: '../md' })).toBe('x-批注-2026-11-22.md');
  });

  it('caps long titles and stays within 200 UTF-8 bytes for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 40 }), (title, label) => {
        const name = exportFileName({ title, label, date: DATE, ext: 'md' });
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
        expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(name).not.toMatch(/^[.\s]/);
        expect(name.endsWith('.md')).toBe(true);
        expect(name).toBe(name.toWellFormed());
      }),
    );
    expect(Array.from(safeNamePart('字'.repeat(100)))).toHaveLength(60);
  });
});
