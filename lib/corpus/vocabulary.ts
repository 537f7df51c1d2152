/**
 * Compact text form of a bigram vocabulary: bigrams grouped by first character ("推进动" = 推进, 推动),
 * a lone CJK character is a unigram entry, any other entry is an ASCII word; entries are space-separated.
 */
import { isCjk } from './bigrams';

/** The vocabulary in its canonical order (the order of `decodeVocabulary`), and its encoded text. */
export function encodeVocabulary(terms: Iterable<string>): { order: string[]; text: string } {
  const unigrams = new Set<string>();
  const groups = new Map<string, string[]>();
  const words: string[] = [];
  for (const term of terms) {
    if (!isCjk(term.charCodeAt(0))) words.push(term);
    else if (term.length === 1) unigrams.add(term);
    else {
      const seconds = groups.get(term[0]) ?? [];
      seconds.push(term[1]);
      groups.set(term[0], seconds);
    }
  }
  const leads = [...new Set([...unigrams, ...groups.keys()])].sort();
  const order: string[] = [];
  const entries: string[] = [];
  for (const lead of leads) {
    if (unigrams.has(lead)) {
      order.push(lead);
      entries.push(lead);
    }
    const seconds = groups.get(lead)?.sort();
    if (!seconds) continue;
    for (const second of seconds) order.push(lead + second);
    entries.push(lead + seconds.join(''));
  }
  words.sort();
  order.push(...words);
  entries.push(...words);
  return { order, text: entries.join(' ') };
}

/** The terms of an encoded vocabulary, in order (term id = position). */
export function decodeVocabulary(text: string): string[] {
  const out: string[] = [];
  for (const entry of text.split(' ')) {
    if (!entry) continue;
    if (!isCjk(entry.charCodeAt(0)) || entry.length === 1) out.push(entry);
    else for (let i = 1; i < entry.length; i++) out.push(entry[0] + entry[i]);
  }
  return out;
}
