/** Shared fixtures of the store tests: a fresh database and note inputs cut from a real seed text. */
import { readFileSync } from 'node:fs';
import { describe as describeSelection } from '../../lib/anchor/selectors';
import { PolicyLensDb } from '../../lib/store/db';
import type { NewNote } from '../../lib/store/schema';

/** Text of seed 003 (中国（广西）自由贸易试验区建设实施方案, 桂政发〔2020〕3号). */
export const SEED_003 = readFileSync(new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url), 'utf8');

/** The page URL the seed is pretended to be served at. */
export const PAGE_URL = 'http://www.gxzf.gov.cn/zfwj/zzqrmzfwj_34845/t1234567.shtml';

/** The document key of seed 003. */
export const DOC_KEY = 'doc:桂政发〔2020〕3号';

/** A database with a unique name, so tests never share data. */
export function freshDb(): PolicyLensDb {
  return new PolicyLensDb(`test-${crypto.randomUUID()}`);
}

/** A note input quoting `passage` (which must occur in seed 003) with optional overrides. */
export function noteOn(passage: string, overrides: Partial<NewNote> = {}): NewNote {
  const start = SEED_003.indexOf(passage);
  if (start < 0) throw new Error(`passage not in seed: ${passage}`);
  return {
    url: PAGE_URL,
    docKey: DOC_KEY,
    docTitle: '中国（广西）自由贸易试验区建设实施方案',
    docNumber: '桂政发〔2020〕3号',
    selectors: describeSelection(SEED_003, start, start + passage.length),
    ...overrides,
  };
}
