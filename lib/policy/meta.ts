/** Document meta from the 信息公开 table, the page's meta tags and the text itself (labels matched loosely, dates ISO). */
import type { CleanText } from './clean-text';
import { isoDate } from './dates';
import { metaFromText } from './meta-text';
import type { Occurrences } from './occurrences';
import type { AnalyzeInput, Meta } from './schema';

type Field = Exclude<keyof Meta, 'addressees'>;

/** Info-table labels per field, most specific first (a label matches when it equals or contains one). */
const TABLE_LABELS: [Field, string[]][] = [
  ['indexNumber', ['索引号']],
  ['subject', ['主题分类', '分类', '主题']],
  ['issuer', ['发文机关', '发文单位', '发文机构', '发布机构', '制发机关', '成文单位']],
  ['writtenDate', ['成文日期', '发文日期', '印发日期', '制发日期', '签发日期']],
  ['publishedDate', ['发布日期', '公开日期', '公布日期', '发布时间']],
  ['docNumber', ['发文字号', '文号', '字号']],
  ['title', ['标题', '文件名称', '名称']],
  ['disclosure', ['公开方式', '公开属性']],
];
/** Info-table labels that contain a field word but are something else (主题词 is not 主题分类). */
const NOT_LABELS = ['主题词', '关键词'];

/** Meta-tag names per field (compared case-insensitively), in order of preference. */
const TAG_NAMES: [Field, string[]][] = [
  ['title', ['articletitle', 'title']],
  ['publishedDate', ['pubdate', 'firstpublishedtime', 'publishdate', 'published']],
  ['issuer', ['contentsource']],
];

const DATE_FIELDS: Field[] = ['writtenDate', 'publishedDate'];

function compactLabel(label: string): string {
  return label.replace(/[\s\u3000:：]/g, '');
}

function fromTable(table: AnalyzeInput['infoTable']): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  if (!table) return out;
  const entries = Object.entries(table).map(([k, v]) => [compactLabel(k), typeof v === 'string' ? v.trim() : ''] as const);
  for (const [field, labels] of TABLE_LABELS) {
    for (const label of labels) {
      const hit =
        entries.find(([k, v]) => v && k === label) ?? entries.find(([k, v]) => v && k.includes(label) && !NOT_LABELS.includes(k));
      if (hit) {
        out[field] = hit[1];
        break;
      }
    }
  }
  return out;
}

function fromTags(tags: AnalyzeInput['metaTags']): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  if (!tags) return out;
  const lower = new Map(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v.trim() : '']));
  for (const [field, names] of TAG_NAMES) {
    const value = names.map((n) => lower.get(n)).find((v) => v);
    if (value) out[field] = value;
  }
  return out;
}

/** The value of `field` from the info table, then the text, then the meta tags (for the title: the table, the tags, the text); the text's dates are ISO already. */
function pick(field: Field, [table, tags, text]: Partial<Record<Field, string | null>>[]): string | null {
  const isDate = DATE_FIELDS.includes(field);
  const fromText = text[field] || null;
  return field === 'title' ? (value(table[field], false) ?? value(tags[field], false) ?? fromText) : (value(table[field], isDate) ?? fromText ?? value(tags[field], isDate));
}

/** `v` (as an ISO date when `isDate`), or null when empty or no date. */
function value(v: string | null | undefined, isDate: boolean): string | null {
  return (v && isDate ? isoDate(v) : v) || null;
}

/** Meta of the document: the info table wins, then the text (then meta tags for the title), then the meta tags. `colons`: the clean text's colons. */
export function extractMeta(clean: CleanText, input: Pick<AnalyzeInput, 'infoTable' | 'metaTags'>, colons?: Occurrences): Meta {
  const table = fromTable(input.infoTable);
  const tags = fromTags(input.metaTags);
  const text = metaFromText(clean, colons);
  const sources = [table, tags, text];
  return {
    title: pick('title', sources),
    docNumber: pick('docNumber', sources),
    issuer: pick('issuer', sources),
    writtenDate: pick('writtenDate', sources),
    publishedDate: pick('publishedDate', sources),
    indexNumber: pick('indexNumber', sources),
    subject: pick('subject', sources),
    addressees: text.addressees,
    disclosure: pick('disclosure', sources),
  };
}
