/** What a Markdown export covers: the scopes, the documents and notes in them, in a fixed order. */
import type { Analysis, Meta, Task } from '../policy/schema';
import { normalizeTag, type Note } from '../store/schema';
import { normalizeUrl } from '../store/url-key';

/** What to export: this page, this document, all notes, one tag, or one unit's tasks (lead or co-responsible). */
export type ExportScope =
  | { kind: 'page'; url: string; docKey?: string | null }
  | { kind: 'document'; docKey: string }
  | { kind: 'all' }
  | { kind: 'tag'; tag: string }
  | { kind: 'unit'; unit: string };

/** A document the export knows the analysis of (metadata, outline, tasks), under the key its notes carry. */
export interface ExportDoc {
  docKey: string;
  /** The page the document was read on. */
  url?: string | null;
  analysis: Pick<Analysis, 'meta' | 'outline' | 'tasks'>;
}

/** One document of an export with its notes (position order) and, for the unit scope, the unit's tasks. */
export interface DocGroup {
  docKey: string;
  /** The title shown: the document's own, else the one its notes were saved with, else its 文号. */
  title: string;
  /** What is known of the document: its analysis' metadata, else the 文号 its notes were saved with. */
  meta: Partial<Meta>;
  url: string | null;
  analysis: ExportDoc['analysis'] | null;
  notes: Note[];
  /** The unit's tasks, lead ones first, each with the unit's role (unit scope only). */
  unitTasks: { task: Task; role: 'lead' | 'co' }[];
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Notes in reading order: by position in the text, then creation time, then id (keys read once per note). */
function sortByPosition(notes: Note[]): Note[] {
  const keyed = notes.map((n) => ({ n, at: n.selectors.position.start, created: n.createdAt, id: n.id }));
  keyed.sort((a, b) => a.at - b.at || a.created - b.created || compareText(a.id, b.id));
  return keyed.map((k) => k.n);
}

/** Lookups into one analysis: tasks by id, and tasks and outline headings in text order for position searches. */
interface AnalysisIndex {
  byId: Map<string, Task>;
  tasks: Task[];
  headings: ExportDoc['analysis']['outline'];
}

const indexes = new WeakMap<ExportDoc['analysis'], AnalysisIndex>();

function indexOf(analysis: ExportDoc['analysis']): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = {
      byId: new Map(analysis.tasks.map((t) => [t.id, t])),
      tasks: [...analysis.tasks].sort((a, b) => a.start - b.start),
      headings: [...analysis.outline].sort((a, b) => a.start - b.start),
    };
    indexes.set(analysis, index);
  }
  return index;
}

/** The last item of a list sorted by `start` whose start is at or before `at` (binary search), or null. */
function lastStartingBy<T extends { start: number }>(items: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : null;
}

/** The task a note lies in: its stored task path, else the task whose span holds the note's position. */
export function noteTask(note: Note, analysis: ExportDoc['analysis'] | null): Task | null {
  if (!analysis) return null;
  const index = indexOf(analysis);
  const path = note.selectors.taskPath;
  if (path) return index.byId.get(path) ?? null;
  const at = note.selectors.position.start;
  const task = lastStartingBy(index.tasks, at);
  return task && at < task.end ? task : null;
}

/** Ids of the tasks the reader wrote on: a live note lying in the task (see noteTask), or a status with a note. */
export function notedTaskIds(
  analysis: ExportDoc['analysis'],
  notes: readonly Note[],
  statuses: readonly { taskId: string; note: string }[],
): Set<string> {
  const ids = new Set<string>();
  for (const n of notes) {
    const task = n.deletedAt === null ? noteTask(n, analysis) : null;
    if (task) ids.add(task.id);
  }
  const known = indexOf(analysis).byId;
  for (const s of statuses) if (s.note.trim() && known.has(s.taskId)) ids.add(s.taskId);
  return ids;
}

