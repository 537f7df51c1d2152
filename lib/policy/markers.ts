/** Responsibility markers (（责任单位：…）, （X、Y负责）, （X牵头，Y参与）, unit lines "牵头单位：…") and the unit text inside them, with roles. */
import { CharClass } from './char-class';
import { clauseBreaks, LABEL_LENGTHS, labelAt, type MarkerLabel, type RoleBreak, type SectionRole } from './marker-clauses';
import { Occurrences } from './occurrences';

/** A stretch of unit text inside a marker; a unit's role is that of the last break at or before its start. */
export interface MarkerSection {
  start: number;
  end: number;
  breaks: RoleBreak[];
}

/** One responsibility marker, in clean-text offsets. */
export interface Marker {
  start: number;
  end: number;
  sections: MarkerSection[];
}

/** Longest bracket pair looked at: a marker never runs longer. */
const MAX_PAIR = 800;
/** Longest verb-form marker (（A、B、C负责）); longer bracketed text is prose. */
const MAX_VERB_MARKER = 400;
/** Verbs that end the unit part of a verb-form marker (two characters each). */
const MARKER_VERBS = ['负责', '牵头', '参与', '配合', '指导', '协助', '协办'];
const MARKER_VERB_STARTS = new CharClass(MARKER_VERBS.map((v) => v[0]).join(''));
/** Characters a list of unit names never holds outside brackets: they show a bracketed sentence. */
const PROSE_CHARS = new CharClass('由的对将要把从予如若在。？！');
const [OPEN, CLOSE] = Array.from('（）', (c) => c.charCodeAt(0));

/** Bracket pairs （…） by opening offset: `opens` ascending, `closes[k]` the closing offset of `opens[k]` (-1 when none within MAX_PAIR). */
interface Pairs {
  opens: number[];
  closes: number[];
}

/**
 * Every bracket pair （…） of at most MAX_PAIR characters, in order of the opening bracket; one pass with a stack, nothing to sort.
 * A '）' while no bracket is open closes nothing: the search for closing brackets goes on from the next '（'.
 */
function bracketPairs(t: string): Pairs {
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = [];
  let i = t.indexOf('（');
  for (let j = i < 0 ? -1 : t.indexOf('）', i + 1); i >= 0 || (j >= 0 && stack.length > 0); ) {
    if (i >= 0 && (j < 0 || i < j)) {
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
      i = t.indexOf('（', i + 1);
    } else {
      const k = stack.pop();
      if (k !== undefined && j - opens[k] <= MAX_PAIR) closes[k] = j;
      j = stack.length > 0 ? t.indexOf('）', j + 1) : i < 0 ? -1 : t.indexOf('）', i + 1);
    }
  }
  return { opens, closes };
}

/**
 * The label (责任单位, 牵头部门, 适用范围…) that ends right before the colon at `colon`, if any: its start, and its role (null when the
 * text there only starts with a shorter label and its colon, as in 时限：X：).
 */
function labelBefore(t: string, colon: number, floor: number): { start: number; role: SectionRole | 'skip' | null } | null {
  for (const len of LABEL_LENGTHS) {
    const start = colon - len;
    const l = start >= floor ? labelAt(t, start) : null;
    if (l) return { start, role: start + l.label.length === colon ? l.role : null };
  }
  return null;
}

/** Offset of the first 。 in t[from, to), or -1: a native search inside a marker's bounded range. */
function fullStopIn(t: string, from: number, to: number): number {
  const k = t.slice(from, to).indexOf('。');
  return k < 0 ? -1 : from + k;
}

/**
 * Sections of a label-led list [from, to): 牵头单位：X；配合单位：Y；适用范围：Z (non-unit labels are skipped); a 。 ends a label's list.
 * `head`: the label at `from`, when the caller has read it already.
 */
function labelSections(t: string, from: number, to: number, colons: Occurrences, head: MarkerLabel | null = null): MarkerSection[] {
  const sections: MarkerSection[] = [];
  const at = colons.at;
  /** The label read so far: its role and where its list starts (-1 before the first label). */
  let role: SectionRole | 'skip' | null = head ? head.role : null;
  let bodyStart = head ? from + head.label.length + 1 : -1;
  for (let n = colons.firstIndex(head ? bodyStart : from); ; n++) {
    const c = n < at.length && at[n] < to ? at[n] : -1;
    const l = c >= 0 ? labelBefore(t, c, from) : null;
    if (c >= 0 && !l) continue;
    if (bodyStart >= 0 && role !== 'skip' && role !== null) {
      const section = clauseBreaks(t, bodyStart, l ? l.start : to, role, true);
      if (section) sections.push(section);
    }
    if (!l) return sections;
    role = l.role;
    bodyStart = c + 1;
  }
}

