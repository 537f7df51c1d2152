/** Decide whether a page (or a text) is a policy document: weighted signals, non-policy vetoes, reasons in Chinese. */
import type { Analysis, Recognition } from '../policy/schema';
import { INFO_LABELS } from './info-table';
import {
  hasAddressee, hasSignature, nonPolicyTitle, ownDocNumber, titleCandidates, titleForm, urlHints,
  type NonPolicyHint, type NonPolicyKind,
} from './doc-signals';

/** Everything recognition looks at; only `text` is required (the CLI on a .txt file has nothing else). */
export interface RecognitionSignals {
  text: string;
  url?: string;
  metaTags?: Record<string, string>;
  infoTable?: Record<string, string>;
  /** `document.title` or the page's `<h1>`. */
  pageTitle?: string;
  /** The engine's result on `text` (outline, tasks, meta). */
  analysis?: Analysis;
  /** Share of the main content's text that sits inside links (0–1), and the number of links. */
  linkDensity?: number;
  linkCount?: number;
}

/** Score at and above which a page without veto is a policy document. */
export const POLICY_THRESHOLD = 0.5;

/** Labels of the 信息公开 table that identify an official document. */
const POLICY_LABELS = ['索引号', '发文机关', '发文字号', '文号', '成文日期', '发文单位', '发文机构', '发文日期', '效力状态', '有效性', '主题分类'];
const COLUMN_KEYS = ['ColumnName', 'lanmu', 'ColumnType', 'catalog'];
const COLUMN_POLICY = /政策|文件|法规|规章|公文|条例/;
const COLUMN_INTERPRETATION = /解读|问答|答问/;
const COLUMN_NEWS = /动态|新闻|要闻|资讯|媒体|图片|视频|活动|信息/;
const COLUMN_LIST = /公示|名单|招聘|招标|采购/;
const COLUMN_OTHER = /人事|任免|预算|决算/;
const NEWS_LEAD = /(?:新华社|中新社|人民日报|本报|央视|新华网|人民网)[^。\n]{0,20}(?:电|讯)|记者\s+[\u4e00-\u9fa5]{2,3}[\s）)]/;
const INTERPRETATION_HEAD = /解读|解析|答记者问|问答/;

interface Tally {
  score: number;
  reasons: string[];
  veto: NonPolicyHint | null;
}

function add(t: Tally, weight: number, reason: string): void {
  t.score += weight;
  t.reasons.push(reason);
}

function veto(t: Tally, kind: NonPolicyKind, reason: string): void {
  if (!t.veto) t.veto = { kind, reason };
}

function columnSignals(t: Tally, meta: Record<string, string>): void {
  const column = COLUMN_KEYS.map((k) => meta[k]).filter(Boolean).join(' / ');
  if (!column) return;
  if (COLUMN_INTERPRETATION.test(column)) veto(t, 'interpretation', `栏目为“${column}”：解读材料`);
  else if (COLUMN_LIST.test(column)) veto(t, 'list', `栏目为“${column}”：公示或名单栏目`);
  else if (COLUMN_OTHER.test(column)) veto(t, 'other', `栏目为“${column}”：人事或预决算栏目`);
  else if (COLUMN_POLICY.test(column)) add(t, 0.25, `栏目为“${column}”`);
  else if (COLUMN_NEWS.test(column)) veto(t, 'news', `栏目为“${column}”：新闻动态`);
}

function tableSignals(t: Tally, table: Record<string, string>): string | null {
  const found = POLICY_LABELS.filter((l) => table[l]);
  if (found.length >= 3) add(t, 0.35, `信息公开表含${found.join('、')}`);
  else if (found.length > 0) add(t, 0.15, `信息公开表含${found.join('、')}`);
  else if (Object.keys(table).some((k) => INFO_LABELS.has(k))) add(t, 0.05, '页面有信息公开栏目');
  return table['发文字号'] || table['文号'] || null;
}

/** Vetoes come from the page's declared titles, or (text only) from the text's title; the 公文 form from any candidate. */
function titleSignals(t: Tally, declared: string[], fromText: string[]): void {
  const textTitle = fromText.find((x) => titleForm(x)?.strong) ?? fromText.find((x) => titleForm(x)) ?? fromText[0];
  for (const title of declared.length > 0 ? declared : [textTitle ?? '']) {
    const hint = nonPolicyTitle(title);
    if (hint) {
      veto(t, hint.kind, hint.reason);
      return;
    }
  }
  let weak: string | null = null;
  for (const title of [...declared, ...fromText]) {
    const form = titleForm(title);
    if (form?.strong) {
      add(t, 0.3, `标题为公文形式（关于……的${form.genre}）`);
      return;
    }
    if (form && !weak) weak = form.genre;
  }
  if (weak) add(t, 0.15, `标题以“${weak}”结尾`);
}

