/** Document identity read from the text itself: title line, 文号, signature block (issuer, date), 发布日期, addressees, 公开方式. */
import { CharClass } from './char-class';
import type { CleanText } from './clean-text';
import { isoDate } from './dates';
import { Occurrences } from './occurrences';
import type { Meta } from './schema';

/** The head of a document, where title, 文号 and addressees are looked for. */
const HEAD = 3000;
/** Document-type words a title ends with after 关于…的. */
const RELATIVE_TYPES = ['若干意见', '指导意见', '实施意见', '意见', '通知', '决定', '批复', '复函', '函', '通报', '报告', '公告', '通告', '答复', '请示', '决议', '规定', '办法'];
/** Words a stand-alone title line ends with. */
const TITLE_ENDINGS = ['方案', '意见', '规划', '办法', '规定', '条例', '细则', '纲要', '通知', '决定', '计划', '措施', '要点', '指引', '批复', '公告', '通告'];
/** Last characters of an issuing body's name (国务院, 人民政府, 办公厅, 委员会…). */
const ORG_END = '府厅局部委办院会署室心';
const [NEWLINE, COMMA, FULL_STOP, OF] = Array.from('\n，。的', (c) => c.charCodeAt(0));
const DOC_NUMBER_OPEN = new CharClass('〔［[（【');
const DOC_NUMBER_CLOSE = new CharClass('〕］]）】');
/** Characters a title does not extend to the left past. */
const TITLE_LEFT_STOPS = new CharClass('\n。）：《”');
/** Characters an addressee segment starts after (a digit too). */
const SEGMENT_STOPS = new CharClass('\n。）：0123456789');
/** Characters that end a labelled value (索引号：…). */
const VALUE_ENDS = new CharClass('\n）');
/** Words that end the text before a 文号 prefix (…印发国发〔2019〕5号 → 国发). */
const PREFIX_CUTS = ['印发', '根据', '依据', '按照', '关于', '通知', '文件', '的', '和', '及'];

