/** String-level recognition signals: a title's 公文 form, non-policy title patterns, the document's own 文号, addressee and signature lines, URL hints. */

/** Genres (文种) that end a 公文 title "…关于…的通知". */
const GENRES = [
  '通知', '意见', '方案', '决定', '办法', '规划', '要点', '规定', '细则', '条例', '通告', '公告', '批复', '函', '通报',
  '答复', '纲要', '计划', '规则', '决议', '命令', '指引', '措施', '令',
];
/** Genres that make a title a policy without "关于" (专利代理条例, …实施方案（2019—2021年）). */
const STANDALONE = new Set(['条例', '办法', '规定', '细则', '方案', '规划', '纲要', '规则', '措施', '意见', '计划', '要点', '指引']);

/** The 文种 of a title and whether it has the full form 关于…的X (strong) or only ends with a regulation genre (weak). */
export interface TitleForm {
  genre: string;
  strong: boolean;
}

/** Remove trailing bracketed suffixes such as （2019—2021年） （试行） （桂政办发〔2022〕78号）. */
function stripSuffix(t: string): string {
  for (let k = 0; k < 3; k++) {
    const last = t[t.length - 1];
    if (last !== '）' && last !== ')') break;
    const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
    if (open <= 0 || t.length - open > 30) break;
    t = t.slice(0, open);
  }
  return t;
}

/** The 公文 form of a title (关于…的通知/意见/方案/决定/办法/规划/要点…), or null. */
export function titleForm(title: string | null | undefined): TitleForm | null {
  const t = stripSuffix((title ?? '').replace(/[\s\u00a0\u3000]+/g, '').slice(0, 300));
  if (t.length < 3 || t.endsWith('》') || t.endsWith('”')) return null;
  const genre = GENRES.find((g) => t.endsWith(g));
  if (!genre) return null;
  const about = Math.max(t.indexOf('关于'), t.indexOf('对'));
  if (about >= 0 && t.lastIndexOf('的') > about) return { genre, strong: true };
  return STANDALONE.has(genre) ? { genre, strong: false } : null;
}

/** Kinds of page that are not policy documents. */
export type NonPolicyKind = 'interpretation' | 'news' | 'list' | 'other';

/** A title pattern that marks a non-policy page, with its kind and a reason in Chinese. */
export interface NonPolicyHint {
  kind: NonPolicyKind;
  reason: string;
}

const INTERPRETATION_WORDS = ['解读', '答记者问', '图解', '一图读懂', '一图看懂', '政策问答', '吹风会', '新闻发布会', '解析', '专家谈'];
const LIST_END = /(?:公示|名单|名录|候选人|中标结果|成交结果|名单的(?:通知|公告|通报))$/;
const PERSONNEL_WORDS = ['任免', '任命', '免去', '免职', '聘任', '组成人员'];
const AWARD_WORDS = ['表彰', '表扬', '嘉奖', '奖励的决定'];
const BUDGET_END = /(?:预算|决算)(?:公开|说明|情况|草案|报告|表|编制说明)?$/;

/** Why a title says the page is not a policy document (解读, 公示/名单, 任免, 表彰, 预算…), or null. */
export function nonPolicyTitle(title: string | null | undefined): NonPolicyHint | null {
  const t = stripSuffix((title ?? '').replace(/[\s\u00a0\u3000]+/g, '').slice(0, 300));
  if (!t) return null;
  const hit = (words: string[]) => words.find((w) => t.includes(w));
  const personnel = hit(PERSONNEL_WORDS);
  if (personnel) return { kind: 'other', reason: `标题含“${personnel}”：人事任免类文件` };
  const award = hit(AWARD_WORDS) ?? (t.includes('授予') && t.includes('称号') ? '授予称号' : undefined);
  if (award) return { kind: 'other', reason: `标题含“${award}”：表彰奖励类文件` };
  if (LIST_END.test(t) || t.includes('任前公示')) return { kind: 'list', reason: '标题为公示或名单' };
  if (BUDGET_END.test(t) || t.includes('三公经费')) return { kind: 'other', reason: '标题为预算或决算公开' };
  const interp = hit(INTERPRETATION_WORDS);
  if (interp && !titleForm(t)?.strong) return { kind: 'interpretation', reason: `标题含“${interp}”：解读材料` };
  return null;
}

/** A 文号: 国发〔2019〕5号, 桂政办发〔2022〕78号, 国办发明电〔2018〕15号, 国令第707号. */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔[［【(（]\s?(?:1[89]|20)\d{2}\s?[〕\]］】)）]\s?第?\s?\d{1,4}\s?号|国(?:务院)?令\s?第\s?\d{1,4}\s?号/;
const ORDER_NUMBER = /^第\s?\d{1,4}\s?号$/;
const HEAD_LINES = 40;
const MAX_HEAD_LINE = 400;

