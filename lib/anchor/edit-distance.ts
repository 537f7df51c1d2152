/** Edit distances: Myers' bit-parallel approximate search (32-row blocks) for quotes, a small DP for short context strings. */

/** An approximate occurrence text[start, end) of a pattern with `errors` edits (insertions, deletions, substitutions). */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const WORD = 32;
const TOP_BIT = 1 << 31;
/** At most this many equally good match ends are resolved to starts per search. */
const MAX_ENDS = 8;

/** Where each code unit occurs in a pattern: one bit per pattern row, 32 rows per block. */
interface PatternMasks {
  m: number;
  blocks: number;
  peq: Map<number, Int32Array>;
  empty: Int32Array;
  lastMask: number;
}

function patternMasks(pattern: string): PatternMasks {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let eq = peq.get(c);
    if (!eq) {
      eq = new Int32Array(blocks);
      peq.set(c, eq);
    }
    eq[(i / WORD) | 0] |= 1 << i % WORD;
  }
  return { m, blocks, peq, empty: new Int32Array(blocks), lastMask: 1 << (m - 1) % WORD };
}

/**
 * One text character through every block (Myers 1999, Fig. 9): `P`/`M` hold the positive/negative vertical deltas,
 * `top` is the horizontal delta entering row 0 (0: a match may start anywhere; 1: it must start at the first
 * character). Returns the change of the last row's value.
 */
function advance(pm: PatternMasks, P: Int32Array, M: Int32Array, code: number, top: number): number {
  const eqs = pm.peq.get(code) ?? pm.empty;
  let hin = top;
  const last = pm.blocks - 1;
  for (let b = 0; b <= last; b++) {
    const pv = P[b];
    const mv = M[b];
    const neg = hin < 0 ? 1 : 0;
    const eq = eqs[b] | neg;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const mask = b === last ? pm.lastMask : TOP_BIT;
    const hout = (ph & mask) !== 0 ? 1 : (mh & mask) !== 0 ? -1 : 0;
    ph = (ph << 1) | (hin > 0 ? 1 : 0);
    mh = (mh << 1) | neg;
    P[b] = mh | ~(xv | ph);
    M[b] = ph & xv;
    hin = hout;
  }
  return hin;
}

/**
 * The best approximate occurrences of `pattern` ending inside text[from, to): those with the lowest error count,
 * if it is ≤ maxErrors. Starts may lie before `from`. Empty when nothing is close enough.
 */
export function approxSearch(pattern: string, text: string, from: number, to: number, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (m === 0 || lo >= hi || !(maxErrors >= 0)) return [];
  const pm = patternMasks(pattern);
  const P = new Int32Array(pm.blocks).fill(-1);
  const M = new Int32Array(pm.blocks);
  let score = m;
  let best = Math.min(maxErrors, m);
  let ends: number[] = [];
  for (let j = lo; j < hi; j++) {
    score += advance(pm, P, M, text.charCodeAt(j), 0);
    if (score < best) {
      best = score;
      ends = [j + 1];
    } else if (score === best && ends.length < MAX_ENDS) ends.push(j + 1);
  }
  if (ends.length === 0) return [];
  const rev = patternMasks(reverse(pattern));
  return ends.map((end) => ({ start: matchStart(rev, text, end, best), end, errors: best }));
}

/** The start of an occurrence ending at `end` with `errors` edits: the reversed pattern anchored at `end`, read backwards. */
function matchStart(rev: PatternMasks, text: string, end: number, errors: number): number {
  const P = new Int32Array(rev.blocks).fill(-1);
  const M = new Int32Array(rev.blocks);
  const stop = Math.max(0, end - rev.m - errors);
  let score = rev.m;
  let start = end;
  let bestGap = Infinity;
  for (let j = end - 1; j >= stop; j--) {
    score += advance(rev, P, M, text.charCodeAt(j), 1);
    const gap = Math.abs(end - j - rev.m);
    if (score <= errors && gap <= bestGap) {
      start = j;
      bestGap = gap;
    }
  }
  return start;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Levenshtein distance of two short strings (context prefixes/suffixes; O(|a|·|b|)). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
