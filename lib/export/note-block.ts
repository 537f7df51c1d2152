/** One note in the Markdown export: heading with its task path, the passage as a blockquote, the note, tags and link. */
import { NOTE_COLOR_LABELS, type Note } from '../store/schema';
import { beijingDate } from './dates';
import { escapeMarkdown, inertNoteMarkdown, markdownBlockquote, markdownTag } from './markdown-escape';
import { noteHeading, noteTask, type DocGroup } from './notes-scope';
import { passageLink } from './text-fragment';

/** A Markdown heading of `level` (1–6) with escaped text. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeMarkdown(text)}`;
}

/** Where a note lies, for its heading: task path and title (三.（二）.11 建设…), else the outline heading above it, else 摘录. */
export function notePlace(note: Note, doc: DocGroup): string {
  const task = noteTask(note, doc.analysis);
  if (task) return `${task.id} ${task.title}`.trim();
  if (note.selectors.taskPath) return note.selectors.taskPath;
  const above = noteHeading(note, doc.analysis);
  return above ? `${above.label}${above.title}`.trim() : '摘录';
}

/** The note's tags as `#标签` in the form Obsidian and Logseq read as tags. */
export function tagLine(tags: readonly string[]): string {
  return tags.map((t) => `#${markdownTag(t)}`).join(' ');
}

/**
 * A note as Markdown: an optional heading, the quoted passage (escaped, so it reads as on the page), the reader's note
 * (their Markdown kept, raw HTML shown as text), then tags · colour · date · a link back to the passage; blocks are
 * separated by blank lines.
 */
export function noteMarkdown(note: Note, headingLevel: number | null, place: string): string {
  let out = headingLevel !== null ? `${heading(headingLevel, place)}\n\n` : '';
  out += markdownBlockquote(note.selectors.quote.exact);
  const text = inertNoteMarkdown(note.note);
  if (text) out += `\n\n${text}`;
  let facts = tagLine(note.tags);
  facts += `${facts ? ' · ' : ''}${NOTE_COLOR_LABELS[note.color]}`;
  const date = beijingDate(note.updatedAt);
  if (date) facts += ` · ${date}`;
  const link = passageLink(note.url, note.selectors.quote.exact);
  if (link) facts += ` · [原文](${link})`;
  return `${out}\n\n${facts}`;
}
