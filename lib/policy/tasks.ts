/**
 * Task detection (工作任务). With responsibility markers, the tasks are exactly the marker-carrying items: a numbered item with one
 * marker, or each marker-carrying sub-item (parent path + #n). Without markers, the leaf numbered items under a 任务/措施 section.
 */
import { CharClass } from './char-class';
import type { Marker } from './markers';
import { titleEnd, type OutlineHeading } from './outline';

/** A task before its units are resolved, in clean-text offsets. */
export interface TaskDraft {
  id: string;
  start: number;
  end: number;
  titleStart: number;
  titleEnd: number;
  marker: Marker | null;
  /** Set when the id is only a guess (a scrambled page's marker that no following item places): a sure task with the same id wins. */
  weak?: boolean;
}

/** A section whose heading names one of these holds the tasks of a document without markers. */
const TASK_SECTION = /任务|措施|重点工作|主要工作/;
const SKIP_AT_START = new CharClass('\n 。；，、');
/** A last leaf heading ends with its paragraph block; a line shorter than this (a signature, a date) ends the block. */
const MIN_BLOCK_LINE = 30;

/** Find the tasks of the clean text `t` from its outline and markers. */
export function detectTasks(t: string, headings: readonly OutlineHeading[], markers: readonly Marker[]): TaskDraft[] {
  return markers.length > 0 ? markerTasks(t, headings, markers) : outlineTasks(t, headings);
}

function skipForward(t: string, i: number, limit: number): number {
  while (i < limit && SKIP_AT_START.has(t, i)) i++;
  return i;
}

/** End of a marker, with a directly following 。 or ；. */
function afterMarker(t: string, m: Marker): number {
  return t[m.end] === '。' || t[m.end] === '；' ? m.end + 1 : m.end;
}

/** Title span of a segment starting at `from`: its first sentence, stopping at `limit` (the marker). */
export function firstSentence(t: string, from: number, limit: number): [number, number] {
  return [from, titleEnd(t, from, Math.max(from, limit), 99, [])];
}

function markerTasks(t: string, headings: readonly OutlineHeading[], markers: readonly Marker[]): TaskDraft[] {
  const out: TaskDraft[] = [];
  let h = -1;
  for (let i = 0; i < markers.length; ) {
    while (h + 1 < headings.length && headings[h + 1].start <= markers[i].start) h++;
    let j = i;
    const nextHeading = h + 1 < headings.length ? headings[h + 1].start : Infinity;
    while (j < markers.length && markers[j].start < nextHeading) j++;
    const group = markers.slice(i, j);
    out.push(...(h >= 0 ? headingGroup(t, headings[h], group) : rootGroup(t, group)));
    i = j;
  }
  return out;
}

/** Tasks of the markers owned by heading `owner`: the whole item for one marker; for several, sub-items #1…#k after the heading's title. */
function headingGroup(t: string, owner: OutlineHeading, group: readonly Marker[]): TaskDraft[] {
  if (group.length === 1) {
    const m = group[0];
    return [{ id: owner.path, start: owner.start, end: afterMarker(t, m), titleStart: owner.titleStart, titleEnd: owner.titleEnd, marker: m }];
  }
  const out: TaskDraft[] = [];
  let from = owner.titleEnd;
  group.forEach((m, k) => {
    const start = skipForward(t, from, m.start);
    from = afterMarker(t, m);
    if (start >= m.start) return;
    const [ts, te] = firstSentence(t, start, m.start);
    out.push({ id: `${owner.path}#${k + 1}`, start, end: from, titleStart: ts, titleEnd: te, marker: m });
  });
  return out;
}

/** Tasks of markers before any heading: the paragraph that carries each (or the one before a marker on its own line). */
function rootGroup(t: string, group: readonly Marker[]): TaskDraft[] {
  const out: TaskDraft[] = [];
  let prevEnd = 0;
  let lineStart = 0;
  let previousLineStart = 0;
  let nl = t.indexOf('\n');
  group.forEach((m, k) => {
    while (nl >= 0 && nl < m.start) {
      previousLineStart = lineStart;
      lineStart = nl + 1;
      nl = t.indexOf('\n', lineStart);
    }
    const para = lineStart === m.start && lineStart > 0 ? previousLineStart : lineStart;
    const start = skipForward(t, Math.max(prevEnd, para), m.start);
    prevEnd = afterMarker(t, m);
    if (start >= m.start) return;
    const [ts, te] = firstSentence(t, start, m.start);
    out.push({ id: `#${k + 1}`, start, end: prevEnd, titleStart: ts, titleEnd: te, marker: m });
  });
  return out;
}

function isUnderTaskSection(headings: readonly OutlineHeading[], k: number): boolean {
  for (let p = headings[k].parent; p >= 0; p = headings[p].parent) {
    if (TASK_SECTION.test(headings[p].title)) return true;
  }
  return false;
}

/** End of the block of the last heading: its line and the long lines after it (a signature or a date ends it). */
function blockEnd(t: string, from: number): number {
  let end = t.indexOf('\n', from);
  if (end < 0) return t.length;
  for (;;) {
    const next = t.indexOf('\n', end + 1);
    const lineEnd = next < 0 ? t.length : next;
    if (lineEnd - end - 1 < MIN_BLOCK_LINE || t.startsWith('附件', end + 1)) return end;
    end = lineEnd;
    if (next < 0) return end;
  }
}

/** Leaf numbered items under a 任务/措施 section, for documents without markers (no units). */
function outlineTasks(t: string, headings: readonly OutlineHeading[]): TaskDraft[] {
  const out: TaskDraft[] = [];
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    if (next && next.level > h.level) return;
    if (!isUnderTaskSection(headings, k)) return;
    let end = next ? next.start : blockEnd(t, h.start);
    while (end > h.start && (t[end - 1] === '\n' || t[end - 1] === ' ')) end--;
    out.push({ id: h.path, start: h.start, end, titleStart: h.titleStart, titleEnd: h.titleEnd, marker: null });
  });
  return out;
}
