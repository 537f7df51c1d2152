/** Read the 信息公开 table (索引号 / 发文机关 / 发文字号 / 成文日期…) of a gov.cn page: labels matched loosely, never by position. */
import { cleanText } from './dom';

/** Labels of 信息公开 tables seen on www.gov.cn and provincial sites, without spaces or colons. */
export const INFO_LABELS: ReadonlySet<string> = new Set([
  '索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期', '主题词',
  '文号', '发文单位', '发文日期', '效力状态', '有效性', '发文机构', '发布机构', '文件编号',
  '公开方式', '公开范围', '信息分类', '体裁分类', '组配分类', '服务对象分类',
  '生成日期', '实施日期', '废止日期', '有效期', '时效', '信息来源', '所属机构', '关键词', '文种',
]);

const SHOW_TEXT = 4;
const MAX_LABEL_NODE = 200;
const MAX_VALUE = 300;
const MAX_LABEL_CHARS = 7;
const IGNORABLE = /[\s\u00a0\u3000【】[\]]/;

/** A label as written (索 引 号：, 标　　题:, 【文号】) reduced to its bare form (索引号, 标题, 文号). */
export function normalizeLabel(raw: string): string {
  return raw.replace(/[\s\u00a0\u3000【】[\]]+/g, '').replace(/[：:]+$/, '');
}

function isLabel(raw: string): boolean {
  return INFO_LABELS.has(normalizeLabel(raw));
}

/** The longest known label that ends `pre` (spaces inside allowed), with the index where it starts. */
function labelAtEnd(pre: string): { label: string; start: number } | null {
  let collected = '';
  let best: { label: string; start: number } | null = null;
  for (let i = pre.length - 1; i >= 0 && collected.length < MAX_LABEL_CHARS; i--) {
    if (IGNORABLE.test(pre[i])) continue;
    collected = pre[i] + collected;
    if (INFO_LABELS.has(collected)) best = { label: collected, start: i };
  }
  return best;
}

function nextColon(s: string, from: number): number {
  const a = s.indexOf('：', from);
  const b = s.indexOf(':', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** "label：value label：value" pairs of one text node that starts with a label; a trailing label's value is '' (it sits in the next cell). */
function pairsIn(raw: string): [string, string][] {
  const pairs: [string, string][] = [];
  let open: { label: string; from: number } | null = null;
  for (let j = nextColon(raw, 0); j >= 0; j = nextColon(raw, j + 1)) {
    const from = open ? open.from : 0;
    const hit = labelAtEnd(raw.slice(from, j));
    if (!hit) continue;
    if (open) pairs.push([open.label, cleanText(raw.slice(from, from + hit.start))]);
    else if (raw.slice(0, hit.start).trim()) return [];
    open = { label: hit.label, from: j + 1 };
  }
  if (open) pairs.push([open.label, cleanText(raw.slice(open.from))]);
  else if (isLabel(raw)) pairs.push([normalizeLabel(raw), '']);
  return pairs;
}

/** The text that follows a label in its own cell or block, else the next cell / sibling element. */
function valueAfter(label: Text): string {
  const holder = label.parentElement?.closest('td,th,dt,dd,li,p,div') ?? label.parentElement;
  if (!holder) return '';
  const whole = holder.textContent ?? '';
  if (whole.length <= MAX_VALUE * 2) {
    const at = whole.indexOf(label.data);
    const rest = at >= 0 ? cleanText(whole.slice(at + label.data.length)).replace(/^[：:]\s*/, '') : '';
    if (rest) return rest;
  }
  const next = holder.nextElementSibling;
  return next ? cleanText(next.textContent) : '';
}

/** The 信息公开 table sits near the top of a page: past this many text nodes the walk stops (5 MB pages stay cheap). */
const MAX_TEXT_NODES = 5000;

/** label → value for every 信息公开 label found under `root` (the first occurrence wins; header rows whose "value" is another label are skipped). */
export function readInfoTable(root: Document | Element): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n && seen++ < MAX_TEXT_NODES; n = walker.nextNode()) {
      const t = n as Text;
      if (t.data.length > MAX_LABEL_NODE || !/[\u4e00-\u9fa5]/.test(t.data)) continue;
      const pairs = pairsIn(t.data);
      for (let k = 0; k < pairs.length; k++) {
        const [label, inline] = pairs[k];
        const value = (inline || (k === pairs.length - 1 ? valueAfter(t) : '')).slice(0, MAX_VALUE);
        if (value && !isLabel(value) && !Object.hasOwn(out, label)) out[label] = value;
      }
    }
  } catch {
    return out;
  }
  return out;
}
