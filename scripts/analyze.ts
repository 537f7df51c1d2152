/** CLI: `npm run analyze -- <file.html|file.txt> [--url URL] [--format json|md] [--related]` — the same analysis as the content script. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildCorpusIndex } from '../lib/corpus/build-index';
import type { Related } from '../lib/corpus/index-schema';
import { relatedForAnalysis } from '../lib/corpus/related';
import type { Analysis, Task } from '../lib/policy/schema';
import { readSeeds } from './seed-files';
import { taskReportMarkdown } from '../lib/export/task-table';
import { analyzePage, analyzeText, type TextAnalysis } from '../lib/page/analyze-page';

const USAGE = '用法：npm run analyze -- <文件.html|文件.txt> [--url URL] [--format json|md] [--related]';

/** A problem with the input: reported on one line of stderr, exit code 2. */
class InputError extends Error {}

interface Options {
  file: string;
  url?: string;
  format: 'json' | 'md';
  related: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Partial<Options> = { format: 'json', related: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') opts.url = argv[++i];
    else if (a.startsWith('--url=')) opts.url = a.slice(6);
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? argv[++i] : a.slice(9);
      if (f !== 'json' && f !== 'md') throw new InputError(`不支持的输出格式：${f ?? ''}（可用 json 或 md）`);
      opts.format = f;
    } else if (a === '--related') opts.related = true;
    else if (a.startsWith('--')) throw new InputError(`未知选项：${a}。${USAGE}`);
    else if (!opts.file) opts.file = a;
    else throw new InputError(`只能分析一个文件。${USAGE}`);
  }
  if (!opts.file) throw new InputError(USAGE);
  return opts as Options;
}

/** Bytes → text: UTF-8 (BOM or not), UTF-16 with BOM, else the charset the page declares (GBK pages are common), else GB18030. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError('无法读取：文件不是文本（含二进制内容）');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
    try {
      return new TextDecoder(declared ?? 'gb18030').decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `找不到文件：${file}` : `无法读取文件：${file}（${code ?? '未知错误'}）`);
  }
  const text = decode(bytes);
  if (!text.trim()) throw new InputError(`文件为空：${file}`);
  return text;
}

function isHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return true;
  if (ext === '.txt' || ext === '.md') return false;
  return /^\s*</.test(text);
}

/** Parse HTML with linkedom; fragments without `<html>` (such as the gov.cn page fragments) are wrapped into a full document. */
function htmlDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}

/** Add `related` to every task: the top related corpus items, from the same ranking as the extension. */
function withRelated<T extends { tasks: Task[] }>(result: T, analysis: Analysis): T & { tasks: (Task & { related: Related[] })[] } {
  const index = buildCorpusIndex(readSeeds());
  const related = relatedForAnalysis(index, analysis);
  return { ...result, tasks: result.tasks.map((t) => ({ ...t, related: related[t.id] ?? [] })) };
}

function main(argv: string[]): string {
  const opts = parseArgs(argv);
  const text = readInput(opts.file);
  const { recognition, analysis }: TextAnalysis = isHtml(opts.file, text)
    ? analyzePage(htmlDocument(text), opts.url ?? '')
    : analyzeText(text, opts.url);
  if (opts.format === 'md') return taskReportMarkdown(recognition, analysis);
  const result = { recognition, ...analysis };
  return JSON.stringify(opts.related ? withRelated(result, analysis) : result, null, 2) + '\n';
}

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (e: unknown) {
  const msg = e instanceof InputError ? e.message : `分析失败：${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`analyze: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 2;
}
