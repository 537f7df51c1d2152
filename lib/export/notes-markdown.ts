/** The reader's notes as one Markdown file for Obsidian, Logseq or plain reading: front matter, documents, notes, 任务分工表. */
import { TASK_STATUS_LABELS, type Note, type TaskStatus } from '../store/schema';
import { beijingDateTime } from './dates';
import { escapeMarkdown, inertNoteMarkdown, markdownTag, yamlDate, yamlString } from './markdown-escape';
import { heading, noteMarkdown, notePlace } from './note-block';
import { compareText, exportGroups, noteTask, type DocGroup, type ExportDoc, type ExportScope } from './notes-scope';
import type { OnProgress } from './progress';
import { UNIT_KEY_PREFIX, unitKey } from '../store/task-status';
import { metadataLines, taskStatusMap, taskTableMarkdown } from './task-table';
import { pageLink } from './text-fragment';

/** The scope and document types (lib/export/notes-scope.ts), re-exported so the export API is one import. */
export type { ExportDoc, ExportScope } from './notes-scope';

/** What to export and from what. */
export interface NotesExportInput {
  scope: ExportScope;
  /** Documents whose analysis is known (metadata, tasks); notes of other documents use the title they were saved with. */
  docs?: readonly ExportDoc[];
  /** The reader's notes (soft-deleted ones are left out). */
  notes: readonly Note[];
  /** The reader's task statuses (any documents; matched by docKey and task id). */
  statuses?: readonly TaskStatus[];
  /** Export time (ms epoch), written as `exported-at`. */
  exportedAt: number;
  /** Called every 1000 notes and at the end with (notes done, notes in the export). */
  onProgress?: OnProgress;
}

/** Notes written between two progress reports. */
const PROGRESS_STEP = 1000;

/** The title of an export that is not about one document. */
function scopeTitle(scope: ExportScope): string {
  switch (scope.kind) {
    case 'all':
      return '全部批注';
    case 'tag':
      return `标签“${scope.tag}”的批注`;
    case 'unit':
      return `${scope.unit}的任务`;
    case 'page':
      return '本页批注';
    default:
      return '本文档批注';
  }
}

/** YAML front matter: title, document fields (one-document exports), tags, export time. */
function frontMatter(title: string, doc: DocGroup | null, tags: string[], exportedAt: number): string {
  const lines = ['---', `title: ${yamlString(title)}`];
  if (doc) {
    const m = doc.meta;
    if (m.docNumber) lines.push(`文号: ${yamlString(m.docNumber)}`);
    if (m.issuer) lines.push(`发文机关: ${yamlString(m.issuer)}`);
    if (m.writtenDate) lines.push(`成文日期: ${yamlDate(m.writtenDate)}`);
    if (m.publishedDate) lines.push(`发布日期: ${yamlDate(m.publishedDate)}`);
    const url = doc.url && pageLink(doc.url);
    if (url) lines.push(`url: ${yamlString(url)}`);
  }
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push(`exported-at: ${beijingDateTime(exportedAt)}`, '---');
  return lines.join('\n');
}

/** A document's metadata block under its heading (the same block as the CLI's report), with a link to the page. */
function metadataBlock(doc: DocGroup): string | null {
  const lines = metadataLines(doc.meta, doc.url && pageLink(doc.url));
  return lines.length ? lines.join('\n') : null;
}

/** The reader's statuses of one document: task id → status record. */
function statusesOf(doc: DocGroup, statuses: readonly TaskStatus[]): Map<string, TaskStatus> {
  return new Map(statuses.filter((s) => s.docKey === doc.docKey).map((s) => [s.taskId, s]));
}

/** The reader's notes on units of one document, [unit, note], in the order the units first appear in its tasks (others after, by name). */
function unitNotes(doc: DocGroup, mine: Map<string, TaskStatus>): [string, string][] {
  const order = new Map<string, number>();
  for (const t of doc.analysis?.tasks ?? []) for (const u of t.units) if (!order.has(u.name)) order.set(u.name, order.size);
  const out: [string, string][] = [];
  for (const [key, s] of mine) if (key.startsWith(UNIT_KEY_PREFIX) && s.note.trim()) out.push([key.slice(UNIT_KEY_PREFIX.length), s.note.trim()]);
  const rank = (u: string) => order.get(u) ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => rank(a[0]) - rank(b[0]) || compareText(a[0], b[0]));
}

