/** The content script's cheap pre-gate: bail out in well under a millisecond on pages that obviously are not policy documents. */
import type { PageFacts } from '../messages';
import { bodyOf, linkStats } from './dom';
import { urlHints } from './doc-signals';
import { hasContentContainer } from './main-content';

/** Whether the page deserves a full analysis, what a stopped page is taken for (a list or anything else), and why (in Chinese). */
export type GateResult = PageFacts['gate'];

const MIN_TEXT = 200;
const LIST_LINKS = 20;
const LIST_DENSITY = 0.6;

/** Pass pages with a known content container; stop search pages, pages with little text and link lists. Never throws. */
export function quickGate(doc: Document, url = ''): GateResult {
  try {
    const body = bodyOf(doc);
    if (!body) return { pass: false, kind: 'other', reason: '页面没有正文' };
    if (urlHints(url).search) return { pass: false, kind: 'list', reason: '搜索结果页' };
    if (hasContentContainer(doc)) return { pass: true, kind: 'other', reason: '找到正文容器' };
    const textLength = (body.textContent ?? '').length;
    if (textLength < MIN_TEXT) return { pass: false, kind: 'other', reason: '页面文字过少' };
    const links = linkStats(body);
    if (links.count >= LIST_LINKS && links.density >= LIST_DENSITY) return { pass: false, kind: 'list', reason: '页面以链接列表为主' };
    return { pass: true, kind: 'other', reason: '需进一步判断' };
  } catch {
    return { pass: false, kind: 'other', reason: '页面无法读取' };
  }
}
