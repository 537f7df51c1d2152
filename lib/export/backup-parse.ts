/** Read a backup file defensively: size, nesting and record limits, unsafe keys dropped, every record validated. */
import type { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_LISTS,
  BACKUP_VERSION,
  BackupSchema,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_DEPTH,
  MAX_BACKUP_RECORDS,
  type Backup,
} from './backup-schema';
import type { OnProgress } from './progress';

/** Appended to every refusal: an import either lands whole or not at all. */
export const NOTHING_IMPORTED = '没有导入任何数据，现有数据未改动。';

/** Records validated between two progress reports. */
const PROGRESS_STEP = 1000;

/** The backup's header fields (format, version, export time), validated apart from the record lists. */
const BackupHeaderSchema = BackupSchema.pick({ format: true, version: true, exportedAt: true });

/** Keys dropped while parsing: they could reach an object's prototype when the data is later copied or merged. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A parsed and validated backup, or why it was refused (message in Chinese, for the reader). */
export type ParsedBackup =
  | { ok: true; backup: Backup; warnings: string[] }
  | { ok: false; message: string };

function refuse(reason: string): ParsedBackup {
  return { ok: false, message: `${reason}${NOTHING_IMPORTED}` };
}

/** The deepest nesting of arrays and objects in a JSON text (a linear scan that skips strings), stopping past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** JSON.parse with a reviver that drops `__proto__` / `constructor` / `prototype` keys and counts them. */
function parseJson(text: string): { value: unknown; dropped: number } | null {
  let dropped = 0;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (UNSAFE_KEYS.has(key)) {
        dropped++;
        return undefined;
      }
      return v;
    });
    return { value, dropped };
  } catch {
    return null;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
  null: 'null',
};

/** The value at `path` inside `root` (undefined when any step is missing). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || typeof k === 'symbol') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** What is wrong with a field, in Chinese, from a zod issue. */
function issueDetail(issue: z.core.$ZodIssue, record: unknown): string {
  if (issue.code !== 'unrecognized_keys' && valueAt(record, issue.path) === undefined) return '缺少该字段';
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `超过 ${issue.maximum} 字`
        : issue.origin === 'array'
          ? `超过 ${issue.maximum} 项`
          : `不能大于 ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? Number(issue.minimum) <= 1
          ? '不能为空'
          : `至少 ${issue.minimum} 项`
        : `不能小于 ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'uuid' ? '应为 UUID' : issue.format === 'datetime' ? '应为 ISO 日期时间' : `格式不对（应为 ${issue.format}）`;
    case 'invalid_value':
      return `取值应为 ${issue.values.map((v) => String(v)).join(' / ')}`;
    case 'not_multiple_of':
      return '应为整数';
    case 'invalid_union':
      return '不是有效的 JSON 值';
    case 'custom':
      return issue.message.replace(/。$/, '');
    default:
      return '格式不对';
  }
}

/** The message naming the first bad record and field: 第 12 条批注的 selectors.quote.exact 字段无效：超过 10000 字。 */
function recordMessage(label: string, index: number, error: z.ZodError, record: unknown): string {
  const issue = error.issues[0];
  const where = `第 ${index + 1} 条${label}`;
  if (!isPlainObject(record)) return `${where}不是有效的记录。`;
  if (issue.code === 'unrecognized_keys') {
    const inside = issue.path.length ? `（在 ${issue.path.join('.')} 中）` : '';
    return `${where}含有不认识的字段 ${issue.keys.join('、')}${inside}。`;
  }
  const field = issue.path.length ? issue.path.join('.') : '记录';
  return `${where}的 ${field} 字段无效：${issueDetail(issue, record)}。`;
}

/** The first duplicate key in a list, as [earlier index, later index]. */
function firstDuplicate<T>(items: readonly T[], key: (item: T) => string): [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]);
    const earlier = seen.get(k);
    if (earlier !== undefined) return [earlier, i];
    seen.set(k, i);
  }
  return null;
}