/** The outline heading a note lies under (the last one starting at or before it), or null. */
export function noteHeading(note: Note, analysis: ExportDoc['analysis'] | null): { label: string; title: string } | null {
  return analysis ? lastStartingBy(indexOf(analysis).headings, note.selectors.position.start) : null;
}

/** The unit's role in a task: lead when it leads, co when co-responsible, null when not named. */
function roleIn(task: Task, unit: string): 'lead' | 'co' | null {
  const mine = task.units.filter((u) => u.name === unit || u.raw === unit);
  if (mine.length === 0) return null;
  return mine.some((u) => u.role === 'lead') ? 'lead' : 'co';
}

/** The live notes a scope covers (soft-deleted notes are never exported). */
function scopeNotes(scope: ExportScope, notes: readonly Note[]): Note[] {
  const live = notes.filter((n) => n.deletedAt === null);
  switch (scope.kind) {
    case 'page': {
      const url = normalizeUrl(scope.url);
      return live.filter((n) => normalizeUrl(n.url) === url || (!!scope.docKey && n.docKey === scope.docKey));
    }
    case 'document':
      return live.filter((n) => n.docKey === scope.docKey);
    case 'tag': {
      const tag = normalizeTag(scope.tag);
      return live.filter((n) => n.tags.includes(tag));
    }
    default:
      return live;
  }
}

function group(docKey: string, doc: ExportDoc | undefined, notes: Note[]): DocGroup {
  const first = notes[0];
  const meta: Partial<Meta> = doc?.analysis.meta ?? { docNumber: first?.docNumber ?? null };
  return {
    docKey,
    title: meta.title || first?.docTitle || meta.docNumber || '未命名文档',
    meta,
    url: doc?.url ?? first?.url ?? null,
    analysis: doc?.analysis ?? null,
    notes,
    unitTasks: [],
  };
}

/** The unit scope: every document where the unit has tasks, with those tasks and the notes that lie in them. */
function unitGroups(unit: string, docs: readonly ExportDoc[], notes: readonly Note[]): DocGroup[] {
  const out: DocGroup[] = [];
  for (const doc of docs) {
    const unitTasks = doc.analysis.tasks
      .map((task) => ({ task, role: roleIn(task, unit) }))
      .filter((t): t is DocGroup['unitTasks'][number] => t.role !== null);
    if (unitTasks.length === 0) continue;
    unitTasks.sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
    const ids = new Set(unitTasks.map((t) => t.task.id));
    const inTasks = notes.filter((n) => n.docKey === doc.docKey && ids.has(noteTask(n, doc.analysis)?.id ?? ''));
    out.push({ ...group(doc.docKey, doc, inTasks), unitTasks });
  }
  return out;
}

/**
 * The documents of an export, each with its notes in reading order; documents ordered by title, then key. The page and
 * document scopes include their document even without notes (for its 任务分工表).
 */
export function exportGroups(scope: ExportScope, docs: readonly ExportDoc[], notes: readonly Note[]): DocGroup[] {
  const docByKey = new Map(docs.map((d) => [d.docKey, d]));
  const selected = sortByPosition(scopeNotes(scope, notes));
  let groups: DocGroup[];
  if (scope.kind === 'unit') groups = unitGroups(scope.unit, docs, selected);
  else {
    const byDoc = new Map<string, Note[]>();
    const wanted = scope.kind === 'document' ? scope.docKey : scope.kind === 'page' ? scope.docKey : null;
    if (wanted && docByKey.has(wanted)) byDoc.set(wanted, []);
    for (const n of selected) {
      const list = byDoc.get(n.docKey);
      if (list) list.push(n);
      else byDoc.set(n.docKey, [n]);
    }
    groups = [...byDoc].map(([key, list]) => group(key, docByKey.get(key), list));
  }
  return groups.sort((a, b) => compareText(a.title, b.title) || compareText(a.docKey, b.docKey));
}
