/** `npm run bench`: engine time per seed and per synthetic document, as a ratio to one plain regex pass (the floor); writes bench/results.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { analyze } from '../lib/policy/analyze';
import { anchorBench } from './bench-anchor';
import { browserBench } from './bench-browser';
import { dataBench } from './bench-data';
import { notesBrowserBench } from './bench-notes-browser';
import { median } from './bench-stats';
import { readSeeds } from './seed-files';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * Untimed runs of each function before measuring an input, so the JIT has compiled the code paths that input takes: at least
 * WARMUP_RUNS and WARMUP_MS. The floor is one small function, optimized after a few runs; the engine is some hundred functions,
 * and on a seed it needs about a second of runs (≈ 1,000) before its time per run settles (its first runs take 10–15 ms):
 * a fixed handful of warm-up runs compared a warm floor with an engine still being compiled.
 */
const WARMUP_RUNS = 10;
const WARMUP_MS = 1500;
/**
 * Measurement rounds; each times a block of floor runs, then a block of engine runs, so both see the same load on a shared machine:
 * at least MIN_ROUNDS, more until MEASURE_MS have passed. This machine's speed swings by up to 2× within seconds, and the floor (one
 * tight loop) swings more than the engine: fifteen 40 ms rounds put seed 000 anywhere from 19.6× to 24× from run to run; some
 * 150 rounds of 10 ms blocks read 21.7–22.5× in three runs.
 */
const MIN_ROUNDS = 15;
const MEASURE_MS = 3000;
/** Runs per block: at least MIN_BLOCK, more for fast functions until the block lasts about BLOCK_MS. */
const MIN_BLOCK = 3;
const BLOCK_MS = 10;

/** Mean wall time in ms of one run of `fn` over a block of runs (at least MIN_BLOCK, then more until BLOCK_MS have passed). */
function block(fn: () => unknown): number {
  const t0 = performance.now();
  let n = 0;
  do {
    fn();
    n++;
  } while (n < MIN_BLOCK || performance.now() - t0 < BLOCK_MS);
  return (performance.now() - t0) / n;
}

/**
 * Engine and floor times in ms on `text` (medians of the rounds' block means) and their ratio: the median of the
 * rounds' ratios, each from a floor block and the engine block right after it (a drift in the machine's speed
 * between rounds cancels out).
 */
function measure(text: string): { engine: number; floor: number; ratio: number } {
  const t0 = performance.now();
  for (let i = 0; i < WARMUP_RUNS || performance.now() - t0 < WARMUP_MS; i++) {
    analyze({ text });
    floorPass(text);
  }
  const engine: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  const t1 = performance.now();
  for (let r = 0; r < MIN_ROUNDS || performance.now() - t1 < MEASURE_MS; r++) {
    floor.push(block(() => floorPass(text)));
    engine.push(block(() => analyze({ text })));
    ratios.push(engine[r] / floor[r]);
  }
  return { engine: median(engine), floor: median(floor), ratio: median(ratios) };
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

const seeds = readSeeds();
const policySeeds = seeds.slice(0, 4).map((s) => s.text);
const inputs: { label: string; mb?: number; text: string }[] = seeds.map((s) => ({ label: s.file, text: s.text }));
for (const mb of [0.1, 0.5, 1, 2]) inputs.push({ label: `synthetic ${mb} MB`, mb, text: syntheticDoc(mb * 1024 * 1024, policySeeds) });

// Warm every input once before any measurement, so the first inputs measured do not pay for compiling code the later ones share.
for (const { text } of inputs) {
  analyze({ text });
  floorPass(text);
}

const rows: string[] = ['## Engine vs one regex pass (the floor)', '', '| input | size | engine ms | floor ms | ratio (goal ≤ 20×) |', '|---|---|---|---|---|'];
const growth: [number, number][] = [];
for (const { label, mb, text } of inputs) {
  const { engine, floor, ratio } = measure(text);
  rows.push(`| ${label} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${engine.toFixed(2)} | ${floor.toFixed(3)} | ${ratio.toFixed(1)}× |`);
  if (mb !== undefined) growth.push([mb, engine]);
}
rows.push('', '## Growth with size', '', '| size | engine ms | ms per MB |', '|---|---|---|');
for (const [mb, ms] of growth) rows.push(`| ${mb} MB | ${ms.toFixed(1)} | ${(ms / mb).toFixed(1)} |`);
rows.push('', ...(await dataBench()), ...(await anchorBench()), ...(await browserBench()), '', ...(await notesBrowserBench()));

const method =
  `Method: every input is run once before any measurement, then engine and floor run untimed in turn before its own (at least ${WARMUP_RUNS} runs and ` +
  `${WARMUP_MS / 1000} s: the engine's time per run settles only after about a second of runs); engine and floor are timed in ` +
  `rounds of a floor block then an engine block (at least ${MIN_ROUNDS} rounds and ${MEASURE_MS / 1000} s; blocks of at least ${MIN_BLOCK} runs, about ${BLOCK_MS} ms each; a block's time is its mean run); ` +
  'the times shown are the medians of the block means, the ratio is the median of the rounds\' ratios. ' +
  'Floor: one `/[。；]/g` exec loop over the text.';
const header = `# PolicyLens benchmarks\n\nMachine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${method}\n`;
const out = `${header}\n${rows.join('\n')}\n`;
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench', 'results.md'), out);
console.log(out);
