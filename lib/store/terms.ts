/** Search terms of a note for the `*terms` multi-entry index, and the matching of query words against them. */
import { bigrams, isCjk } from '../corpus/bigrams';
import { foldString } from '../anchor/fold';
import type { Note } from './schema';

/** Ideographs that end a CJK run (不 in 推进落实不): indexed alone so a one-character query finds every occurrence. */
function runFinalIdeographs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isCjk(text.charCodeAt(i)) && !(i + 1 < text.length && isCjk(text.charCodeAt(i + 1)))) out.push(text[i]);
  }
  return out;
}

/** The distinct index terms of a text: its bigrams and ASCII words (see lib/corpus/bigrams) plus run-final ideographs. */
export function textTerms(text: string): string[] {
  return [...new Set([...bigrams(text), ...runFinalIdeographs(text)])];
}

/** The index terms of a note: those of its quote and of its note text. */
export function noteTerms(note: Pick<Note, 'selectors' | 'note'>): string[] {
  return textTerms(`${note.selectors.quote.exact}\n${note.note}`);
}

/** One query term and how to look it up: an exact bigram, or a prefix (a single ideograph or an ASCII word). */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/** The distinct lookups for a query: bigrams match exactly; single ideographs and ASCII words match as prefixes. */
export function queryTerms(query: string): QueryTerm[] {
  return [...new Set(bigrams(query))].map((term) => ({ term, prefix: term.length === 1 || !isCjk(term.charCodeAt(0)) }));
}

/** The whitespace-separated words of a query, folded (whitespace and character width ignored), empty ones dropped. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(foldString)
    .filter((w) => w.length > 0);
}

/** Whether a folded quote or folded note text contains every folded query word (see `queryWords`). */
export function containsWords(quote: string, text: string, words: readonly string[]): boolean {
  return words.every((w) => quote.includes(w) || text.includes(w));
}
