/** Clauses of a responsibility list: which units lead (X牵头), which take part (Y参与), which are merely listed (A、B负责), where notes start. */
import { byFirstChar, CharClass, codeAt } from './char-class';

/** Role of a stretch of unit text: lead (牵头), co (配合/参与), or listed (the document's lead rule decides). */
export type SectionRole = 'lead' | 'co' | 'listed';

/** From `at` on, the units of a section have `role`. */
export interface RoleBreak {
  at: number;
  role: SectionRole;
}

/** A stretch of unit text and the roles inside it. */
export interface ClauseSection {
  start: number;
  end: number;
  /** In increasing order of `at`. */
  breaks: RoleBreak[];
  /** Whether the last unit clause ends with a responsibility verb (负责, 牵头, 参与…). */
  verbEnded: boolean;
}

/** A marker label (牵头单位, 适用范围…) and the role it gives the list after it ('skip': the list holds no units). */
export interface MarkerLabel {
  label: string;
  role: SectionRole | 'skip';
}

const LABELS: MarkerLabel[] = Object.entries({
  牵头单位: 'lead',
  牵头部门: 'lead',
  主办单位: 'lead',
  配合单位: 'co',
  配合部门: 'co',
  参与单位: 'co',
  参与部门: 'co',
  协办单位: 'co',
  协助单位: 'co',
  责任单位: 'listed',
  责任部门: 'listed',
  负责单位: 'listed',
  负责部门: 'listed',
  责任主体: 'listed',
  实施单位: 'listed',
  实施主体: 'listed',
  承办单位: 'listed',
  适用范围: 'skip',
  完成时限: 'skip',
  完成时间: 'skip',
  时间节点: 'skip',
  时限要求: 'skip',
  进度安排: 'skip',
  时限: 'skip',
} as Record<string, SectionRole | 'skip'>).map(([label, role]) => ({ label, role }));

/** Lengths of the labels, longest first. */
export const LABEL_LENGTHS = [4, 2];
const [OPEN, CLOSE, COMMA, SEMICOLON, ASCII_COMMA, FULL_STOP, COLON] = Array.from('（），；,。：', (c) => c.charCodeAt(0));
/** First and last characters of the labels: text starting or ending otherwise before a colon holds no label. */
const LABEL_STARTS = new CharClass(LABELS.map((l) => l.label[0]).join(''));
const LABEL_ENDS = new CharClass(LABELS.map((l) => l.label[l.label.length - 1]).join(''));
/** The labels by first character: a label is matched in place, without cutting the text. */
const LABELS_BY_FIRST = byFirstChar(LABELS, (l) => l.label);
const NO_LABELS: readonly MarkerLabel[] = [];

/** The label (4 or 2 characters) starting at `at` and followed by '：' (at `at` + its length), if any. */
export function labelAt(t: string, at: number): MarkerLabel | null {
  for (const len of LABEL_LENGTHS) {
    if (codeAt(t, at + len) !== COLON || !LABEL_STARTS.has(t, at) || !LABEL_ENDS.has(t, at + len - 1)) continue;
    for (const l of LABELS_BY_FIRST.get(t.charCodeAt(at)) ?? NO_LABELS) {
      if (l.label.length === len && t.startsWith(l.label, at)) return l;
    }
  }
  return null;
}

/** Verbs ending a clause, longest first, with the role they give its units. */
const CLAUSE_VERBS: [string, SectionRole][] = [
  ['按职责分工负责', 'listed'],
  ['按职责分工落实', 'listed'],
  ['按职责负责', 'listed'],
  ['牵头负责', 'lead'],
  ['负责落实', 'listed'],
  ['配合落实', 'co'],
  ['分别负责', 'listed'],
  ['共同负责', 'listed'],
  ['具体负责', 'listed'],
  ['总牵头', 'lead'],
  ['负总责', 'lead'],
  ['牵头', 'lead'],
  ['负责', 'listed'],
  ['指导', 'listed'],
  ['配合', 'co'],
  ['参与', 'co'],
  ['协助', 'co'],
  ['协办', 'co'],
];

/** Last characters of the clause verbs: a clause ending otherwise has no verb. */
const VERB_ENDS = new CharClass(CLAUSE_VERBS.map(([v]) => v[v.length - 1]).join(''));
/** The clause verbs by their last character, longest first: only those are compared with a clause's end. */
const VERBS_BY_LAST = byFirstChar(CLAUSE_VERBS, ([v]) => v[v.length - 1]);

