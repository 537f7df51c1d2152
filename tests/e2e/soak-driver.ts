/**
 * Browser side of the soak test, bundled and run inside a tab's content-script world: it reads the page as the content
 * script does and sends the notes requests through the content script's own client (entrypoints/reader/notes-client.ts).
 */
import { describe } from '../../lib/anchor/selectors';
import type { NoteRecord } from '../../lib/content-messages';
import { analyzePage } from '../../lib/page/analyze-page';
import { taskAt } from '../../lib/page/hit-test';
import type { NoteColor } from '../../lib/store/schema';
import * as client from '../../entrypoints/reader/notes-client';

/** What a note says, as the editor saves it. */
export interface SoakContent {
  note: string;
  tags: string[];
  color: NoteColor;
}

/** One reader action: note a passage [start, end) of the page's text, edit, delete or undo the delete of a note. */
export type SoakOp =
  | ({ kind: 'create'; start: number; end: number } & SoakContent)
  | ({ kind: 'update'; id: string } & SoakContent)
  | { kind: 'delete'; id: string }
  | { kind: 'undo'; id: string };

/** The background's answer to one action: the note as stored, or the message the reader would see. */
export type SoakAnswer = { ok: true; note: NoteRecord } | { ok: false; message: string };

let page: { keys: client.PageKeys; analysis: ReturnType<typeof analyzePage>['analysis']; text: string } | null = null;

/** Read the page as the content script does; the text notes are taken from and the keys they are saved under. */
export function readPage(): { keys: client.PageKeys; text: string } | null {
  const result = analyzePage(document, location.href);
  const plan = { isPolicy: result.recognition.isPolicy, meta: result.analysis.meta };
  const keys = client.pageKeys({ main: result.main, textMap: result.textMap, plan }, location.href, document.title);
  if (!keys) return null;
  page = { keys, analysis: result.analysis, text: result.textMap.text };
  return { keys, text: page.text };
}

async function one(op: SoakOp): Promise<SoakAnswer> {
  if (!page) return { ok: false, message: 'readPage() first' };
  let a: client.Answer<NoteRecord>;
  if (op.kind === 'create') {
    const selectors = describe(page.text, op.start, op.end, taskAt(page.analysis.tasks, op.start)?.id ?? null);
    a = await client.createNote(page.keys, selectors, { note: op.note, tags: op.tags, color: op.color });
  } else if (op.kind === 'update') a = await client.updateNote(op.id, { note: op.note, tags: op.tags, color: op.color });
  else if (op.kind === 'delete') a = await client.deleteNote(op.id);
  else a = await client.undoDelete(op.id);
  return a.ok ? { ok: true, note: a.value } : { ok: false, message: a.error.message };
}

/** Run the actions one after another, as a reader does, and give every answer. */
export async function run(ops: SoakOp[]): Promise<SoakAnswer[]> {
  const answers: SoakAnswer[] = [];
  for (const op of ops) answers.push(await one(op));
  return answers;
}

/** The live notes of this page, as the content script loads them. */
export async function pageNotes(): Promise<client.Answer<NoteRecord[]>> {
  return page ? client.notesForPage(page.keys) : { ok: false, error: { message: 'readPage() first' } };
}
