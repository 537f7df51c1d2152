/** Classification of responsible-unit names: prefixes, places, generic groups, body suffixes (no parsing here). */
import { byFirstChar, CharClass, codeAt } from './char-class';

/** Prefixes a bare name in the same 、-list inherits (自治区交通运输厅、发展改革委 → 自治区发展改革委); longest first. */
const INHERITABLE_PREFIXES = ['广西壮族自治区党委', '广西壮族自治区', '自治区党委', '自治区', '广西', '省委', '省', '市委', '市', '县委', '县', '区委', '区'];

/** Prefixes of the issuing government's own level (自治区 / 省 / 市 / 县 / 区 written without a place name). */
const OWN_LEVEL_PREFIXES = new Set(['广西壮族自治区党委', '广西壮族自治区', '自治区党委', '自治区', '省委', '省', '市委', '市', '县委', '县', '区委', '区']);

/** Characters that may not follow a one-character level prefix (省/市/县/区): 市场监管局 is not 市 + 场监管局, 区域 not 区 + 域. */
const NOT_AFTER_LEVEL = new CharClass('场级辖区域份会、委政直内外别');

/** Own prefixes that are never inherited: central bodies, national organisations. */
const OTHER_PREFIXES = ['国家', '国务院', '中共', '中央', '全国', '中国', '人民银行', '共青团', '最高人民', '海关总署', '粤桂'];

/** Place names that start a unit of their own (Guangxi's 14 cities, provinces, nearby cities). */
const PLACES = [
  '南宁', '柳州', '桂林', '梧州', '北海', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '来宾', '崇左', '凭祥', '东兴',
  '北京', '天津', '上海', '重庆', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
  '香港', '澳门', '台湾', '广州', '深圳', '珠海', '佛山', '湛江', '茂名', '肇庆',
];

/** Words that start a generic group (各有关设区市人民政府, 有关部门, 其他各有关单位). */
export const GROUP_STARTS = ['各', '有关', '其他', '其它', '相关', '其余'];

/** Last characters of a complete body name (厅, 委, 局, 人民政府, 管理机构, 公司, 海关…). */
const BODY_END = new CharClass('厅委局办部室院会校站行署所馆司团府构位处社关队组台庭心联协央');
/** Level words that end a place prefix (南宁市, 某某县, 广东省). */
const PLACE_LEVELS = new CharClass('市县省');
/** Last characters of a regional-level body type (厅/委/局/办/室). */
const REGIONAL_BODY_END = new CharClass('厅委局办室');

/** The words of `groups` (from byFirstChar) that may start `name`: those with its first character. */
function startingWith(groups: Map<number, string[]>, name: string): readonly string[] {
  return groups.get(name.charCodeAt(0)) ?? NO_WORDS;
}

const NO_WORDS: readonly string[] = [];
const INHERITABLE_BY_FIRST = byFirstChar(INHERITABLE_PREFIXES, (w) => w);
/** Own prefixes by first character, longest first. */
const OWN_BY_FIRST = byFirstChar(OTHER_PREFIXES.concat(PLACES).sort((a, b) => b.length - a.length), (w) => w);
const GROUP_FIRST_CHARS = new CharClass(GROUP_STARTS.map((g) => g[0]).join(''));
/** Words of directly subordinate bodies between a level prefix and a group word (区直各单位, 自治区直属各单位). */
const DIRECT_WORDS = ['直属', '区直', '省直', '市直', '县直'];
const DIRECT_FIRST = new CharClass(DIRECT_WORDS.map((w) => w[0]).join(''));

/** Markers of names that are not department short names (companies, governments, zones): they never take a prefix. */
const NON_DEPARTMENT = ['公司', '集团', '银行', '海关', '政府', '片区', '试验区', '开发区', '新区', '园区', '管委会', '大学'];
const NON_DEPARTMENT_BY_FIRST = byFirstChar(NON_DEPARTMENT, (w) => w);
const NON_DEPARTMENT_FIRST = new CharClass(NON_DEPARTMENT.map((w) => w[0]).join(''));

/** Party organs that keep the 党委 part of an inherited prefix (自治区党委组织部、宣传部 → 自治区党委宣传部). */
const PARTY_ORGANS = ['网信办', '编办', '政法委', '政研室', '台办', '外办', '国安办', '财经办', '农办', '直属机关工委'];

/** How a unit name starts: an inheritable prefix, another own prefix (place, central body), or none (a bare name). */
export interface NamePrefix {
  kind: 'inheritable' | 'other' | 'none';
  prefix: string;
}

