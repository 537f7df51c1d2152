/** Attachment references (附件：…任务分解表.docx): which attachments exist and whether one holds the task breakdown. */
import type { Span } from './outline';

/** A reference to an attachment in clean-text offsets. */
export interface AttachmentRef extends Span {
  /** Where the attachment's name starts (after "附件："). */
  nameStart: number;
  holdsTasks: boolean;
}

/** Words of an attachment name that hold the task breakdown (任务分解表, 责任分工, 工作台账…). */
const TASK_WORDS = ['任务分解', '任务分工', '分工方案', '责任分工', '分工表', '任务清单', '工作清单', '重点任务', '任务表', '台账', '责任清单'];
const MAX_NAME = 80;
const NAME_ENDS = '\n。；';

/** Offset after "附件" + optional number + '：', or -1 when `i` does not start a reference. */
function referenceBody(t: string, i: number): number {
  let k = i + 2;
  while (k < i + 5 && ((t[k] >= '0' && t[k] <= '9') || t[k] === '.' || t[k] === '．')) k++;
  return t[k] === '：' ? k + 1 : -1;
}

/** Every "附件：X" / "附件1：X" reference; a name may list several files "1．X 2．Y" and ends at a line end or at a next 附件. */
export function findAttachments(t: string): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (let i = t.indexOf('附件'); i >= 0; i = t.indexOf('附件', i + 2)) {
    const body = referenceBody(t, i);
    if (body < 0) continue;
    let end = body;
    while (end < t.length && end - body < MAX_NAME && !NAME_ENDS.includes(t[end]) && !t.startsWith('附件', end)) end++;
    const name = t.slice(body, end).trim();
    if (!name) continue;
    out.push({ start: i, end, nameStart: body, holdsTasks: TASK_WORDS.some((w) => name.includes(w)) });
    i = end - 2;
  }
  return out;
}
