/** The content script's requests to the notes database in the background, with every answer validated (zod/mini). */
import {
  NoteAnswerSchema,
  NotesAnswerSchema,
  TagsAnswerSchema,
  type NoteRecord,
} from '../../lib/content-messages';
import { t } from '../../lib/i18n/t';
import type { BackgroundRequest } from '../../lib/messages';
import type { PagePlan, PageView } from '../../lib/page/page-plan';
import type { Selectors } from '../../lib/store/schema';
import { docKey } from '../../lib/store/url-key';

/** An answer: the value, or a message for the reader. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

interface Schema<T> {
  safeParse(raw: unknown): { success: true; data: Answer<T> } | { success: false };
}

/** Send a request and validate the answer; an unreachable background or a malformed answer is a failure with a message. */
async function ask<T>(msg: BackgroundRequest, schema: Schema<T>): Promise<Answer<T>> {
  try {
    const parsed = schema.safeParse(await browser.runtime.sendMessage(msg));
    if (parsed.success) return parsed.data;
  } catch {
    // The background is unreachable (the extension was reloaded): said below.
  }
  return { ok: false, error: { message: t('noteUnavailable') } };
}

/** The page a note is saved on: its address, document key (文号 or fingerprint), title and 文号. */
export interface PageKeys {
  url: string;
  docKey: string;
  docTitle: string;
  docNumber: string | null;
}

/** Main-content sources good enough to annotate on a page that is not a policy document (never the whole body). */
const ANNOTATABLE_SOURCES: ReadonlySet<string> = new Set(['container', 'markers', 'readability']);

/**
 * The keys notes of this page are saved under, or null when the page cannot carry notes: it needs a main content,
 * found on a policy document in any way, on another page through a content container, markers or Readability.
 */
export function pageKeys(result: Pick<PageView, 'main' | 'textMap'> & { plan: Pick<PagePlan, 'isPolicy' | 'meta'> }, url: string, title: string): PageKeys | null {
  const { main, textMap, plan } = result;
  if (!main.element || !textMap.text || !(plan.isPolicy || ANNOTATABLE_SOURCES.has(main.source))) return null;
  return {
    url,
    docKey: docKey(plan.meta, textMap.text),
    docTitle: (plan.meta.title ?? title).slice(0, 500),
    docNumber: plan.meta.docNumber?.slice(0, 100) ?? null,
  };
}

/** What a note says: its text (Markdown source), tags and colour. */
export type NoteContent = Pick<NoteRecord, 'note' | 'tags' | 'color'>;

/** The notes of a page: same address or same document. */
export function notesForPage(keys: PageKeys): Promise<Answer<NoteRecord[]>> {
  return ask({ type: 'notes:for-page', url: keys.url, docKey: keys.docKey }, NotesAnswerSchema);
}

/** Save a new note on a passage of the page. */
export function createNote(keys: PageKeys, selectors: Selectors, content: NoteContent): Promise<Answer<NoteRecord>> {
  return ask({ type: 'notes:create', note: { ...keys, selectors, ...content } }, NoteAnswerSchema);
}

/** Change a note's text, tags and colour. */
export function updateNote(id: string, content: NoteContent): Promise<Answer<NoteRecord>> {
  return ask({ type: 'notes:update', id, patch: content }, NoteAnswerSchema);
}

/** Delete a note (softly: `undoDelete` brings it back). */
export function deleteNote(id: string): Promise<Answer<NoteRecord>> {
  return ask({ type: 'notes:delete', id }, NoteAnswerSchema);
}

/** Undo a delete. */
export function undoDelete(id: string): Promise<Answer<NoteRecord>> {
  return ask({ type: 'notes:undo-delete', id }, NoteAnswerSchema);
}

/** Move a note's stored selectors (`from`, as the page anchored them) to where the passage now is (`to`). */
export function reanchorNote(id: string, from: Selectors, to: Selectors): Promise<Answer<NoteRecord>> {
  return ask({ type: 'notes:reanchor', id, from, to }, NoteAnswerSchema);
}

/** The tags in use, most used first. */
export async function tagsInUse(): Promise<string[]> {
  const a = await ask({ type: 'notes:tags' }, TagsAnswerSchema);
  return a.ok ? a.value.map((x) => x.tag) : [];
}
