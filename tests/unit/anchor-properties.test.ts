import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approxSearch, editDistance } from '../../lib/anchor/edit-distance';
import { foldCode, foldText } from '../../lib/anchor/fold';
import { matchQuote } from '../../lib/anchor/match-quote';
import { CONTEXT_LENGTH, describe as describeSelection } from '../../lib/anchor/selectors';

const SEED = readFileSync(new URL('../../seeds/003_034c74d6c895f59c.txt', import.meta.url), 'utf8');

/** Smallest edit distance of `p` to any substring of text ending in (from, to] — the brute-force reference. */
function bruteBest(p: string, t: string): number {
  let best = Infinity;
  for (let e = 1; e <= t.length; e++) for (let s = 0; s <= e; s++) best = Math.min(best, editDistance(p, t.slice(s, e)));
  return best;
}

const smallAlphabet = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '政', '策'), maxLength: max });

/** A change to a text: insert, delete or replace a stretch, or swap punctuation width. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('width' as const) }),
  fc.record({ kind: fc.constant('space' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.what + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.len);
    }
    case 'width':
      return text.replace(/，/g, ',').replace(/：/g, ':');
    case 'space': {
      const at = m.at % (text.length + 1);
      return `${text.slice(0, at)} \n${text.slice(at)}`;
    }
  }
}

describe('approxSearch (Myers bit-parallel)', () => {
  it('finds the same best error count as brute force, with starts that realize it', () => {
    fc.assert(
      fc.property(smallAlphabet(70).filter((p) => p.length > 0), smallAlphabet(90), fc.nat({ max: 70 }), (p, t, k) => {
        const matches = approxSearch(p, t, 0, t.length, k);
        const best = t.length ? bruteBest(p, t) : Infinity;
        if (best <= Math.min(k, p.length)) {
          expect(matches.length).toBeGreaterThan(0);
          for (const m of matches) {
            expect(m.errors).toBe(best);
            expect(editDistance(p, t.slice(m.start, m.end))).toBe(best);
          }
        } else expect(matches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldText', () => {
  it('maps every folded character back to the original character it came from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), (s, at) => {
        const sample = s + SEED.slice(at % SEED.length, (at % SEED.length) + 200);
        const f = foldText(sample);
        expect(f.starts.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) expect(foldCode(sample.charCodeAt(f.starts[i]))).toBe(f.text.charCodeAt(i));
      }),
    );
  });
});

describe('describe', () => {
  it('quotes exactly the selection with at most 32 characters of context', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: SEED.length + 10 }), fc.integer({ min: -10, max: SEED.length + 10 }), (a, b) => {
        const sel = describeSelection(SEED, a, b, '二.（一）.3');
        const { start, end } = sel.position;
        expect(0 <= start && start <= end && end <= SEED.length).toBe(true);
        expect(sel.quote.exact).toBe(SEED.slice(start, end));
        expect(sel.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(sel.quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(SEED.slice(0, start).endsWith(sel.quote.prefix)).toBe(true);
        expect(SEED.slice(end).startsWith(sel.quote.suffix)).toBe(true);
        expect(sel.taskPath).toBe('二.（一）.3');
      }),
    );
  });
});

describe('matchQuote', () => {
  const selection = fc
    .tuple(fc.nat({ max: SEED.length - 1 }), fc.integer({ min: 1, max: 400 }))
    .map(([start, len]) => describeSelection(SEED, start, start + len));

  it('finds every selection again in the unchanged text, at its own place', () => {
    fc.assert(
      fc.property(selection, (sel) => {
        expect(matchQuote(SEED, sel)).toMatchObject({ ...sel.position, method: 'position' });
      }),
    );
  });

  it('never throws on an edited text, and returns a span inside it with a score in [0, 1]', () => {
    fc.assert(
      fc.property(selection, fc.array(mutation, { maxLength: 4 }), (sel, mutations) => {
        const text = mutations.reduce(apply, SEED);
        const m = matchQuote(text, sel);
        if (m) {
          expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary selectors and texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.anything(), (text, junk) => {
        const m = matchQuote(text, junk as never);
        if (m) expect(m.end).toBeLessThanOrEqual(text.length);
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.record({
          quote: fc.record({ exact: fc.string({ maxLength: 50 }), prefix: fc.string({ maxLength: 32 }), suffix: fc.string({ maxLength: 32 }) }),
          position: fc.record({ start: fc.integer(), end: fc.integer() }),
        }),
        (text, sel) => {
          const m = matchQuote(text, sel);
          if (m) expect(0 <= m.start && m.start <= m.end && m.end <= text.length).toBe(true);
        },
      ),
    );
  });
});