/** Renders documents into blocks, counting notes for progress. */
class Writer {
  readonly blocks: string[] = [];
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly statuses: readonly TaskStatus[],
    private readonly onProgress?: OnProgress,
  ) {}

  private note(note: Note, doc: DocGroup, level: number | null): void {
    this.blocks.push(noteMarkdown(note, level, notePlace(note, doc)));
    if (++this.done % PROGRESS_STEP === 0) this.onProgress?.(this.done, this.total);
  }

  /** A document of the page / document / all / tag scopes: its notes, then (`withTable`) its 任务分工表 and task notes. */
  document(doc: DocGroup, level: number, withTable: boolean): void {
    this.blocks.push(doc.notes.length ? heading(level, `批注（${doc.notes.length} 条）`) : '还没有批注。');
    for (const n of doc.notes) this.note(n, doc, level + 1);
    if (!withTable || !doc.analysis?.tasks.length) return;
    const mine = statusesOf(doc, this.statuses);
    const table = taskTableMarkdown(doc.analysis, taskStatusMap(this.statuses, doc.docKey));
    this.blocks.push(heading(level, `任务分工表（${doc.analysis.tasks.length} 项）`), table);
    const noted = doc.analysis.tasks.filter((t) => mine.get(t.id)?.note.trim());
    if (noted.length) this.blocks.push(heading(level, '任务备注'));
    for (const t of noted) {
      const s = mine.get(t.id) as TaskStatus;
      const label = `**${escapeMarkdown(`${t.id} ${t.title}`)}**${s.status ? ` · ${TASK_STATUS_LABELS[s.status]}` : ''}`;
      this.blocks.push(label, inertNoteMarkdown(s.note));
    }
    const units = unitNotes(doc, mine);
    if (units.length) this.blocks.push(heading(level, '单位备注'));
    for (const [unit, note] of units) this.blocks.push(`**${escapeMarkdown(unit)}**`, inertNoteMarkdown(note));
  }

  /** A document of the unit scope: the unit's 任务分工表 (lead first), its note, then each task with its status, notes and passages. */
  unit(doc: DocGroup, unit: string, level: number): void {
    const mine = statusesOf(doc, this.statuses);
    const lead = doc.unitTasks.filter((t) => t.role === 'lead').length;
    const title = `任务分工表（${doc.unitTasks.length} 项：牵头 ${lead} 项，配合 ${doc.unitTasks.length - lead} 项）`;
    const table = taskTableMarkdown({ tasks: doc.unitTasks.map((t) => t.task) }, taskStatusMap(this.statuses, doc.docKey));
    this.blocks.push(heading(level, title), table);
    const own = mine.get(unitKey(unit))?.note.trim();
    if (own) this.blocks.push(heading(level, '单位备注'), inertNoteMarkdown(own));
    for (const { task, role } of doc.unitTasks) {
      const status = mine.get(task.id);
      const notes = doc.notes.filter((n) => noteTask(n, doc.analysis)?.id === task.id);
      if (!status?.note.trim() && notes.length === 0) continue;
      this.blocks.push(heading(level, `${task.id} ${task.title}`));
      const facts = [
        `角色：${role === 'lead' ? '牵头单位' : '责任单位'}`,
        `状态：${status?.status ? TASK_STATUS_LABELS[status.status] : '未设置'}`,
      ];
      if (task.deadlines.length) facts.push(`时限：${escapeMarkdown(task.deadlines.join('；'))}`);
      this.blocks.push(facts.join(' · '));
      if (status?.note.trim()) this.blocks.push(inertNoteMarkdown(status.note));
      for (const n of notes) this.note(n, doc, null);
    }
  }
}

/**
 * The notes of a scope as Markdown: YAML front matter (title, 文号, 发文机关, 成文日期, 发布日期, url, tags,
 * exported-at), a heading per document, each note as its task path, the passage as a blockquote, the note, `#标签`
 * tags and a link back to the passage (`#:~:text=`); the page and document scopes add the 任务分工表 with 状态, the
 * unit scope lists the unit's tasks with the reader's statuses and notes. Deterministic: documents by title, notes by
 * position.
 */
export function notesToMarkdown(input: NotesExportInput): string {
  const { scope, docs = [], notes, statuses = [], exportedAt, onProgress } = input;
  const groups = exportGroups(scope, docs, notes);
  const oneDoc = (scope.kind === 'page' || scope.kind === 'document') && groups.length === 1 ? groups[0] : null;
  const title = oneDoc ? oneDoc.title : scopeTitle(scope);
  const tagSet = new Set<string>();
  for (const g of groups) for (const n of g.notes) for (const t of n.tags) tagSet.add(markdownTag(t));
  const tags = [...tagSet].sort(compareText);
  const total = groups.reduce((sum, g) => sum + g.notes.length, 0);

  const w = new Writer(total, statuses, onProgress);
  w.blocks.push(frontMatter(title, oneDoc, tags, exportedAt), heading(1, title));
  if (oneDoc) {
    const meta = metadataBlock(oneDoc);
    if (meta) w.blocks.push(meta);
    w.document(oneDoc, 2, true);
  } else {
    if (groups.length === 0) w.blocks.push(scope.kind === 'unit' ? '没有找到这个单位的任务。' : '没有符合条件的批注。');
    for (const g of groups) {
      w.blocks.push(heading(2, g.title));
      const meta = metadataBlock(g);
      if (meta) w.blocks.push(meta);
      if (scope.kind === 'unit') w.unit(g, scope.unit, 3);
      else w.document(g, 3, scope.kind === 'page' || scope.kind === 'document');
    }
  }
  onProgress?.(total, total);
  return `${w.blocks.join('\n\n')}\n`;
}
