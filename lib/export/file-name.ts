/** Names of exported files: the document's 文号 (document number) or title, what the file holds, and the date. */
import { beijingDate } from './dates';

/** Characters Windows forbids in file names (macOS forbids `/` and shows `:` as `/`). */
const FORBIDDEN = new Set(['/', '\\', ':', '*', '?', '"', '<', '>', '|']);
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
/** Most characters of the document part of a name. */
const MAX_BASE_CHARS = 60;
/** Most UTF-8 bytes of a whole name (file systems allow 255; leave room for a browser's " (1)"). */
const MAX_NAME_BYTES = 200;

/** A control or invisible formatting character (bidi overrides could disguise the extension). */
function isHidden(ch: string): boolean {
  return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch);
}

/** A lone UTF-16 surrogate (iteration by code points yields a valid pair as one two-unit string). */
function isLoneSurrogate(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0xd800 && c <= 0xdfff;
}

/** One part of a file name: forbidden and hidden characters replaced by `_`, whitespace collapsed, at most `max` characters. */
export function safeNamePart(raw: string, max = MAX_BASE_CHARS): string {
  let out = '';
  for (const ch of typeof raw === 'string' ? raw : '') {
    if (/\s/u.test(ch)) out += ' ';
    else if (FORBIDDEN.has(ch) || isHidden(ch) || isLoneSurrogate(ch)) out += '_';
    else out += ch;
  }
  out = out.replace(/ {2,}/g, ' ').replace(/_{2,}/g, '_').trim();
  return Array.from(out).slice(0, max).join('').trim();
}

/** Cut a name to `max` UTF-8 bytes on a character boundary. */
function capBytes(name: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= max) return name;
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const n = encoder.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** What an export file is named after. */
export interface FileNameParts {
  /** The document's 文号, preferred when present. */
  docNumber?: string | null;
  /** The document's title, used when there is no 文号. */
  title?: string | null;
  /** What the file holds: 批注, 任务分工表, 备份… */
  label: string;
  /** The export time (ms epoch); its Beijing date goes into the name. */
  date: number;
  /** Extension without the dot: md, csv, json. */
  ext: string;
}

/**
 * A file name safe on Windows, macOS and Linux: `桂政发〔2020〕3号-批注-2026-11-22.md` (文号, else title, else 政策透镜),
 * no `/ \ : * ? " < > |` or control characters, no leading dot, no trailing dot or space, no reserved device name,
 * at most 200 UTF-8 bytes.
 */
export function exportFileName(parts: FileNameParts): string {
  const base = safeNamePart(parts.docNumber ?? '') || safeNamePart(parts.title ?? '') || '政策透镜';
  const label = safeNamePart(parts.label, 20);
  const date = beijingDate(parts.date);
  const ext = safeNamePart(parts.ext, 10).replace(/[^A-Za-z0-9]/g, '') || 'txt';
  const tail = [label, date].filter(Boolean).join('-');
  const suffix = `${tail ? `-${tail}` : ''}.${ext}`;
  let stem = capBytes(base, MAX_NAME_BYTES - new TextEncoder().encode(suffix).length);
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '') || '政策透镜';
  const name = stem + suffix;
  return RESERVED.test(name) ? `_${name}` : name;
}