/** The first lines of a text (print headers and markdown residue removed), trimmed, non-empty. */
export function headLines(text: string, max = HEAD_LINES): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < max && pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_HEAD_LINE)).replace(/^[#*\s\u3000]+|[*\s\u3000]+$/g, '');
    pos = end + 1;
    if (line && !/^(?:电子公文打印版|打印单位|打印人|年\s*月\s*日)$/.test(line)) out.push(line);
  }
  return out;
}

/** The document's own 文号 in its first lines: alone on a line, right after the title (…的通知（桂政办发〔2022〕78号）) or after 文号：. */
export function ownDocNumber(text: string): string | null {
  const lines = headLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (ORDER_NUMBER.test(line) && i > 0 && lines[i - 1].endsWith('令')) return lines[i - 1].replace(/\s+/g, '') + line.replace(/\s+/g, '');
    const m = DOC_NUMBER.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index).replace(/[\s（(：:]+$/, '');
    const alone = line.replace(/[\s（()）]+/g, '') === m[0].replace(/\s+/g, '');
    if (alone || /(?:文号|字号)$/.test(before) || (before && titleForm(before)?.strong)) return m[0].replace(/\s+/g, '');
  }
  return null;
}

/** Title candidates from the first lines of a text: each line and joins of 2–3 lines (titles wrap), plus the 关于…的X part of long lines. */
export function titleCandidates(text: string): string[] {
  const lines = headLines(text, 12);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (i + 1 < lines.length) out.push(lines[i] + lines[i + 1]);
    if (i + 2 < lines.length) out.push(lines[i] + lines[i + 1] + lines[i + 2]);
    const about = lines[i].indexOf('关于');
    if (about < 0 || about >= 60) continue;
    for (let k = 0, p = lines[i].indexOf('（', about); k < 4 && p > about; k++, p = lines[i].indexOf('（', p + 1)) {
      out.push(lines[i].slice(0, p));
    }
  }
  return out.filter((t) => t.length <= 200);
}

/** Whether the first lines hold a 主送 line (各省、自治区、直辖市人民政府…： / 王超斌委员：). */
export function hasAddressee(text: string): boolean {
  return headLines(text, 25).some((l) => {
    if (!/[：:]$/.test(l) || l.length > 300) return false;
    return l.includes('人民政府') || l.startsWith('各') || /(?:委员|代表|部|委|局|厅|办|署|总局|兵团|公司|军区)[：:]$/.test(l);
  });
}

const DATE_LINE = /^[0-9０-９〇○零一二三四五六七八九]{4}\s?年\s?[0-9０-９一二三四五六七八九十]{1,3}\s?月\s?[0-9０-９一二三四五六七八九十]{1,3}\s?日$/;
const ISSUER_END = /(?:人民政府|办公厅|办公室|国务院|委员会|中央军委|部|委|局|厅|署|总理\s*[\u4e00-\u9fa5]{2,4})$/;

/** Whether the text has a signature block: an issuing body's line directly followed by a date line (国务院办公厅 / 2018年12月4日). */
export function hasSignature(text: string): boolean {
  let prev = '';
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end - pos <= 80) {
      const line = text.slice(pos, end).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (line) {
        if (DATE_LINE.test(line) && ISSUER_END.test(prev)) return true;
        prev = line;
      }
    } else prev = '';
    pos = end + 1;
  }
  return false;
}

/** What a URL says: a gov.cn host, a search page, an interpretation or news column. */
export interface UrlHints {
  govHost: boolean;
  search: boolean;
  interpretation: boolean;
  news: boolean;
}

/** Hints from the page URL (never throws on a malformed URL). */
export function urlHints(url: string | undefined): UrlHints {
  const hints: UrlHints = { govHost: false, search: false, interpretation: false, news: false };
  if (!url) return hints;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    const path = u.pathname.toLowerCase();
    hints.govHost = host === 'gov.cn' || host.endsWith('.gov.cn');
    hints.search = /(?:^|[/._-])(?:search|so|query|jsearch|s)(?:[/._-]|$)/.test(path) || /[?&](?:searchword|keyword|keywords|q|qt)=/i.test(u.search);
    hints.interpretation = /(?:jiedu|zcjd|jd\/|zhengcejiedu)/.test(path);
    hints.news = /(?:\/xinwen\/|\/news\/|\/gzdt\/|\/dongtai\/|\/yaowen\/|\/zwdt\/|\/bmdt\/|\/dfdt\/)/.test(path);
  } catch {
    return hints;
  }
  return hints;
}
