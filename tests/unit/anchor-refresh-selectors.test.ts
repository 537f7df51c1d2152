import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../lib/anchor/match-quote';
import { refreshedSelectors } from '../../lib/anchor/refresh-selectors';
import { describe as describeSelection } from '../../lib/anchor/selectors';

const SEED = readFileSync(new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url), 'utf8');
const QUOTE = '构建“互联网+大数据”的智慧税务生态服务系统，推进办税便利化改革';

function select(passage: string, taskPath: string | null = '三.（一）.6') {
  const start = SEED.indexOf(passage);
  if (start < 0) throw new Error(`not in seed: ${passage}`);
  return describeSelection(SEED, start, start + passage.length, taskPath);
}

/** Seed 003 reposted with a new first line, half-width quotes and 系统 → 平台 (as the browser test's reposted page). */
const REPOSTED = `（转载自广西壮族自治区人民政府门户网站）\n${SEED.replace('构建“互联网+大数据”的智慧税务生态服务系统', '构建"互联网+大数据"的智慧税务生态服务平台')}`;
const NEW_QUOTE = '构建"互联网+大数据"的智慧税务生态服务平台，推进办税便利化改革';

describe('refreshedSelectors', () => {
  it('describes a fuzzily re-anchored passage where it now is, so the next anchoring is exact', () => {
    const stored = select(QUOTE);
    const match = matchQuote(REPOSTED, stored);
    expect(match?.method).toBe('fuzzy');
    const next = refreshedSelectors(REPOSTED, stored, match, '三.（一）.6');
    expect(next?.quote.exact).toBe(NEW_QUOTE);
    expect(next?.position).toEqual({ start: REPOSTED.indexOf(NEW_QUOTE), end: REPOSTED.indexOf(NEW_QUOTE) + NEW_QUOTE.length });
    expect(next?.quote.prefix).toBe(REPOSTED.slice(next!.position.start - 32, next!.position.start));
    expect(next?.quote.suffix).toBe(REPOSTED.slice(next!.position.end, next!.position.end + 32));
    expect(next?.taskPath).toBe('三.（一）.6');
    expect(matchQuote(REPOSTED, next!)).toMatchObject({ method: 'position', score: 1 });
    expect(refreshedSelectors(REPOSTED, next!, matchQuote(REPOSTED, next!), '三.（一）.6')).toBeNull();
  });

  it('records the task path the passage now lies in', () => {
    const stored = select(QUOTE, null);
    const next = refreshedSelectors(REPOSTED, stored, matchQuote(REPOSTED, stored), '三.（一）.6');
    expect(next?.taskPath).toBe('三.（一）.6');
  });

  it('leaves exact anchors alone, even when the passage moved', () => {
    const stored = select(QUOTE);
    const moved = `（转载）\n${SEED}`;
    const match = matchQuote(moved, stored);
    expect(match?.method).toBe('exact');
    expect(refreshedSelectors(moved, stored, match, '三.（一）.6')).toBeNull();
    expect(refreshedSelectors(SEED, stored, matchQuote(SEED, stored), '三.（一）.6')).toBeNull();
  });

  it('leaves an orphan untouched', () => {
    const stored = select(QUOTE);
    const gone = SEED.replace(/6\. 创新税收管理服务机制[^\n]*/, '');
    expect(matchQuote(gone, stored)).toBeNull();
    expect(refreshedSelectors(gone, stored, null, null)).toBeNull();
  });
});
