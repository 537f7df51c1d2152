/** Wire a page (or a bare text) through recognition and the engine: meta tags + 信息公开 table + main content → text map → analyze() → recognize(). */
import { analyze } from '../policy/analyze';
import type { Analysis, AnalyzeInput, Recognition } from '../policy/schema';
import { cleanText, linkStats } from './dom';
import { readInfoTable } from './info-table';
import { findMainContent, type MainContent } from './main-content';
import { readMetaTags } from './meta-tags';
import { quickGate } from './quick-gate';
import { recognize } from './recognize';
import { buildTextMap, emptyTextMap, type TextMap } from './text-map';

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

/** Longest text the engine gets from one page (the longest real policy documents are far below: ~200k characters). */
export const MAX_ANALYZED_CHARS = 500_000;

function emptyAnalysis(): Analysis {
  return {
    meta: { title: null, docNumber: null, issuer: null, writtenDate: null, publishedDate: null, indexNumber: null, subject: null, addressees: [], disclosure: null },
    outline: [],
    tasks: [],
    units: [],
    leadRule: { rule: 'first-listed', source: 'convention', quote: null },
    attachments: [],
    textSignals: [],
  };
}

function safeAnalyze(input: AnalyzeInput): Analysis {
  try {
    return analyze(input);
  } catch {
    return emptyAnalysis();
  }
}

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
  const analysis = safeAnalyze({ text, url });
  const recognition = recognize({ text, url, analysis });
  return { recognition, analysis: forVerdict(recognition, analysis) };
}

/** Analyze a page (real DOM or linkedom): the same code path in the content script and the CLI. Never throws. */
export function analyzePage(doc: Document, url: string): PageAnalysis {
  const gate = quickGate(doc, url);
  const metaTags = readMetaTags(doc);
  if (!gate.pass) {
    const recognition: Recognition = { isPolicy: false, confidence: 0.9, kind: gate.kind, reasons: [gate.reason] };
    const analysis = forVerdict(recognition, safeAnalyze({ text: '', url, metaTags }));
    return { recognition, analysis, textMap: emptyTextMap(), main: { element: null, source: 'none', via: '', bounds: {} }, partial: false };
  }
  const infoTable = readInfoTable(doc);
  const main = findMainContent(doc);
  const textMap = main.element ? buildTextMap(main.element, main.bounds) : emptyTextMap();
  const partial = textMap.text.length > MAX_ANALYZED_CHARS;
  const text = partial ? textMap.text.slice(0, textMap.text.lastIndexOf('\n', MAX_ANALYZED_CHARS) + 1 || MAX_ANALYZED_CHARS) : textMap.text;
  const analysis = safeAnalyze({ text, url, metaTags, infoTable });
  const links = linkStats(main.element);
  const recognition = recognize({
    text, url, metaTags, infoTable, pageTitle: pageTitle(doc), analysis,
    linkDensity: links.density, linkCount: links.count,
  });
  return { recognition, analysis: forVerdict(recognition, analysis), textMap, main, partial };
}
