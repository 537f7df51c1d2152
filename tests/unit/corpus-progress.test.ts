import { readdirSync, readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MyCorpusTasks } from '../../components/corpus/MyCorpusTasks';
import type { SeedDoc } from '../../components/corpus/CorpusReader';
import { analyze } from '../../lib/policy/analyze';
import { myTasks } from '../../lib/policy/task-query';
import { freshRoot } from '../helpers/dom-root';

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);
const seeds: SeedDoc[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, title: file, text: readFileSync(new URL(file, SEEDS_DIR), 'utf8') }));
const UNIT = '自治区商务厅';

let root: HTMLElement;

beforeEach(() => {
  ({ root } = freshRoot());
});
afterEach(() => render(null, root));

const words = () => root.querySelector('[data-testid="corpus-progress"] span')?.textContent ?? null;

describe('我的任务 across the corpus', () => {
  it('analyses the seeds one at a time with 已分析 n / N 篇文件, then shows the total', async () => {
    render(h(MyCorpusTasks, { seeds, myUnits: [UNIT], onOpen: () => {} }), root);
    const seen = [words()];
    while (root.querySelector('h2') === null) {
      await new Promise((r) => setTimeout(r, 0));
      if (words() !== seen[seen.length - 1]) seen.push(words());
    }
    const n = seeds.length;
    expect(n).toBeGreaterThan(2);
    expect(seen).toEqual([...Array.from({ length: n }, (_, i) => `已分析 ${i} / ${n} 篇文件`), null]);
    const expected = seeds.reduce((sum, s) => {
      const m = myTasks(analyze({ text: s.text }).tasks, [UNIT]);
      return sum + m.lead.length + m.co.length;
    }, 0);
    expect(root.querySelector('h2')!.textContent).toBe(`我的任务（${UNIT}）：语料库中共 ${expected} 项`);
    expect(root.querySelector('[data-testid="corpus-progress"]')).toBeNull();
  });
});
