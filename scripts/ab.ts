/**
 * `npm run ab -- <rev> [seeds]`: analyze() of the working tree against analyze() of git revision <rev>, in one process (blocks of
 * calls alternate, so both see the same machine), as the median ratio per seed (< 1: the working tree is faster). Separate
 * processes on this kind of shared machine differ by up to 2×; a change of a few percent shows only this way. `<rev>` = HEAD with
 * an unchanged tree is the null test: it should read 1.00 ± 0.03.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze as current } from '../lib/policy/analyze';
import { median } from './bench-stats';
import { readSeeds } from './seed-files';

const ROOT = resolve(import.meta.dirname, '..');
/** Warm-up before the rounds (the engine's time per run settles after about a second of runs). */
const WARMUP_MS = 2000;
const ROUNDS = 41;
const BLOCK_RUNS = 100;

/**
 * lib/ of `rev` in a temporary directory, loadable as it is in the project: with package.json ("type": "module") and tsconfig.json.
 * Without package.json the copy loads as CommonJS and reads about 12% slower, which once passed for a speed-up of the tree compared.
 */
function checkout(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-ab-'));
  const archive = execFileSync('git', ['archive', '--format=tar', rev, 'lib'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x'], { cwd: dir, input: archive });
  for (const f of ['package.json', 'tsconfig.json']) copyFileSync(join(ROOT, f), join(dir, f));
  return dir;
}

/** CPU µs of one call of `fn`, over a block of BLOCK_RUNS calls. */
function block(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  for (let i = 0; i < BLOCK_RUNS; i++) fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / BLOCK_RUNS;
}

const [rev, only] = process.argv.slice(2);
if (!rev) {
  console.error('usage: npm run ab -- <git revision> [seed prefixes, e.g. 000,003]');
  process.exit(2);
}
const dir = checkout(rev);
try {
  const { analyze: base } = (await import(join(dir, 'lib/policy/analyze.ts'))) as { analyze: typeof current };
  for (const { file, text } of readSeeds()) {
    if (only && !only.split(',').some((p) => file.startsWith(p))) continue;
    for (const t0 = performance.now(); performance.now() - t0 < WARMUP_MS; ) {
      base({ text });
      current({ text });
    }
    const ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const b = block(() => base({ text }));
      ratios.push(block(() => current({ text })) / b);
    }
    console.log(`${file.slice(0, 3)}  working tree / ${rev}: ${median(ratios).toFixed(3)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
