/** Wire a page (or a bare text) through recognition and the engine: meta tags + 信息公开 table + main content → text map → analyze() → recognize(). */
import { analyze } from '../policy/analyze';
import type { Analysis, Recognition } from '../policy/schema';
import { cleanText, linkStats } from './dom';
import { readInfoTable } from './info-table';
import { findMainContent, type MainContent } from './main-content';
import { readMetaTags } from './meta-tags';
import { quickGate } from './quick-gate';
import { declaredVeto, recognize } from './recognize';
import { emptyTextMap, textMapSteps, type TextMap } from './text-map';
import { runSteps, runStepsSliced, type Slicer } from './slicer';

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

/** Longest text the engine gets from one page (the longest of the 60 real gov.cn pages has about 9,000 characters, seed 003 about 20,000). */
export const MAX_ANALYZED_CHARS = 150_000;

/** A non-policy page keeps its meta and outline but has no tasks (nothing to highlight). */
function forVerdict(recognition: Recognition, analysis: Analysis): Analysis {
  return recognition.isPolicy ? analysis : { ...analysis, tasks: [], units: [] };
}

/** The page's own title without the site suffix ("…的通知_政府信息公开专栏" → "…的通知"). */
function pageTitle(doc: Document): string {
  try {
    return cleanText(doc.title).split(/_|\||｜| - /)[0].trim();
  } catch {
    return '';
  }
}

/** Analyze a bare text (the CLI on a .txt file): recognition from text-only signals. Never throws. */
export function analyzeText(text: string, url?: string): TextAnalysis {
  const analysis = analyze({ text, url });
  const recognition = recognize({ text, url, analysis });
  return { recognition, analysis: forVerdict(recognition, analysis) };
}

/** What is read from the page before its text: meta tags, the gate's verdict, the 信息公开 table and the main content. */
interface Prelude {
  metaTags: Record<string, string>;
  gate: ReturnType<typeof quickGate>;
  infoTable: Record<string, string>;
  main: MainContent;
}

const NO_MAIN: MainContent = { element: null, source: 'none', via: '', bounds: {} };

/**
 * A long page is first judged on its beginning: a policy document shows its title, 文号 and structure there. When that
 * beginning is not a policy document, the rest is never walked (a 5 MB statistics page costs what its first part costs).
 */
const PREFIX_CHARS = 30_000;

function* preludeSteps(doc: Document, url: string): Generator<void, Prelude, void> {
  const gate = quickGate(doc, url);
  const metaTags = readMetaTags(doc);
  if (!gate.pass) return { gate, metaTags, infoTable: {}, main: NO_MAIN };
  yield;
  const infoTable = readInfoTable(doc);
  yield;
  return { gate, metaTags, infoTable, main: findMainContent(doc) };
}

/** The engine and recognition on the mapped text (at most MAX_ANALYZED_CHARS of it, cut at a line end). */
function* concludeSteps(doc: Document, url: string, p: Prelude, textMap: TextMap): Generator<void, PageAnalysis, void> {
  const { gate, metaTags, infoTable, main } = p;
  if (!gate.pass) {
    const recognition: Recognition = { isPolicy: false, confidence: 0.9, kind: gate.kind, reasons: [gate.reason] };
    const analysis = forVerdict(recognition, analyze({ text: '', url, metaTags }));
    return { recognition, analysis, textMap, main, partial: false };
  }
  const partial = textMap.text.length > MAX_ANALYZED_CHARS;
  const text = partial ? textMap.text.slice(0, textMap.text.lastIndexOf('\n', MAX_ANALYZED_CHARS) + 1 || MAX_ANALYZED_CHARS) : textMap.text;
  const analysis = analyze({ text, url, metaTags, infoTable });
  yield;
  const links = linkStats(main.element);
  yield;
  const recognition = recognize({
    text, url, metaTags, infoTable, pageTitle: pageTitle(doc), analysis,
    linkDensity: links.density, linkCount: links.count,
  });
  return { recognition, analysis: forVerdict(recognition, analysis), textMap, main, partial };
}

/** The whole page analysis as steps; a long page whose beginning is not a policy document stops there. */
function* pageSteps(doc: Document, url: string): Generator<void, PageAnalysis, void> {
  const p = yield* preludeSteps(doc, url);
  const main = p.main.element;
  if (!p.gate.pass || !main) return yield* concludeSteps(doc, url, p, emptyTextMap());
  const declared = declaredVeto({ url, metaTags: p.metaTags, infoTable: p.infoTable, pageTitle: pageTitle(doc) });
  if (declared) {
    // A 解读 article or a news item says so itself: no engine run; its text is still mapped, for the reader's notes.
    const textMap = yield* textMapSteps(main, p.main.bounds);
    const analysis = forVerdict(declared, analyze({ text: '', url, metaTags: p.metaTags, infoTable: p.infoTable }));
    return { recognition: declared, analysis, textMap, main: p.main, partial: false };
  }
  const prefix = yield* textMapSteps(main, p.main.bounds, PREFIX_CHARS);
  const early = yield* concludeSteps(doc, url, p, prefix);
  if (prefix.text.length < PREFIX_CHARS || !early.recognition.isPolicy) return early;
  yield;
  const textMap = yield* textMapSteps(main, p.main.bounds);
  return yield* concludeSteps(doc, url, p, textMap);
}

/** Analyze a page (real DOM or linkedom): the same code path in the content script and the CLI. Never throws. */
export function analyzePage(doc: Document, url: string): PageAnalysis {
  return runSteps(pageSteps(doc, url));
}

/** The same analysis in time slices (the content script: the page stays responsive while a long page is read). */
export function analyzePageSliced(doc: Document, url: string, slicer: Slicer): Promise<PageAnalysis> {
  return runStepsSliced(pageSteps(doc, url), slicer);
}