function analysisSignals(t: Tally, a: Analysis): void {
  if (a.outline.length >= 3) add(t, 0.1, `正文有层级结构（${a.outline.length} 个标题）`);
  const withUnits = a.tasks.filter((x) => x.units.length > 0).length;
  if (withUnits > 0) add(t, 0.2, `发现 ${withUnits} 项带责任单位的任务`);
}

function verdictKind(s: RecognitionSignals, text: string): NonPolicyKind {
  const head = text.slice(0, 400);
  if (NEWS_LEAD.test(head) || urlHints(s.url).news) return 'news';
  if (INTERPRETATION_HEAD.test(text.slice(0, 200)) || urlHints(s.url).interpretation) return 'interpretation';
  return 'other';
}

/** What a page declares before its text is read: its address, 栏目 and titles. */
export type DeclaredSignals = Pick<RecognitionSignals, 'url' | 'metaTags' | 'infoTable' | 'pageTitle'>;

/**
 * The verdict the page's own declarations already force (a 解读 or news 栏目, a 任免 or 公示 title, a search address), or
 * null when the text must decide. Such a veto wins in `recognize` too, so the engine need not run.
 */
export function declaredVeto(s: DeclaredSignals): Recognition | null {
  try {
    const t: Tally = { score: 0, reasons: [], veto: null };
    if (urlHints(s.url).search) veto(t, 'list', '搜索结果页');
    columnSignals(t, s.metaTags ?? {});
    for (const title of [s.metaTags?.ArticleTitle, s.infoTable?.['标题'], s.pageTitle]) {
      const hint = title?.trim() ? nonPolicyTitle(title) : null;
      if (hint) veto(t, hint.kind, hint.reason);
    }
    return t.veto ? { isPolicy: false, confidence: 0.9, kind: t.veto.kind, reasons: [t.veto.reason] } : null;
  } catch {
    return null;
  }
}

/** Recognize a policy document from page and text signals; precision first (解读, news, 公示, budgets, 任免, index and search pages are not policy). Never throws. */
export function recognize(s: RecognitionSignals): Recognition {
  try {
    return recognizeUnsafe(s);
  } catch {
    return { isPolicy: false, confidence: 0.5, kind: 'other', reasons: ['无法判断页面类型'] };
  }
}

function recognizeUnsafe(s: RecognitionSignals): Recognition {
  const t: Tally = { score: 0, reasons: [], veto: null };
  const text = s.text ?? '';
  const meta = s.metaTags ?? {};
  const url = urlHints(s.url);
  if (url.search) veto(t, 'list', '搜索结果页');
  if ((s.linkCount ?? 0) >= 10 && (s.linkDensity ?? 0) >= 0.5) veto(t, 'list', `页面以链接列表为主（${s.linkCount} 个链接）：栏目或列表页`);
  if (url.govHost) add(t, 0.05, '网址属于政府网站（gov.cn）');
  if (url.interpretation) add(t, -0.3, '网址位于解读栏目');
  if (url.news) add(t, -0.3, '网址位于新闻动态栏目');
  columnSignals(t, meta);

  const tableNumber = tableSignals(t, s.infoTable ?? {});
  const docNumber = tableNumber || ownDocNumber(text) || s.analysis?.meta.docNumber || null;
  if (docNumber) add(t, 0.3, `文号：${docNumber}`);

  const declared = [meta.ArticleTitle, s.infoTable?.['标题'], s.analysis?.meta.title ?? undefined, s.pageTitle]
    .filter((x): x is string => !!x && x.trim().length > 0);
  titleSignals(t, declared, titleCandidates(text));

  if (hasAddressee(text) || (s.analysis?.meta.addressees.length ?? 0) > 0) add(t, 0.1, '有主送机关');
  if (hasSignature(text)) add(t, 0.1, '有落款（发文机关与日期）');
  if (NEWS_LEAD.test(text.slice(0, 400))) add(t, -0.3, '正文为新闻稿格式');
  if (s.analysis) analysisSignals(t, s.analysis);

  if (t.veto) return { isPolicy: false, confidence: 0.9, kind: t.veto.kind, reasons: [t.veto.reason, ...t.reasons] };
  const score = Math.round(t.score * 100) / 100;
  if (score >= POLICY_THRESHOLD) return { isPolicy: true, confidence: Math.min(0.99, score), kind: 'policy', reasons: t.reasons };
  return {
    isPolicy: false,
    confidence: Math.max(0.5, Math.min(0.95, Math.round((1 - score) * 100) / 100)),
    kind: verdictKind(s, text),
    reasons: [`政策文件特征不足（得分 ${score}）`, ...t.reasons],
  };
}
