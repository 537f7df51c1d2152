/** Escaping for the Markdown export: page text that renders as the page said, the reader's Markdown made inert, YAML values. */

/** ASCII punctuation that Markdown (CommonMark, GFM, Obsidian: # tags, $ math, ^ block ids) may read as syntax. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~#$^]/g;
/** `&` that would start an HTML entity (&amp; &#34;), bounded so the scan stays linear. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]{1,32};)/g;
/** Obsidian's ==highlight== and %%comment%% markers. */
const DOUBLED = /={2,}|%{2,}/g;
/** Any character one of the escapes above may touch (a fast exit for plain Chinese text). */
const ANY_SPECIAL = /[\\`*_[\]<>|~#$^&=%\r\n]/;
/** A line break of any platform. */
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Escape text for one Markdown line or table cell: line breaks become spaces and every character Markdown could read as
 * syntax gets a backslash (`A|B *x*` → `A\|B \*x\*`), so the text renders exactly as written.
 */
export function escapeMarkdown(s: string): string {
  if (!ANY_SPECIAL.test(s)) return s;
  return s
    .replace(LINE_BREAK, ' ')
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(ENTITY_START, '\\&')
    .replace(DOUBLED, (run) => run.replace(/./g, '\\$&'));
}

/** A line start Markdown reads as a block: list bullets (- +), ordered lists (1. 1)), setext underlines (=). */
function escapeLineStart(line: string): string {
  const c = line[0];
  if (c === '-' || c === '+' || c === '=') return `\\${line}`;
  let i = 0;
  while (i < line.length && i < 10 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  if (i > 0 && (line[i] === '.' || line[i] === ')')) return `${line.slice(0, i)}\\${line.slice(i)}`;
  return line;
}

/**
 * Quoted page text as a Markdown blockquote: one `> ` line per line of the page (trimmed: indentation would make a code
 * block; empty lines dropped), paragraphs separated by `>`, every line escaped so it renders as the page said.
 */
export function markdownBlockquote(text: string): string {
  const raw = text.includes('\n') || text.includes('\r') ? text.split(LINE_BREAK) : [text];
  const lines: string[] = [];
  for (const r of raw) {
    const line = r.trim();
    if (line) lines.push(`> ${escapeLineStart(escapeMarkdown(line))}`);
  }
  return lines.length ? lines.join('\n>\n') : '>';
}

/** An HTML tag, comment or declaration start (`<b`, `</`, `<!`, `<?`). */
const HTML_START = /<(?=[A-Za-z/!?])/g;

/**
 * The reader's own note (Markdown allowed) made safe to embed: Markdown is kept, raw HTML is shown as text (`<script>` →
 * `\<script>`) outside fenced code blocks, line endings become `\n`, and surrounding blank lines are dropped.
 */
export function inertNoteMarkdown(note: string): string {
  if (!/[<`~\r\n]/.test(note)) return note.trimEnd();
  let fence: string | null = null;
  const out: string[] = [];
  for (const line of note.split(LINE_BREAK)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      out.push(line);
    } else if (marker) {
      fence = marker;
      out.push(line);
    } else out.push(line.replace(HTML_START, '\\<'));
  }
  if (fence !== null) out.push(fence);
  return out.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/** Lone UTF-16 surrogates (invalid in YAML and in UTF-8 files). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string with lone surrogates replaced by U+FFFD, so it can be written as UTF-8. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** Characters YAML does not allow raw in a double-quoted scalar beyond what JSON escapes (DEL, C1, line/paragraph separators, BOM). */
const YAML_UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** A YAML double-quoted scalar for any string (JSON string syntax, valid YAML 1.1 and 1.2): quotes, newlines, `: #` all safe. */
export function yamlString(s: string): string {
  return JSON.stringify(wellFormed(s)).replace(
    YAML_UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A YAML value for an ISO date (YYYY-MM-DD) left plain, so Obsidian shows it as a date; anything else quoted. */
export function yamlDate(s: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : yamlString(s);
}

/** Characters an Obsidian / Logseq tag may hold besides letters and digits: emoji, `_`, `-`, and `/` (nested tags). */
const TAG_CHAR = /[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200d_\-/]/u;

/**
 * A tag in the form Obsidian and Logseq read as one tag (without the `#`): spaces and punctuation become `-`, runs
 * collapse, and a tag of digits only gets a leading `_` (Obsidian ignores numeric tags). `政策 解读` → `政策-解读`.
 */
export function markdownTag(tag: string): string {
  let safe = tagCache.get(tag);
  if (safe === undefined) {
    safe = obsidianTag(tag);
    if (tagCache.size > 10_000) tagCache.clear();
    tagCache.set(tag, safe);
  }
  return safe;
}

/** Tags already converted (a reader has few distinct tags over many notes). */
const tagCache = new Map<string, string>();

function obsidianTag(tag: string): string {
  let out = '';
  for (const ch of wellFormed(tag)) {
    const keep = TAG_CHAR.test(ch);
    if (keep) out += ch;
    else if (out && !out.endsWith('-')) out += '-';
  }
  out = out.replace(/-+$/, '').replace(/^\/+|\/+$/g, '');
  if (!out) return '_';
  return /^[\p{N}_\-/]+$/u.test(out) ? `_${out}` : out;
}
