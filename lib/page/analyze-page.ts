/** Wire a page (or a bare text) through recognition and the engine in one process (the CLI, tests): collect-page.ts, then conclude-page.ts. */
import { Readability } from '@mozilla/readability';
import { analyze } from '../policy/analyze';
import type { Analysis, Recognition } from '../policy/schema';
import { collectSteps, completeSteps } from './collect-page';
import { concludePage, forVerdict } from './conclude-page';
import { MAX_ANALYZED_CHARS, PREFIX_CHARS } from './limits';
import type { MainContent } from './main-content';
import { recognize } from './recognize';
import { runSteps } from './slicer';
import type { TextMap } from './text-map';

export { MAX_ANALYZED_CHARS };

/** Result for a bare text: the verdict and the engine's analysis (no tasks when not a policy document). */
export interface TextAnalysis {
  recognition: Recognition;
  analysis: Analysis;
}

/** Result for a page: also the text map that leads the engine's offsets back to the DOM, and where the main content was found. */
export interface PageAnalysis extends TextAnalysis {
  textMap: TextMap;
  main: MainContent;
  /** The page's text was longer than MAX_ANALYZED_CHARS: only its beginning was analysed (badge: 页面过大，已部分分析). */
  partial: boolean;
}

/** Analyze a bare text (the CLI on a .txt file): recognition from text-only signals. Never throws. */
export function analyzeText(text: string, url?: string): TextAnalysis {
  const analysis = analyze({ text, url });
  const recognition = recognize({ text, url, analysis });
  return { recognition, analysis: forVerdict(recognition, analysis) };
}

/**
 * Analyze a page (real DOM or linkedom) exactly as the extension does — the content script collects, the background
 * concludes, a long page is judged on its prefix first — in one process. Never throws.
 */
export function analyzePage(doc: Document, url: string): PageAnalysis {
  let page = runSteps(collectSteps(doc, url, PREFIX_CHARS, Readability));
  let verdict = concludePage(page.facts, page.textMap.text, page.complete);
  if (verdict.next !== 'done') page = runSteps(completeSteps(page));
  if (verdict.next === 'analyze') verdict = concludePage(page.facts, page.textMap.text, true);
  return { recognition: verdict.recognition, analysis: verdict.analysis, partial: verdict.partial, textMap: page.textMap, main: page.main };
}
