/** Passages of a document without tasks (an analysis piece): its numbered points (一是…) and paragraphs, under their headings. */
import { compactWhitespace } from './item-text';

/** One passage: id (第N段), title (the point's first sentence), the heading it stands under, its text and span. */
export interface Passage {
  id: string;
  title: string;
  section?: string;
  text: string;
  start: number;
  end: number;
}

/** Paragraphs shorter than this are dates, bylines or captions, not passages. */
const MIN_PASSAGE = 30;
/** Longest passage title; longer first sentences are cut with '…'. */
const MAX_TITLE = 40;
const NUMERALS = '一二三四五六七八九十';

/** Length of a leading Chinese numeral run (一, 十二…), at most 3 characters. */
function numeralPrefix(line: string): number {
  let n = 0;
  while (n < 3 && n < line.length && NUMERALS.includes(line[n])) n++;
  return n;
}

/** Heading text of a line, with its kind, or null for a paragraph: ★ topic, 一、 part, 第一节 section. */
function heading(line: string): { kind: 'topic' | 'part' | 'section'; title: string } | null {
  if (line.startsWith('★')) return { kind: 'topic', title: line.slice(1).trim() };
  const n = numeralPrefix(line);
  if (n > 0 && line[n] === '、' && line.length <= 20 && !line.includes('。')) return { kind: 'part', title: line.slice(n + 1).trim() };
  if (line.startsWith('第') && n === 0 && NUMERALS.includes(line[1]) && line.slice(2, 5).includes('节') && line.length <= 40) {
    return { kind: 'section', title: line };
  }
  return null;
}

/** Title of a paragraph: its first sentence (for 一是… points, the point itself), cut at MAX_TITLE characters. */
function paragraphTitle(text: string): string {
  const compact = compactWhitespace(text);
  const end = compact.indexOf('。');
  const sentence = end > 0 ? compact.slice(0, end) : compact;
  return sentence.length > MAX_TITLE ? `${sentence.slice(0, MAX_TITLE)}…` : sentence;
}

/** Split a text into passages, one per paragraph line (headings and short lines are not passages). */
export function splitPassages(text: string): Passage[] {
  const out: Passage[] = [];
  let topic: string | undefined;
  let section: string | undefined;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const line = raw.trim();
    const h = line ? heading(line) : null;
    if (h?.kind === 'section') section = h.title;
    else if (h) {
      topic = h.title;
      section = undefined;
    } else if (compactWhitespace(line).length >= MIN_PASSAGE) {
      const lead = start + raw.indexOf(line);
      const where = [topic, section].filter(Boolean).join(' · ');
      out.push({
        id: `第${out.length + 1}段`,
        title: paragraphTitle(line),
        ...(where ? { section: where } : {}),
        text: line,
        start: lead,
        end: lead + line.length,
      });
    }
    start = end + 1;
  }
  return out;
}

/**
 * A title for a document that states none: its dominant phrase (the longest CJK n-gram, 4–10 characters,
 * repeated at least 3 times and nearly as often as the most frequent 4-gram), then its part headings (一、…).
 */
export function untitledDocumentTitle(text: string): string | null {
  const runs = text.match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  const best = new Map<number, { gram: string; count: number }>();
  for (let n = 4; n <= 10; n++) {
    const counts = new Map<string, number>();
    for (const run of runs) for (let i = 0; i + n <= run.length; i++) counts.set(run.slice(i, i + n), (counts.get(run.slice(i, i + n)) ?? 0) + 1);
    let top = { gram: '', count: 0 };
    for (const [gram, count] of counts) if (count > top.count) top = { gram, count };
    best.set(n, top);
  }
  const floor = Math.max(3, 0.6 * (best.get(4)?.count ?? 0));
  let phrase = '';
  for (let n = 4; n <= 10; n++) if ((best.get(n)?.count ?? 0) >= floor) phrase = best.get(n)!.gram;
  if (!phrase) return null;
  const parts = text
    .split('\n')
    .map((line) => heading(line.trim()))
    .filter((h) => h?.kind === 'part')
    .map((h) => h!.title);
  return parts.length ? `${phrase}：${parts.join('、')}` : phrase;
}
