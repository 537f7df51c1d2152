/** `npm run bench`: speed as ratios against a floor or a peer, measured in one run; writes bench/results.md. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { analyze } from '../lib/policy/analyze';

const ROOT = resolve(import.meta.dirname, '..');
const seedsDir = resolve(ROOT, 'seeds');

/** Median wall time in ms of `fn` over enough runs to last ~`budgetMs`. */
function time(fn: () => unknown, budgetMs = 300): number {
  fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < 5 || (performance.now() < until && samples.length < 200)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** The floor: one plain regex pass over the text (find every Chinese sentence end). */
function floorPass(text: string): number {
  let n = 0;
  const re = /[。；]/g;
  while (re.exec(text)) n++;
  return n;
}

/** A document of about `bytes` UTF-8 bytes made of the policy seeds repeated. */
function syntheticDoc(bytes: number, seeds: string[]): string {
  const base = seeds.join('\n\n');
  const perChar = Buffer.byteLength(base) / base.length;
  const chars = Math.round(bytes / perChar);
  return base.repeat(Math.ceil(chars / base.length)).slice(0, chars);
}

const rows: string[] = [];
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const seedTexts = seedFiles.map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

rows.push('## Engine vs one regex pass (the floor)', '', '| input | size | engine ms | floor ms | ratio (goal ≤ 20×) |', '|---|---|---|---|---|');
const measure = (label: string, text: string) => {
  const engine = time(() => analyze({ text }));
  const floor = time(() => floorPass(text));
  rows.push(`| ${label} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${engine.toFixed(2)} | ${floor.toFixed(3)} | ${(engine / floor).toFixed(1)}× |`);
  return engine;
};
seedFiles.forEach((f, i) => measure(f, seedTexts[i]));
const policySeeds = seedTexts.slice(0, 4);
const growth: [number, number][] = [];
for (const mb of [0.1, 0.5, 1, 2]) {
  const doc = syntheticDoc(mb * 1024 * 1024, policySeeds);
  growth.push([mb, measure(`synthetic ${mb} MB`, doc)]);
}
rows.push('', '## Growth with size', '', '| size | engine ms | ms per MB |', '|---|---|---|');
for (const [mb, ms] of growth) rows.push(`| ${mb} MB | ${ms.toFixed(1)} | ${(ms / mb).toFixed(1)} |`);

const header = `# PolicyLens benchmarks\n\nMachine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n`;
const out = `${header}\n${rows.join('\n')}\n`;
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench', 'results.md'), out);
console.log(out);
