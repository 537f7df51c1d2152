/**
 * `npm run cg -- [seed prefix] [top]`: analyze()'s cost per call on one seed, by function, counted by valgrind (callgrind with
 * its cache and branch simulation): instructions, instruction-cache misses, data-cache read misses and mispredicted branches.
 * The counts do not depend on the machine's load: instructions repeat exactly from run to run, so they show changes of 1–2% that
 * timing on this shared machine cannot; misses and mispredictions depend on where the code lands and vary by ~5–10%.
 * The process runs analyze() RUNS[0] times, then again RUNS[1] times; the difference of the two, divided by the difference of the
 * counts, leaves out start-up, warm-up and compilation. JIT-compiled functions are named through V8's perf map. Takes ~10 minutes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../lib/policy/analyze';
import { firstAtOrAfter } from '../lib/policy/sorted';
import { readSeeds } from './seed-files';

/** How many calls each of the two valgrind runs makes (the second minus the first are counted). */
const RUNS = [600, 1500];
const EVENTS_SHOWN = ['Ir', 'I1mr', 'D1mr', 'Bcm'];

/** V8's perf map (/tmp/perf-<pid>.map): JIT code ranges [start, end) with the function compiled there, by ascending start. */
interface CodeMap {
  starts: number[];
  ends: number[];
  names: string[];
}

/** Read V8's perf map, the last range written at each address winning. */
function readPerfMap(file: string): CodeMap {
  const byStart = new Map<number, [number, string]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
    if (m) byStart.set(parseInt(m[1], 16), [parseInt(m[2], 16), m[3]]);
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return { starts, ends: starts.map((s) => s + byStart.get(s)![0]), names: starts.map((s) => byStart.get(s)![1]) };
}

/** The function of `map` holding `address`, or null. */
function functionAt(map: CodeMap, address: number): string | null {
  const k = firstAtOrAfter(map.starts, address + 1) - 1;
  return k >= 0 && address < map.ends[k] ? map.names[k] : null;
}

/** A function's name without its tier mark and address ("JS:*readGroup file:///…/units.ts:1:1904" → "readGroup units.ts"). */
function shortName(name: string): string {
  return name.replace(/^JS:[*^~+]?/, '').replace(/ (?:file:\/\/)?\/\S*\/([^/]+?):\d+:\d+$/, ' $1');
}

/** Self costs by function of a callgrind output written with --dump-instr=yes, and the names of its events. */
function readCallgrind(lines: readonly string[], codeMap: CodeMap): { events: string[]; costs: Map<string, number[]> } {
  let events: string[] = [];
  const costs = new Map<string, number[]>();
  let fn = '';
  let callLine = false;
  for (const line of lines) {
    if (line.startsWith('events:')) events = line.slice(7).trim().split(' ');
    else if (line.startsWith('fn=')) fn = line.slice(3);
    else if (line.startsWith('calls=')) callLine = true; // the next cost line is the call's inclusive cost, not the caller's own
    else if (line.startsWith('0x')) {
      if (callLine) {
        callLine = false;
        continue;
      }
      const fields = line.split(' ');
      const name = shortName(fn.startsWith('0x') ? (functionAt(codeMap, parseInt(fields[0], 16)) ?? 'JIT code') : fn);
      let c = costs.get(name);
      if (!c) costs.set(name, (c = new Array<number>(events.length).fill(0)));
      for (let i = 2; i < fields.length; i++) c[i - 2] += Number(fields[i]); // fields: address, line, then one count per event
    }
  }
  return { events, costs };
}

/** Run this script's child part `runs` times under callgrind; its self costs by function. */
function profileRun(seed: string, runs: number, dir: string): { events: string[]; costs: Map<string, number[]> } {
  const out = join(dir, `callgrind.${runs}`);
  const args = ['--tool=callgrind', '--cache-sim=yes', '--branch-sim=yes', '--dump-instr=yes', '--compress-pos=no', '--compress-strings=no'];
  const node = [process.execPath, '--predictable', '--perf-basic-prof', '--import', 'tsx', import.meta.filename, '--child', seed, String(runs)];
  execFileSync('valgrind', [...args, `--callgrind-out-file=${out}`, ...node], { stdio: 'ignore' });
  const lines = readFileSync(out, 'utf8').split('\n');
  /** The profiled process's id (valgrind runs node in its own process), which names V8's perf map. */
  const pid = lines.find((l) => l.startsWith('pid: '))?.slice(5);
  const perfMap = `/tmp/perf-${pid}.map`;
  if (!pid || !existsSync(perfMap)) throw new Error(`no perf map ${perfMap} for the profiled process (callgrind output ${out})`);
  try {
    return readCallgrind(lines, readPerfMap(perfMap));
  } finally {
    rmSync(perfMap, { force: true });
  }
}

const [first, seedArg, runsArg] = process.argv.slice(2);
if (first === '--child') {
  const { text } = readSeeds().find((s) => s.file.startsWith(seedArg))!;
  for (let i = 0; i < Number(runsArg); i++) analyze({ text });
} else {
  const seed = first ?? '000';
  const top = Number(seedArg ?? 40);
  if (!readSeeds().some((s) => s.file.startsWith(seed))) {
    console.error(`usage: npm run cg -- [seed prefix, e.g. 000] [rows]; no seed starts with "${seed}"`);
    process.exit(2);
  }
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('npm run cg needs valgrind (Debian: apt-get install valgrind)');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'policylens-cg-'));
  try {
    const [a, b] = RUNS.map((n) => profileRun(seed, n, dir));
    const calls = RUNS[1] - RUNS[0];
    const perCall = new Map<string, number[]>();
    for (const name of new Set([...a.costs.keys(), ...b.costs.keys()])) {
      const ca = a.costs.get(name);
      perCall.set(name, b.events.map((_, i) => ((b.costs.get(name)?.[i] ?? 0) - (ca?.[i] ?? 0)) / calls));
    }
    const cols = EVENTS_SHOWN.map((e) => b.events.indexOf(e));
    const totals = cols.map((c) => [...perCall.values()].reduce((sum, v) => sum + v[c], 0));
    console.log(`analyze() on seed ${seed}, per call (runs ${RUNS[1]} − ${RUNS[0]}):`);
    console.log(EVENTS_SHOWN.map((e, i) => `${e} ${Math.round(totals[i])}`).join('  '));
    console.log(`\n${EVENTS_SHOWN.map((e) => e.padStart(9)).join('')}  function`);
    const rows = [...perCall].sort((x, y) => y[1][cols[0]] - x[1][cols[0]]).slice(0, top);
    for (const [name, v] of rows) console.log(`${cols.map((c) => Math.round(v[c]).toString().padStart(9)).join('')}  ${name.slice(0, 100)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
