/** The document's lead rule (牵头单位): first-listed ("排在首位的为牵头单位，下同") or first regional unit ("排名第一的区直单位为自治区牵头单位"). */
import { CharClass } from './char-class';
import type { LeadRule } from './schema';
import { isRuleNote } from './marker-clauses';

/** Words that make the rule pick the first regional-level (区直 / 省直) unit rather than the first listed one. */
const REGIONAL_WORDS = ['区直', '省直', '自治区直属', '直属'];
/** A clause is looked for at most this far around 牵头. */
const CLAUSE_REACH = 40;
const CLAUSE_ENDS = new CharClass('。；，（）\n');

/** The rule stated by the document wherever it is, with the quote; the first-listed convention when none is stated. */
export function detectLeadRule(t: string): LeadRule {
  for (let i = t.indexOf('牵头'), checkedTo = 0; i >= 0; i = t.indexOf('牵头', Math.max(i + 2, checkedTo))) {
    let a = i;
    while (a > 0 && i - a < CLAUSE_REACH && !CLAUSE_ENDS.has(t, a - 1)) a--;
    let b = i + 2;
    while (b < t.length && b - i < CLAUSE_REACH && !CLAUSE_ENDS.has(t, b)) b++;
    const clause = t.slice(a, b);
    checkedTo = CLAUSE_ENDS.has(t, b) ? b : i + 2;
    if (!isRuleNote(clause)) continue;
    const quote = t.startsWith('，下同', b) ? clause + '，下同' : clause;
    const regional = REGIONAL_WORDS.some((w) => clause.slice(0, i - a).includes(w));
    return { rule: regional ? 'first-regional' : 'first-listed', source: 'document', quote };
  }
  return { rule: 'first-listed', source: 'convention', quote: null };
}

/** Index of the lead among `count` listed units under `rule`: the first one, or the first regional unit (`isRegional(k)`) when there is one. */
export function leadIndex(count: number, rule: LeadRule['rule'], isRegional: (k: number) => boolean): number {
  if (count === 0) return -1;
  if (rule === 'first-regional') for (let k = 0; k < count; k++) if (isRegional(k)) return k;
  return 0;
}
