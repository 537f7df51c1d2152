/** Attachment references (附件：1．…任务分解表.docx  2．…): one per file, and whether a file holds the task breakdown. */
import { CharClass } from './char-class';
import type { Span } from './outline';

/** A reference to one attached file in clean-text offsets. */
export interface AttachmentRef extends Span {
  /** Where the file's name starts (after "附件：" and its number). */
  nameStart: number;
  holdsTasks: boolean;
}

/** Words of an attachment name that hold the task breakdown (任务分解表, 责任分工, 工作台账…). */
const TASK_WORDS = ['任务分解', '任务分工', '分工方案', '责任分工', '分工表', '任务清单', '工作清单', '重点任务', '任务表', '台账', '责任清单'];
const MAX_NAME = 80;
const NAME_ENDS = new CharClass('\n。；');
/** A further file of the list on its own line: "2．试点城市名单". */
const NEXT_FILE = /^\d{1,2}[.．、][^\n。；]{2,80}(?:\n|$)/;

/** Offset after "附件" + optional number + '：', or -1 when `i` does not start a reference. */
function referenceBody(t: string, i: number): number {
  let k = i + 2;
  while (k < i + 5 && ((t[k] >= '0' && t[k] <= '9') || t[k] === '.' || t[k] === '．')) k++;
  return t[k] === '：' ? k + 1 : -1;
}

/** Offset after a leading file number ("1．", "2、"), or `at` when there is none. */
function afterNumber(t: string, at: number): number {
  const m = /^\d{1,2}[.．、]/.exec(t.slice(at, at + 4));
  return m ? at + m[0].length : at;
}

function file(t: string, start: number, nameFrom: number, end: number): AttachmentRef | null {
  const nameStart = afterNumber(t, nameFrom);
  const name = t.slice(nameStart, end).trim();
  return name ? { start, end, nameStart, holdsTasks: TASK_WORDS.some((w) => name.includes(w)) } : null;
}

/** Every attached file referenced by "附件：X" / "附件1：X", with the numbered files listed on the lines after it. */
export function findAttachments(t: string): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (let i = t.indexOf('附件'); i >= 0; i = t.indexOf('附件', i + 2)) {
    const body = referenceBody(t, i);
    if (body < 0) continue;
    let end = body;
    while (end < t.length && end - body < MAX_NAME && !NAME_ENDS.has(t, end) && !t.startsWith('附件', end)) end++;
    const first = file(t, i, body, end);
    if (first) out.push(first);
    for (let m = NEXT_FILE.exec(t.slice(end + 1, end + 90)); t[end] === '\n' && m; m = NEXT_FILE.exec(t.slice(end + 1, end + 90))) {
      const lineEnd = end + 1 + m[0].replace(/\n$/, '').length;
      const next = file(t, end + 1, end + 1, lineEnd);
      if (next) out.push(next);
      end = lineEnd;
    }
    i = Math.max(i, end - 2);
  }
  return out;
}
