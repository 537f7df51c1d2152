import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAll, matchQuote } from '../../lib/anchor/match-quote';
import { describe as describeSelection } from '../../lib/anchor/selectors';

const SEED = readFileSync(new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url), 'utf8');

/** Selectors for the first occurrence of `passage` in the seed. */
function select(passage: string, from = 0) {
  const start = SEED.indexOf(passage, from);
  if (start < 0) throw new Error(`not in seed: ${passage}`);
  return describeSelection(SEED, start, start + passage.length);
}

/** Replace the first occurrence of `from` (which must exist) in the seed. */
function edit(from: string, to: string, text = SEED): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`not in text: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** The paragraph (line) holding `passage`. */
function lineOf(passage: string): string {
  const i = SEED.indexOf(passage);
  const start = SEED.lastIndexOf('\n', i) + 1;
  const end = SEED.indexOf('\n', i);
  return SEED.slice(start, end < 0 ? SEED.length : end);
}

const QUOTE = '以制度创新为核心，以政策创新为支撑，以产业发展为导向';

describe('matchQuote on seed 003 (中国（广西）自由贸易试验区建设实施方案)', () => {
  it('places an unchanged note by its position', () => {
    const sel = select(QUOTE);
    expect(matchQuote(SEED, sel)).toEqual({ start: sel.position.start, end: sel.position.end, score: 1, method: 'position' });
  });

  it('follows the quote when text is inserted or deleted before it', () => {
    const sel = select(QUOTE);
    const inserted = edit('为贯彻落实', '（2020年修订）为贯彻落实');
    const m = matchQuote(inserted, sel);
    expect(m?.method).toBe('exact');
    expect(inserted.slice(m!.start, m!.end)).toBe(QUOTE);
    expect(m!.start).toBe(sel.position.start + '（2020年修订）'.length);

    const deleted = edit('特制定本方案。', '');
    const d = matchQuote(deleted, sel);
    expect(d && deleted.slice(d.start, d.end)).toBe(QUOTE);
  });

  it('follows a paragraph moved elsewhere in the document', () => {
    const passage = '南宁片区重点发展现代金融、智慧物流、数字经济';
    const sel = select(passage);
    const para = lineOf(passage);
    const moved = `${edit(para, '')}\n${para}\n`;
    const m = matchQuote(moved, sel);
    expect(m?.method).toBe('exact');
    expect(m!.start).toBeGreaterThan(SEED.length - para.length - 10);
    expect(moved.slice(m!.start, m!.end)).toBe(passage);
  });

  it('tolerates punctuation and digits changing width', () => {
    const passage = '广西自贸试验区的实施范围 119.99 平方公里，涵盖三个片区：南宁片区 46.8 平方公里';
    const sel = select(passage);
    const changed = edit(passage, '广西自贸试验区的实施范围１１９．９９平方公里,涵盖三个片区:南宁片区４６．８平方公里');
    const m = matchQuote(changed, sel);
    expect(m?.method).toBe('fuzzy');
    expect(changed.slice(m!.start, m!.end)).toBe('广西自贸试验区的实施范围１１９．９９平方公里,涵盖三个片区:南宁片区４６．８平方公里');
  });

  it('tolerates collapsed and added whitespace, such as page breaks joined in the live page', () => {
    const passage = '进一步放宽外商投资准入\n\n限制，全面实行外商投资准入前国民待遇加负面清单管理制度';
    const sel = select(passage);
    const joined = edit(passage, '进一步放宽外商投资准入限制， 全面实行外商投资准入前国民待遇加负面清单管理 制度');
    const m = matchQuote(joined, sel);
    expect(m?.method).toBe('fuzzy');
    expect(joined.slice(m!.start, m!.end)).toBe('进一步放宽外商投资准入限制， 全面实行外商投资准入前国民待遇加负面清单管理 制度');
  });

  it('tolerates small edits inside the quote', () => {
    const passage = '授权各片区管理机构负责办理外商投资项目（国务院规定对国内投资项目保留核准的除外）的备案、核准';
    const sel = select(passage);
    const revised = edit(passage, '授权各片区管理机构依法负责办理外商投资项目（国务院规定对境内投资项目保留核准的除外）的备案和核准');
    const m = matchQuote(revised, sel);
    expect(m?.method).toBe('fuzzy');
    expect(revised.slice(m!.start, m!.end)).toBe('授权各片区管理机构依法负责办理外商投资项目（国务院规定对境内投资项目保留核准的除外）的备案和核准');
    expect(m!.score).toBeGreaterThan(0.8);
  });

  it('finds a moved and slightly edited paragraph', () => {
    const passage = '强化用地供给，降低用地成\n\n本，简化产业用地规划调整程序';
    const sel = select(passage);
    const start = SEED.indexOf('5. 改革各类生产要素保障机制');
    const para = SEED.slice(start, SEED.indexOf('\n', SEED.indexOf('本，简化产业用地')));
    const text = `${para}\n${edit(para, '')}`.replace('强化用地供给，降低用地成', '强化用地保障，降低用地成');
    const m = matchQuote(text, sel);
    expect(m?.method).toBe('fuzzy');
    expect(text.slice(m!.start, m!.end)).toMatch(/^强化用地保障，降低用地成\s*本，简化产业用地规划调整程序$/);
  });

  it('picks the right one of repeated quotes by its context', () => {
    const repeated = '南宁、钦州港、崇左片区管理机构';
    const second = SEED.indexOf(repeated, SEED.indexOf(repeated) + 1);
    const third = SEED.indexOf(repeated, second + 1);
    const sel = describeSelection(SEED, third, third + repeated.length);
    const shifted = edit('为贯彻落实', '前言。为贯彻落实');
    const m = matchQuote(shifted, sel);
    expect(m).toMatchObject({ start: third + 3, method: 'exact' });
  });

  it('makes a note an orphan when its passage was rewritten or removed', () => {
    const sel = select(QUOTE);
    expect(matchQuote(edit(QUOTE, '坚持深化改革，扩大对外开放，推动产业升级'), sel)).toBeNull();
    expect(matchQuote(edit(lineOf(QUOTE), ''), sel)).toBeNull();
  });

  it('does not move a short quote to an unrelated occurrence when its own place is gone', () => {
    const passage = '跨境旅游';
    const sel = select(passage);
    const para = lineOf(passage);
    const text = `${edit(para, '')}\n另见：发展跨境旅游业务。`;
    expect(matchQuote(text, sel)).toBeNull();
  });

  it('never drops a note for odd input', () => {
    const sel = select(QUOTE);
    expect(matchQuote('', sel)).toBeNull();
    expect(matchQuote(SEED, { ...sel, quote: { ...sel.quote, exact: '' } })).toBeNull();
    expect(matchQuote(SEED, { ...sel, position: { start: -5, end: 1e12 } })?.method).toBe('exact');
    expect(matchQuote(SEED, { ...sel, quote: { exact: '　\n ', prefix: '', suffix: '' } })).toBeNull();
    expect(matchQuote(null as never, sel)).toBeNull();
    expect(matchQuote(SEED, {} as never)).toBeNull();
  });

  it('anchors 200 notes on the 60k-character page in well under a second, even after edits everywhere', () => {
    const selections = Array.from({ length: 200 }, (_, i) => {
      const start = (i * 7919) % (SEED.length - 200);
      return describeSelection(SEED, start, start + 10 + (i % 120));
    });
    const edited = SEED.split('\n')
      .map((line, i) => (i % 3 === 0 ? `${line.slice(0, 6)}有${line.slice(6)}` : line))
      .join('\n')
      .replace(/，/g, ',');
    const t0 = performance.now();
    const results = anchorAll(edited, selections);
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(1000);
    const placed = results.filter((r) => r !== null).length;
    expect(placed).toBeGreaterThanOrEqual(190);
    for (const r of results) if (r) expect(r.end).toBeLessThanOrEqual(edited.length);
  });
});
