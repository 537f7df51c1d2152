/** The notes the benchmarks store: many notes quoting seed 003, spread over pages, documents, tags and colours. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as describeSelection } from '../lib/anchor/selectors';
import type { Note } from '../lib/store/schema';

const ROOT = resolve(import.meta.dirname, '..');

/** `n` notes (10,000 in the benchmarks) over 200 pages of 50 documents, quoting seed 003, with tags from a small pool. */
export function makeNotes(n: number): Note[] {
  const text = readFileSync(resolve(ROOT, 'seeds', '003_034c74d6c895f59c.txt'), 'utf8');
  const tags = ['港口', '补贴', '物流', '跨境金融', '自贸区', '东盟', '口岸', '人才'];
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  const notes: Note[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * 7919) % (text.length - 200);
    const len = 20 + (i % 80);
    const doc = i % 50;
    notes.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `http://www.gxzf.gov.cn/zfwj/t${i % 200}.shtml`,
      docKey: `doc:桂政发〔2020〕${doc}号`,
      docTitle: `实施方案 ${doc}`,
      docNumber: `桂政发〔2020〕${doc}号`,
      selectors: describeSelection(text, start, start + len),
      color: colors[i % colors.length],
      note: `第 ${i} 条批注：关注${tags[i % tags.length]}相关的推进情况。`,
      tags: [tags[i % tags.length], tags[(i * 3) % tags.length]].filter((t, k, a) => a.indexOf(t) === k),
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      deletedAt: null,
    });
  }
  return notes;
}