function isHan(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function lineBounds(t: string, i: number): [number, number] {
  const s = t.lastIndexOf('\n', i - 1) + 1;
  const e = t.indexOf('\n', i);
  return [s, e < 0 ? t.length : e];
}

/** The title span: "X关于…的通知" in the head, else a short head line ending with a document type. */
function findTitle(t: string): [number, number] | null {
  const head = Math.min(t.length, HEAD);
  for (let i = t.indexOf('关于'); i >= 0 && i < head; i = t.indexOf('关于', i + 2)) {
    let left = i;
    while (left > 0 && i - left < 40 && !TITLE_LEFT_STOPS.has(t, left - 1)) left--;
    let lineEnd = i;
    while (lineEnd < t.length && lineEnd - i < 150 && t.charCodeAt(lineEnd) !== NEWLINE) lineEnd++;
    let first: [number, number] | null = null;
    for (let j = i + 2; j < lineEnd; j++) {
      const c = t.charCodeAt(j);
      if (c === COMMA || c === FULL_STOP) break;
      const type = c === OF ? RELATIVE_TYPES.find((w) => t.startsWith(w, j + 1)) : undefined;
      if (!type) continue;
      const end = j + 1 + type.length;
      const next = t[end];
      if (next === undefined || next === '\n' || next === '（' || next === '〔' || isDigit(next)) return [left, end];
      if (next !== '》' && !first) first = [left, end];
    }
    if (first && !/[，。]/.test(t.slice(left, i))) return first;
  }
  let lines = 0;
  for (let s = 0; s < head && lines < 15; lines++) {
    const [, e] = lineBounds(t, s);
    const line = t.slice(s, e).replace(/（[^（）]{0,20}）$/, '');
    if (line.length <= 80 && !/[，。：；]/.test(line) && TITLE_ENDINGS.some((w) => line.endsWith(w))) return [s, e];
    s = e + 1;
  }
  return null;
}

interface DocNumberHit {
  start: number;
  end: number;
  value: string;
}

/** The 文号 ending at the 号 at `k` (桂政办发〔2022〕78号, 国令第707号), normalized to 〔〕. */
function docNumberAt(t: string, k: number): DocNumberHit | null {
  let d = k;
  while (d > 0 && k - d < 5 && isDigit(t[d - 1])) d--;
  if (d === k) return null;
  const number = t.slice(d, k);
  let ordinal = '';
  if (t[d - 1] === '第') {
    d--;
    ordinal = '第';
  }
  let prefixEnd: number;
  let year = '';
  if (t[d - 1] === '令' && ordinal) prefixEnd = d;
  else {
    if (!DOC_NUMBER_CLOSE.has(t, d - 1)) return null;
    const y = d - 5;
    if (y < 1 || !/^\d{4}$/.test(t.slice(y, d - 1)) || !DOC_NUMBER_OPEN.has(t, y - 1)) return null;
    year = t.slice(y, d - 1);
    prefixEnd = y - 1;
  }
  let p = prefixEnd;
  while (p > 0 && prefixEnd - p < 10 && isHan(t[p - 1])) p--;
  let prefix = t.slice(p, prefixEnd);
  for (const cut of PREFIX_CUTS) {
    const at = prefix.lastIndexOf(cut);
    if (at >= 0 && at + cut.length < prefix.length) {
      p += at + cut.length;
      prefix = prefix.slice(at + cut.length);
    }
  }
  if (!prefix) return null;
  const value = year ? `${prefix}〔${year}〕${ordinal}${number}号` : `${prefix}${ordinal}${number}号`;
  return { start: p, end: k + 1, value };
}

/** The document's own 文号: on a line of its own, or in brackets right after the title, or first in the head but not a citation (》（…）). */
function findDocNumber(t: string, title: [number, number] | null): string | null {
  let headHit: DocNumberHit | null = null;
  for (let k = t.indexOf('号'); k >= 0; k = t.indexOf('号', k + 1)) {
    const hit = docNumberAt(t, k);
    if (!hit) continue;
    const ownLine = (hit.start === 0 || t[hit.start - 1] === '\n') && (hit.end === t.length || t[hit.end] === '\n');
    if (ownLine) return hit.value;
    if (title && hit.start === title[1] + 1 && t[title[1]] === '（') return hit.value;
    const citation = t[hit.start - 1] === '（' && t[hit.start - 2] === '》';
    if (!headHit && hit.start < HEAD && !citation) headHit = hit;
  }
  return headHit?.value ?? null;
}

/** Offset of the first "（此件" at or after `from`, or -1: looked for by 此件 (a native search for '（' stops at every full-width mark). */
function thisDocFrom(t: string, from: number): number {
  for (let k = t.indexOf('此件', from + 1); k >= 0; k = t.indexOf('此件', k + 1)) if (t[k - 1] === '（') return k - 1;
  return -1;
}

/** The signing date: a line holding only a date, or a date right before （此件…）. Returns [lineStart, date] or null. */
function signatureDate(t: string, thisDoc: number): [number, string] | null {
  for (let s = 0; s < t.length; ) {
    let e = t.indexOf('\n', s);
    if (e < 0) e = t.length;
    if (e - s <= 12 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(t.slice(s, e))) return [s, t.slice(s, e)];
    s = e + 1;
  }
  for (let i = thisDoc; i >= 0; i = thisDocFrom(t, i + 3)) {
    const m = /(\d{4}年\d{1,2}月\d{1,2}日)$/.exec(t.slice(Math.max(0, i - 11), i));
    if (m) return [i - m[1].length, m[1]];
  }
  return null;
}

function isOrgLine(line: string): boolean {
  return line.length >= 2 && line.length <= 30 && !/[，。；：、]/.test(line) && ORG_END.includes(line[line.length - 1]);
}

/** Issuer: the body lines of the signature block, else a red-head "…文件" line, else the title's part before 关于. */
function findIssuer(t: string, display: string, dateLine: number | null, title: [number, number] | null): string | null {
  if (dateLine !== null && dateLine > 0 && t[dateLine - 1] === '\n') {
    const names: string[] = [];
    let e = dateLine - 1;
    while (e > 0 && names.length < 3) {
      const s = t.lastIndexOf('\n', e - 1) + 1;
      const line = display.slice(s, e);
      if (!isOrgLine(line)) break;
      names.unshift(line);
      e = s - 1;
    }
    if (names.length > 0) return names.join('、');
  }
  let lines = 0;
  for (let s = 0; s < t.length && lines < 5; lines++) {
    const [, e] = lineBounds(t, s);
    if (e - s <= 30 && t.slice(s, e).endsWith('文件')) return display.slice(s, e - 2);
    s = e + 1;
  }
  if (title) {
    const about = t.indexOf('关于', title[0]);
    const name = about > title[0] && about < title[1] ? display.slice(title[0], about) : '';
    if (isOrgLine(name.replace(/、/g, ''))) return name;
  }
  return null;
}

/** Addressees (主送机关): the head segment ending in '：' that names bodies (各市、县人民政府，…各直属机构：). */
function findAddressees(t: string, display: string): string[] {
  const head = Math.min(t.length, HEAD);
  for (let c = t.indexOf('：'); c >= 0 && c < head; c = t.indexOf('：', c + 1)) {
    let s = c;
    while (s > 0 && c - s < 200 && !SEGMENT_STOPS.has(t, s - 1)) s--;
    const seg = t.slice(s, c);
    if (seg.length < 4 || /单位|日期|索引|文号|附件|标题/.test(seg)) continue;
    if (!seg.startsWith('各') && !/人民政府|部门|机构|委员会/.test(seg)) continue;
    return display
      .slice(s, c)
      .split(/[，；]/)
      .map((x) => x.trim())
      .filter(Boolean);
  }
  return [];
}

/** The labels metaFromText reads a value after; each ends with '：'. */
const COLON_LABELS = ['发布日期：', '公开方式：', '索引号：', '主题分类：'];

/** The characters right before the colon of COLON_LABELS: other colons end none of them. */
const COLON_LABEL_ENDS = new CharClass(COLON_LABELS.map((l) => l[l.length - 2]).join(''));

/** The first offset of each of COLON_LABELS in `t` (-1 when absent), found in one pass over its colons `colons`. */
function colonLabels(t: string, colons: readonly number[]): number[] {
  const found = COLON_LABELS.map(() => -1);
  let left = found.length;
  for (let n = 0; n < colons.length && left > 0; n++) {
    const c = colons[n];
    if (!COLON_LABEL_ENDS.has(t, c - 1)) continue;
    const before = t.charCodeAt(c - 1);
    for (let k = 0; k < found.length; k++) {
      const label = COLON_LABELS[k];
      const at = c + 1 - label.length;
      if (found[k] < 0 && before === label.charCodeAt(label.length - 2) && at >= 0 && t.startsWith(label, at)) {
        found[k] = at;
        left--;
      }
    }
  }
  return found;
}

/** Value after `label` (e.g. "索引号：") found at `i` (none when -1), up to a line end or a closing bracket, at most `max` characters. */
function labelled(t: string, display: string, label: string, i: number, max: number): string | null {
  if (i < 0) return null;
  const s = i + label.length;
  let e = s;
  while (e < t.length && e - s < max && !VALUE_ENDS.has(t, e)) e++;
  const value = display.slice(s, e).trim();
  return value || null;
}

/** Meta fields the text states (`colons`: the colons of the clean text), with the title span (clean offsets) when found. */
export function metaFromText(clean: CleanText, colons: Occurrences = new Occurrences(clean.text, '：')): Meta & { titleSpan: [number, number] | null } {
  const t = clean.text;
  const titleSpan = findTitle(t);
  const thisDoc = thisDocFrom(t, 0);
  const date = signatureDate(t, thisDoc);
  const [published, disclosureAt, indexAt, subjectAt] = colonLabels(t, colons.at);
  let disclosure = labelled(t, clean.display, '公开方式：', disclosureAt, 10);
  if (!disclosure && thisDoc >= 0) disclosure = labelled(t, clean.display, '（此件', thisDoc, 10);
  return {
    title: titleSpan ? clean.display.slice(titleSpan[0], titleSpan[1]) : null,
    titleSpan,
    docNumber: findDocNumber(t, titleSpan),
    issuer: findIssuer(t, clean.display, date ? date[0] : null, titleSpan),
    writtenDate: date ? isoDate(date[1]) : null,
    publishedDate: published >= 0 ? isoDate(t.slice(published + 5, published + 30)) : null,
    indexNumber: labelled(t, clean.display, '索引号：', indexAt, 40),
    subject: labelled(t, clean.display, '主题分类：', subjectAt, 40),
    addressees: findAddressees(t, clean.display),
    disclosure,
  };
}
