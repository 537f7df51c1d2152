/** `npm run bench`: engine time per seed and per synthetic document, as a ratio to one plain regex pass (the floor); writes bench/results.md. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { analyze } from '../lib/policy/analyze';
import { anchorBench } from './bench-anchor';
import { browserBench } from './bench-browser';
import { dataBench } from './bench-data';
import { notesBrowserBench } from './bench-notes-browser';
import { median } from './bench-stats';

const ROOT = resolve(import.meta.dirname, '..');
const seedsDir = resolve(ROOT, 'seeds');
/** Untimed runs of each function before measuring an input, so the JIT has compiled the code paths that input takes. */
const WARMUP_RUNS = 10;
/** Measurement rounds; each times a block of floor runs, then a block of engine runs, so both see the same load on a shared machine. */
const ROUNDS = 9;
/** Timed runs per block: at least MIN_BLOCK, more for fast functions until the block lasts about BLOCK_MS. */
const MIN_BLOCK = 3;
const BLOCK_MS = 40;

/** Wall times in ms of single runs of `fn`: at least MIN_BLOCK runs, then more until BLOCK_MS have passed. */
function block(fn: () => unknown, into: number[]): void {
  const until = performance.now() + BLOCK_MS;
  for (let n = 0; n < MIN_BLOCK || performance.now() < until; n++) {
    const t0 = performance.now();
    fn();
    into.push(performance.now() - t0);
  }
}

/** Median single-run times in ms of the engine and of the floor on `text`, measured in alternating blocks after warming up. */
function measure(text: string): { engine: number; floor: number } {
  for (let i = 0; i < WARMUP_RUNS; i++) {
    analyze({ text });
    floorPass(text);
  }
  const engine: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    block(() => floorPass(text), floor);
    block(() => analyze({ text }), engine);
  }
  return { engine: median(engine), floor: median(floor) };
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
  const { engine, floor } = measure(text);
  rows.push(`| ${label} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${engine.toFixed(2)} | ${floor.toFixed(3)} | ${(engine / floor).toFixed(1)}× |`);
  if (mb !== undefined) growth.push([mb, engine]);
}
rows.push('', '## Growth with size', '', '| size | engine ms | ms per MB |', '|---|---|---|');
for (const [mb, ms] of growth) rows.push(`| ${mb} MB | ${ms.toFixed(1)} | ${(ms / mb).toFixed(1)} |`);
rows.push('', ...(await dataBench()), ...(await anchorBench()), ...(await browserBench()), '', ...(await notesBrowserBench()));

const method =
  `Method: every input is run once before any measurement, then ${WARMUP_RUNS} more untimed runs before its own; engine and floor are timed in ` +
  `${ROUNDS} alternating blocks of single runs (at least ${MIN_BLOCK}, about ${BLOCK_MS} ms each) and each time is the median of its runs. ` +
  'Floor: one `/[。；]/g` exec loop over the text.';
const header = `# PolicyLens benchmarks\n\nMachine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${method}\n`;
const out = `${header}\n${rows.join('\n')}\n`;
mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench', 'results.md'), out);
console.log(out);