const RANK_WORDS = ['首位', '第一', '首个', '第1'];

/** Whether `s` states the lead rule (排在首位的为牵头单位, 列第一位者为牵头单位…). */
export function isRuleNote(s: string): boolean {
  return s.includes('牵头') && RANK_WORDS.some((w) => s.includes(w)) && (s.includes('为') || s.includes('是'));
}

/** Whether a clause is a note rather than units (a lead rule, 下同, 不再列出, 以下…). */
function isNote(s: string): boolean {
  return isRuleNote(s) || s.startsWith('下同') || s.startsWith('以下') || s.includes('不再列出');
}

/** Characters clauseBreaks looks at: brackets, clause ends, and the characters a note (牵头…, 不再列出) or 会同 needs. */
const CLAUSE_CHARS = new CharClass('（），；,。牵不会');
const [QIAN, BU, HUI, XIA, YI, SPACE, NEWLINE] = Array.from('牵不会下以 \n', (c) => c.charCodeAt(0));

/** Whether the character at t[i] is trimmed off a clause (a space or a line break). */
function isClauseBlank(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c === SPACE || c === NEWLINE;
}

function verbOf(t: string, end: number, start: number): [string, SectionRole] | null {
  const verbs = VERB_ENDS.has(t, end - 1) ? VERBS_BY_LAST.get(t.charCodeAt(end - 1)) : undefined;
  if (verbs) for (const v of verbs) if (end - start > v[0].length && t.startsWith(v[0], end - v[0].length)) return v;
  return null;
}

/** Clauses found by clauseBreaks, three numbers each (start, end, offset of 会同 in it or -1); reused from call to call. */
const clauses: number[] = [];

/**
 * Analyse the unit list [from, to) clause by clause (clauses end at ，/； outside brackets): a clause takes the role of its verb,
 * or of the next clause that has one, or `fallback`; in "X会同Y负责" Y is co and X keeps the clause's role. Notes end the list,
 * and so does a 。 outside brackets, or anywhere when `cutAtStop`.
 */
export function clauseBreaks(t: string, from: number, to: number, fallback: SectionRole, cutAtStop = false): ClauseSection | null {
  let n = 0;
  let depth = 0;
  let cs = from;
  /** Whether the clause read so far holds 牵 or 不 (which a note needs), or 会 (which 会同 needs): only then is its text looked at. */
  let mayNote = false;
  let mayWith = false;
  for (let i = from; i <= to; i++) {
    while (i < to && !CLAUSE_CHARS.has(t, i)) i++;
    let c = i < to ? t.charCodeAt(i) : COMMA;
    if (c === FULL_STOP && cutAtStop) {
      to = i;
      c = COMMA;
    }
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === COMMA || c === SEMICOLON || c === ASCII_COMMA || c === FULL_STOP)) {
      let a = cs;
      let b = i;
      while (a < b && isClauseBlank(t, a)) a++;
      while (b > a && isClauseBlank(t, b - 1)) b--;
      if (b > a) {
        const first = t.charCodeAt(a);
        const text = mayNote || mayWith || first === XIA || first === YI ? t.slice(a, b) : '';
        if (text && isNote(text)) break;
        clauses[n++] = a;
        clauses[n++] = b;
        clauses[n++] = mayWith ? text.indexOf('会同') : -1;
      }
      cs = i + 1;
      mayNote = false;
      mayWith = false;
      if (c === FULL_STOP) break;
    } else if (c === QIAN || c === BU) mayNote = true;
    else if (c === HUI) mayWith = true;
  }
  if (n === 0) return null;
  /** Built from the last clause back (a clause without a verb takes the role of the next one that has one), then reversed. */
  const breaks: RoleBreak[] = [];
  const last = verbOf(t, clauses[n - 2], clauses[n - 3]);
  let role: SectionRole = last ? last[1] : fallback;
  for (let k = n - 3; k >= 0; k -= 3) {
    const verb = k === n - 3 ? last : verbOf(t, clauses[k + 1], clauses[k]);
    if (verb) role = verb[1];
    const with_ = clauses[k + 2];
    if (with_ > 0 && role !== 'co') breaks.push({ at: clauses[k] + with_, role: 'co' });
    breaks.push({ at: clauses[k], role });
  }
  return { start: clauses[0], end: clauses[n - 2], breaks: breaks.reverse(), verbEnded: last !== null };
}