/** Whether `s` ends with `word` (as String.prototype.endsWith, which V8 runs several times slower than startsWith). */
function endsWithWord(s: string, word: string): boolean {
  return s.length >= word.length && s.startsWith(word, s.length - word.length);
}

/** Whether one of `words` (grouped by byFirstChar, their first characters in `first`) occurs in `name`. */
function holdsWord(name: string, first: CharClass, words: Map<number, string[]>): boolean {
  for (let i = 0; i < name.length; i++) {
    if (first.has(name, i)) for (const w of words.get(name.charCodeAt(i)) ?? NO_WORDS) if (name.startsWith(w, i)) return true;
  }
  return false;
}

/** Whether the character at s[i] is a CJK ideograph. */
function isHanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

const CHANG = '场'.charCodeAt(0);

/** Length of a place prefix such as 南宁市 / 防城港市 / 某某县 at the start of `name` (0 when none). */
function placeLevelPrefix(name: string): number {
  for (let k = 2; k <= 5 && k < name.length; k++) {
    if (!isHanAt(name, k - 1)) return 0;
    if (PLACE_LEVELS.has(name, k) && codeAt(name, k + 1) !== CHANG) return k + 1;
  }
  return 0;
}

/** Whether `name` is a department short name (发展改革委, 北部湾办): ends like a body and is no company, government or zone. */
export function isDepartment(name: string): boolean {
  return name.length >= 2 && BODY_END.has(name, name.length - 1) && !holdsWord(name, NON_DEPARTMENT_FIRST, NON_DEPARTMENT_BY_FIRST);
}

/** The prefix `name` starts with, and whether a following bare name in the same list inherits it. */
export function namePrefix(name: string): NamePrefix {
  for (const p of startingWith(INHERITABLE_BY_FIRST, name)) {
    if (!name.startsWith(p) || name.length === p.length) continue;
    if (p.length === 1 && NOT_AFTER_LEVEL.has(name, 1)) continue;
    return { kind: 'inheritable', prefix: p };
  }
  const place = placeLevelPrefix(name);
  if (place > 0) {
    const rest = name.slice(place);
    const dept = isDepartment(rest) && !isGroupName(rest);
    return { kind: dept ? 'inheritable' : 'other', prefix: name.slice(0, place) };
  }
  for (const p of startingWith(OWN_BY_FIRST, name)) {
    if (name.startsWith(p)) return { kind: 'other', prefix: p };
  }
  return { kind: 'none', prefix: '' };
}

/** Whether `name` is a generic group (各有关设区市人民政府, 有关市人民政府, 自治区其他各有关单位, 区直各单位). */
export function isGroupName(name: string): boolean {
  let at = inheritableLength(name);
  if (DIRECT_FIRST.has(name, at)) for (const d of DIRECT_WORDS) if (name.startsWith(d, at)) at += d.length;
  if (!GROUP_FIRST_CHARS.has(name, at)) return false;
  for (const g of GROUP_STARTS) if (name.startsWith(g, at)) return true;
  return false;
}

/** Length of the longest inheritable prefix `name` starts with (0 when none). */
function inheritableLength(name: string): number {
  for (const p of startingWith(INHERITABLE_BY_FIRST, name)) if (name.startsWith(p)) return p.length;
  return 0;
}

/** Whether `name` ends like a complete body (厅, 委, 人民政府, 管理机构…), as opposed to a bare place (北海市, 钦州港). */
export function endsLikeBody(name: string): boolean {
  return BODY_END.has(name, name.length - 1);
}

/** Whether a department name ends like a regional-level body type (厅/委/局/办/室, not a central 总局 or 部): bare, the region prefix completes it. */
export function endsLikeRegionalBody(name: string): boolean {
  return REGIONAL_BODY_END.has(name, name.length - 1) && !endsWithWord(name, '总局');
}

/** `bare` completed with an inherited `prefix`; a party prefix (自治区党委) keeps 党委 only for party organs. */
export function withPrefix(prefix: string, bare: string): string {
  const party = endsWithWord(prefix, '党委') ? '党委' : prefix.length === 2 && endsWithWord(prefix, '委') ? '委' : '';
  if (!party) return prefix + bare;
  const isOrgan = endsWithWord(bare, '部') || PARTY_ORGANS.includes(bare);
  return isOrgan ? prefix + bare : prefix.slice(0, prefix.length - party.length) + bare;
}

/** Whether a unit is a body of the issuing level (自治区/区直, 省直…): own-level prefix, not a government, not a generic group. */
export function isRegionalName(name: string): boolean {
  if (isGroupName(name) || endsWithWord(name, '政府')) return false;
  const p = namePrefix(name);
  return p.kind === 'inheritable' && OWN_LEVEL_PREFIXES.has(p.prefix);
}