/** Whether one of MARKER_VERBS lies in t[from, to). */
function hasMarkerVerb(t: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (MARKER_VERB_STARTS.has(t, i) && MARKER_VERBS.some((v) => t.startsWith(v, i))) return true;
  return false;
}

/** Whether the bracketed text [from, to) is a list of units ending with a responsibility verb (（A、B按职责分工负责）). */
function verbSections(t: string, from: number, to: number): MarkerSection[] {
  if (to - from > MAX_VERB_MARKER) return [];
  if (!hasMarkerVerb(t, from, to)) return [];
  const section = clauseBreaks(t, from, to, 'listed');
  if (!section || !section.verbEnded) return [];
  let depth = 0;
  for (let i = section.start; i < section.end; i++) {
    const c = t.charCodeAt(i);
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth--;
    else if (depth === 0 && PROSE_CHARS.has(t, i)) return [];
  }
  return [section];
}

/** Longest unit line looked at. */
const MAX_UNIT_LINE = 300;

/** Unit lines: "牵头单位：区发改局" at a line start or after 。/；, outside brackets; consecutive unit lines form one marker. */
function unitLines(t: string, taken: readonly Marker[], colons: Occurrences): Marker[] {
  const out: Marker[] = [];
  const at = colons.at;
  let k = 0;
  /** The first taken marker that ends after the colon: a colon well inside it (a label there would start inside it too) is skipped at once. */
  let around = 0;
  let lineEnd = -1;
  for (let n = 0; n < at.length; n++) {
    const c = at[n];
    while (around < taken.length && taken[around].end <= c) around++;
    if (around < taken.length && taken[around].start <= c - LABEL_LENGTHS[0]) continue;
    const l = labelBefore(t, c, Math.max(0, c - 4));
    if (!l || l.role === 'skip') continue;
    const before = t[l.start - 1];
    if (l.start > 0 && before !== '\n' && before !== '。' && before !== '；') continue;
    while (k < taken.length && taken[k].end <= l.start) k++;
    if (k < taken.length && taken[k].start <= l.start) continue;
    if (lineEnd < c) {
      lineEnd = t.indexOf('\n', c);
      if (lineEnd < 0) lineEnd = t.length;
    }
    let end = Math.min(lineEnd, l.start + MAX_UNIT_LINE);
    if (before !== '\n' && l.start > 0) {
      const stop = fullStopIn(t, c, end);
      if (stop >= 0) end = stop + 1;
    }
    const sections = labelSections(t, l.start, end, colons);
    if (sections.length === 0) continue;
    const last = out[out.length - 1];
    if (last && last.end + 1 === l.start && t[last.end] === '\n') {
      last.end = end;
      last.sections.push(...sections);
    } else out.push({ start: l.start, end, sections });
    n = colons.firstIndex(end) - 1;
  }
  return out;
}

/** Every responsibility marker in the clean text `t` (whose colons are `colons`), sorted by start. Linear in practice: bounded work per bracket pair. */
export function findMarkers(t: string, colons: Occurrences = new Occurrences(t, '：')): Marker[] {
  const found: Marker[] = [];
  let lastEnd = -1;
  const { opens, closes } = bracketPairs(t);
  for (let k = 0; k < opens.length; k++) {
    const open = opens[k];
    const close = closes[k];
    if (close < 0 || open < lastEnd) continue;
    const head = labelAt(t, open + 1);
    const isLabelled = head !== null && head.role !== 'skip';
    const sections = isLabelled ? labelSections(t, open + 1, close, colons, head) : verbSections(t, open + 1, close);
    if (sections.length === 0) continue;
    found.push({ start: open, end: close + 1, sections });
    lastEnd = close + 1;
  }
  const lines = unitLines(t, found, colons);
  return lines.length === 0 ? found : found.concat(lines).sort((a, b) => a.start - b.start);
}