/** Refuse a backup whose records repeat an id (or a task, or a setting key): one of them would be silently lost. */
function duplicateMessage(b: Backup): string | null {
  const checks: [string, string, [number, number] | null][] = [
    ['批注', 'id', firstDuplicate(b.notes, (n) => n.id)],
    ['任务状态', 'id', firstDuplicate(b.taskStatuses, (s) => s.id)],
    ['任务状态', '任务（docKey + taskId）', firstDuplicate(b.taskStatuses, (s) => `${s.docKey}\u0000${s.taskId}`)],
    ['设置', 'key', firstDuplicate(b.settings, (s) => s.key)],
  ];
  for (const [label, field, dup] of checks) {
    if (dup) return `第 ${dup[1] + 1} 条${label}的 ${field} 与第 ${dup[0] + 1} 条重复。`;
  }
  return null;
}

/** Check the envelope (format, version, lists, record count) before looking at any record. */
function envelopeMessage(root: unknown): string | null {
  if (!isPlainObject(root) || root.format !== BACKUP_FORMAT) {
    return `这不是 PolicyLens 备份文件（缺少 "format": "${BACKUP_FORMAT}"）。`;
  }
  const v = root.version;
  if (typeof v === 'number' && v > BACKUP_VERSION) {
    return `这个备份文件的格式版本是 ${v}，比当前扩展能读取的版本 ${BACKUP_VERSION} 新，请先升级 PolicyLens 再导入。`;
  }
  if (v !== BACKUP_VERSION) return `备份文件的格式版本无效（应为 ${BACKUP_VERSION}）。`;
  let records = 0;
  for (const { key } of BACKUP_LISTS) {
    const list = root[key];
    if (!Array.isArray(list)) return `备份文件缺少 ${key} 列表，文件可能不完整。`;
    records += list.length;
  }
  if (records > MAX_BACKUP_RECORDS) {
    return `备份文件有 ${records} 条记录，超过上限 ${MAX_BACKUP_RECORDS} 条。`;
  }
  return null;
}

/**
 * Parse and validate a backup file's text. Refused, with a Chinese message naming the first problem: not text, over
 * 50 MB (checked before parsing), nested deeper than 32, not JSON, not a PolicyLens backup, a newer or unknown version,
 * over 200,000 records, the first bad record and field, a repeated id. `__proto__` / `constructor` / `prototype` keys are
 * dropped while parsing (reported as a warning); text fields are data and are kept exactly, HTML and script included.
 */
export function parseBackup(text: unknown, onProgress?: OnProgress): ParsedBackup {
  if (typeof text !== 'string') return refuse('无法读取备份文件（不是文本）。');
  if (text.length > MAX_BACKUP_CHARS) return refuse('文件太大（超过 50 MB），不是可导入的 PolicyLens 备份。');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepth(body, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return refuse(`文件的嵌套层级超过 ${MAX_BACKUP_DEPTH} 层，不是 PolicyLens 备份文件。`);
  }
  const parsed = parseJson(body);
  if (!parsed) return refuse('文件不是有效的 JSON（可能已损坏，或不是 PolicyLens 备份文件）。');
  const root = parsed.value;
  const envelope = envelopeMessage(root);
  if (envelope) return refuse(envelope);
  const obj = root as Record<string, unknown>;
  const unknownKeys = Object.keys(obj).filter((k) => !Object.hasOwn(BackupSchema.shape, k));
  if (unknownKeys.length) return refuse(`备份文件含有不认识的字段 ${unknownKeys.join('、')}。`);
  const header = BackupHeaderSchema.safeParse({ format: obj.format, version: obj.version, exportedAt: obj.exportedAt });
  if (!header.success) return refuse(`备份文件的 ${header.error.issues[0].path.join('.')} 字段无效。`);
  const lists: Record<string, unknown[]> = {};
  const total = BACKUP_LISTS.reduce((n, { key }) => n + (obj[key] as unknown[]).length, 0);
  let done = 0;
  for (const { key, label, schema } of BACKUP_LISTS) {
    const raw = obj[key] as unknown[];
    const out: unknown[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const r = schema.safeParse(raw[i]);
      if (!r.success) return refuse(recordMessage(label, i, r.error, raw[i]));
      out[i] = r.data;
      if (++done % PROGRESS_STEP === 0) onProgress?.(done, total);
    }
    lists[key] = out;
  }
  const backup = { ...header.data, ...lists } as Backup;
  const duplicate = duplicateMessage(backup);
  if (duplicate) return refuse(duplicate);
  onProgress?.(total, total);
  const warnings =
    parsed.dropped > 0 ? [`已忽略 ${parsed.dropped} 个不安全的字段名（__proto__ / constructor / prototype）。`] : [];
  return { ok: true, backup, warnings };
}
