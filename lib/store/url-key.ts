/** Keys that let a note follow its page and its document: a normalized URL, and a document key (文号 or text fingerprint). */
import { foldString } from '../anchor/fold';

/** Query parameters that only track where a visit came from (compared lower-case). */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'spm',
  'spm_id_from',
  'from',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'wxfrom',
  'wxshare',
  'fbclid',
  'gclid',
  'msclkid',
  'yclid',
  'bd_vid',
  'vd_source',
]);

/** Whether a query parameter is a tracking parameter (utm_*, share*, spm, from, isappinstalled, WeChat's scene…). */
export function isTrackingParam(name: string): boolean {
  const k = name.toLowerCase();
  return TRACKING_PARAMS.has(k) || k.startsWith('utm_') || k.startsWith('share');
}

/**
 * A URL as a page key: fragment and tracking parameters dropped, remaining parameters sorted, host lower-cased.
 * A string that is not a URL comes back trimmed, without its fragment.
 */
export function normalizeUrl(raw: string): string {
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    const hash = trimmed.indexOf('#');
    return hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.href;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A 文号 (document number) in one form: whitespace removed, full-width digits folded, and every bracket around the
 * year (〔〕 [] ［］ 【】 () （）) written 〔〕 — 桂政发［2020］3 号 → 桂政发〔2020〕3号. Null when nothing is left.
 */
export function normalizeDocNumber(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let out = '';
  for (const ch of foldString(raw)) out += ch === '[' || ch === '(' ? '〔' : ch === ']' || ch === ')' ? '〕' : ch;
  return out || null;
}

/** Characters of the folded main text hashed into a fingerprint. */
const FINGERPRINT_CHARS = 2000;

/** FNV-1a (32-bit) over the UTF-16 code units of a string, byte by byte, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), 0x01000193);
    h = Math.imul(h ^ (c >>> 8), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A fingerprint of a main text that ignores whitespace and full-/half-width differences: hash of its start, and its length. */
export function textFingerprint(text: string): string {
  const folded = foldString(typeof text === 'string' ? text : '');
  return `${fnv1a(folded.slice(0, FINGERPRINT_CHARS))}-${folded.length}`;
}

/** The key a note's document is known by: `doc:` + normalized 文号 when there is one, else `fp:` + the text fingerprint. */
export function docKey(meta: { docNumber?: string | null } | null | undefined, text: string): string {
  const number = normalizeDocNumber(meta?.docNumber);
  return number ? `doc:${number}` : `fp:${textFingerprint(text)}`;
}
