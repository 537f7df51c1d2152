/** `npm run bench`: engine time per seed and per synthetic document, as a ratio to one plain regex pass (the floor); writes bench/results.md. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { analyze } from '../lib/policy/analyze';

const ROOT = resolve(import.meta.dirname, '..');
const seedsDir = resolve(ROOT, 'seeds');
/** Untimed runs before measuring an input, so the JIT has compiled the code paths that input takes. */
const WARMUP_RUNS = 10;
/** Timed runs: at least MIN_RUNS, then more until the budget is spent (at most MAX_RUNS). */
const MIN_RUNS = 21;
const MAX_RUNS = 400;
const BUDGET_MS = 600;

/** Median wall time in ms of `fn`, after WARMUP_RUNS untimed runs. */
function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP_RUNS; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + BUDGET_MS;
  while (samples.length < MIN_RUNS || (performance.now() < until && samples.length < MAX_RUNS)) {
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

const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const seedTexts = seedFiles.map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));
const policySeeds = seedTexts.slice(0, 4);
const inputs: { label: string; mb?: number; text: string }[] = seedFiles.map((f, i) => ({ label: f, text: seedTexts[i] }));
for (const mb of [0.1, 0.5, 1, 2]) inputs.push({ label: `synthetic ${mb} MB`, mb, text: syntheticDoc(mb * 1024 * 1024, policySeeds) });

// Warm every input once before any measurement, so the first inputs measured do not pay for compiling code the later ones share.
for (const { text } of inputs) {
  analyze({ text });
  floorPass(text);
}

const rows: string[] = ['## Engine vs one regex pass (the floor)', '', '| input | size | engine ms | floor ms | ratio (goal ≤ 20×) |', '|---|---|---|---|---|'];
const growth: [number, number][] = [];
for (const { label, mb, text } of inputs) {
  const engine = time(() => analyze({ text }));
  const floor = time(() => floorPass(text));
  rows.push(`| ${label} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${engine.toFixed(2)} | ${floor.toFixed(3)} | ${(engine / floor).toFixed(1)}× |`);
  if (mb !== undefined) growth.push([mb, engine]);
}
rows.push('', '## Growth with size', '', '| size | engine ms | ms per MB |', '|---|---|---|');
for (const [mb, ms] of growth) rows.push(`| ${mb} MB | ${ms.toFixed(1)} | ${(ms / mb).toFixed(1)} |`);

const method = `Method: every input is run once before any measurement, then ${WARMUP_RUNS} untimed runs before its own; the time is the median of ${MIN_RUNS}–${MAX_RUNS} runs (about ${BUDGET_MS} ms per input). Floor: one \`/[。；]/g\` exec loop over the text.`;
const header = `# PolicyLens benchmarks\n\nMachine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${method}\n`;
const out = `${header}\n${rows.join('\n')}\n`;
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench', 'results.md'), out);
console.log(out);
