/** The reader's notes on the page: the note editor, its actions and the painting of saved notes (page-notes.ts keeps the notes, selection-toolbar.ts the toolbar). The notes live in the background's database; this layer only sends messages. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describe } from '../../lib/anchor/selectors';
import type { ContentRequest, NoteRecord, PageNotesAnswer } from '../../lib/content-messages';
import { storeErrorText } from '../../lib/i18n/store-error-text';
import { t } from '../../lib/i18n/t';
import type { PageView } from '../../lib/page/page-plan';
import { taskAt } from '../../lib/page/hit-test';
import type { PaintItem } from '../../lib/page/paint';
import type { NoteColor, Selectors } from '../../lib/store/schema';
import type { NoteValues } from '../../components/NoteEditor';
import * as client from './notes-client';
import { createPageNotes, type NotesPage } from './page-notes';
import { createSelectionToolbar, type ToolbarState } from './selection-toolbar';
import type { NotesUiState } from './ui';

/** What the layer needs from the page controller. */
export interface NotesLayerHost {
  /** Re-render the in-page UI (it reads `view()`). */
  render(): void;
  /** Repaint every highlight (task items + `paintItems()`). */
  repaint(): void;
  /** The in-page UI host element, when mounted. */
  uiHost(): Element | null;
}

/** The notes layer as the controller uses it. */
export interface NotesLayer {
  /** A new analysis of the page: re-anchor the notes, and load them when the page or document changed. */
  setPage(result: PageView): void;
  /** The painted passages of the notes that could be placed (groups `note-<colour>`). */
  paintItems(): PaintItem[];
  /** The notes' part of the UI, or null when there is nothing to show. */
  view(): NotesUiState | null;
  /** Open the note painted at a text offset (a click); false when there is none. */
  openAt(offset: number): boolean;
  /** Answer a content message meant for the notes, or null when it is not one. */
  answer(msg: ContentRequest): Promise<unknown> | null;
}

const MESSAGE_MS = 10_000;

interface Editing {
  id: string | null;
  editorKey: string;
  selectors: Selectors;
  values: NoteValues;
  updatedAt: number | null;
  focus: 'note' | 'tags';
  error: string | null;
  busy: boolean;
}

/** Create the notes layer of the page; listeners are removed when the content script is invalidated. */
export function createNotesLayer(ctx: ContentScriptContext, host: NotesLayerHost): NotesLayer {
  let page: NotesPage | null = null;
  let editor: Editing | null = null;
  let message: { text: string; undoId: string | null } | null = null;
  let messageTimer: number | undefined;
  let tags: string[] = [];
  let lastColor: NoteColor = 'yellow';
  // Until the first page is set, a command (Alt+Shift+N, the context menu) waits for it: the reader may just have been loaded for it.
  let started = false;
  let pendingCommand = false;

  const update = (paint = false) => {
    if (paint) host.repaint();
    host.render();
  };
  const showMessage = (text: string, undoId: string | null = null) => {
    message = { text, undoId };
    window.clearTimeout(messageTimer);
    messageTimer = window.setTimeout(() => {
      message = null;
      update();
    }, MESSAGE_MS);
  };

  /** The notes changed under an open editor: close it when its note is gone, or show the note as it now is. */
  const followEditor = () => {
    const open = editor?.id ? notes.list().find((n) => n.id === editor?.id) : undefined;
    if (editor?.id && !open) {
      editor = null;
      showMessage(t('noteDeletedElsewhere'));
    } else if (editor && open) {
      editor = { ...editor, values: { note: open.note, tags: open.tags, color: open.color }, updatedAt: open.updatedAt };
    }
    update(true);
  };
  const notes = createPageNotes(followEditor);
  const loadTags = async () => {
    tags = await client.tagsInUse();
    update();
  };

  const openEditor = (e: Omit<Editing, 'error' | 'busy'>) => {
    editor = { ...e, error: null, busy: false };
    toolbar.close();
    void loadTags();
    update();
  };
  const openNew = (focus: Editing['focus']) => {
    const tb = toolbar.current();
    if (!page || !tb) return;
    const { start, end } = tb;
    const task = taskAt(page.result.plan.tasks, start);
    const selectors = describe(page.result.textMap.text, start, end, task?.id ?? null);
    openEditor({ id: null, editorKey: `new:${start}:${end}`, selectors, values: { note: '', tags: [], color: lastColor }, updatedAt: null, focus });
  };
  const openNote = (id: string) => {
    const n = notes.list().find((x) => x.id === id);
    if (!n) return;
    openEditor({ id, editorKey: id, selectors: n.selectors, values: { note: n.note, tags: n.tags, color: n.color }, updatedAt: n.updatedAt, focus: 'note' });
  };

  const create = async (selectors: Selectors, values: NoteValues) => {
    if (!page) return;
    const a = await client.createNote(page.keys, selectors, values);
    if (!a.ok) return a;
    lastColor = values.color;
    notes.put(a.value);
    document.getSelection()?.removeAllRanges();
    return a;
  };
  const save = async (values: NoteValues) => {
    const e = editor;
    if (!e) return;
    editor = { ...e, busy: true, error: null };
    update();
    const a = e.id ? await client.updateNote(e.id, values) : await create(e.selectors, values);
    if (!a || editor?.editorKey !== e.editorKey) return;
    if (!a.ok) {
      editor = { ...e, values, busy: false, error: t('noteSaveFailed', storeErrorText(a.error)) };
      update();
      return;
    }
    if (e.id) notes.put(a.value);
    editor = null;
    update(true);
  };
  const highlight = async (color: NoteColor) => {
    const tb = toolbar.current();
    if (!page || !tb) return;
    const { start, end } = tb;
    toolbar.close();
    const task = taskAt(page.result.plan.tasks, start);
    const a = await create(describe(page.result.textMap.text, start, end, task?.id ?? null), { note: '', tags: [], color });
    if (a && !a.ok) showMessage(t('noteSaveFailed', storeErrorText(a.error)));
    update(true);
  };
  const remove = async () => {
    const e = editor;
    if (!e?.id) return;
    const a = await client.deleteNote(e.id);
    if (!a.ok) {
      editor = { ...e, error: t('noteSaveFailed', storeErrorText(a.error)) };
      update();
      return;
    }
    notes.drop(e.id);
    editor = null;
    showMessage(t('noteDeleted'), e.id);
    update(true);
  };
  const undo = async (id: string) => {
    const a = await client.undoDelete(id);
    if (a.ok) {
      notes.put(a.value);
      message = null;
    } else showMessage(t('noteSaveFailed', storeErrorText(a.error)));
    update(true);
  };

  const toolbar = createSelectionToolbar(ctx, {
    uiHost: () => host.uiHost(),
    page: () => page,
    editing: () => editor !== null,
    annotate: () => openNew('note'),
    update: () => update(),
  });
  // Another tab may have changed the notes while this one was hidden (and the background restarted meanwhile).
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void notes.load();
  });

  const toolbarProps = (tb: ToolbarState): NonNullable<NotesUiState['toolbar']> => ({
    x: tb.x,
    y: tb.y,
    message: tb.message,
    onHighlight: (c) => void highlight(c),
    onNote: () => openNew('note'),
    onTags: () => openNew('tags'),
    onClose: toolbar.dismiss,
  });
  const editorProps = (e: Editing): NonNullable<NotesUiState['editor']> => ({
    ...e,
    quote: e.selectors.quote.exact,
    taskPath: e.selectors.taskPath,
    tagSuggestions: tags,
    orphan: e.id !== null && !notes.anchorOf(e.id),
    onSave: (v) => void save(v),
    onDelete: () => void remove(),
    onClose: () => {
      editor = null;
      update();
    },
  });

  return {
    setPage(result) {
      const first = !started;
      started = true;
      const keys = client.pageKeys(result, location.href, document.title);
      page = keys && { result, keys };
      notes.setPage(page);
      const tb = toolbar.current();
      if (!page) {
        toolbar.close();
        editor = null;
      } else if (tb && !tb.message) toolbar.evaluate('select'); // a toolbar's passage belongs to the old text map: read the selection again on the new one
      // The reader was loaded for a selection or a command on a page the gatekeeper had stopped: answer it now.
      if (pendingCommand) {
        pendingCommand = false;
        toolbar.evaluate('command');
      } else if (first && document.getSelection()?.toString().trim()) toolbar.evaluate('select');
    },
    paintItems() {
      if (!page) return [];
      const items: PaintItem[] = [];
      for (const n of notes.list()) {
        const a = notes.anchorOf(n.id);
        const range = a ? page.result.textMap.rangeFor(a.start, a.end, document) : null;
        if (range) items.push({ kind: `note-${n.color}`, range });
      }
      return items;
    },
    view() {
      if (!page) return null;
      const orphans = notes.orphans().map((n) => ({ id: n.id, quote: n.selectors.quote.exact, note: n.note }));
      const undoId = message?.undoId;
      const status = message || orphans.length
        ? { message: message?.text ?? null, onUndo: undoId ? () => void undo(undoId) : null, orphans, onOpenOrphan: openNote }
        : null;
      const tb = toolbar.current();
      if (!tb && !editor && !status) return null;
      return { toolbar: tb && toolbarProps(tb), editor: editor && editorProps(editor), status };
    },
    openAt(offset) {
      let best: NoteRecord | null = null;
      let bestLength = Infinity;
      for (const n of notes.list()) {
        const a = notes.anchorOf(n.id);
        if (a && a.start <= offset && offset < a.end && a.end - a.start < bestLength) {
          best = n;
          bestLength = a.end - a.start;
        }
      }
      if (best) openNote(best.id);
      return best !== null;
    },
    answer(msg) {
      switch (msg.type) {
        case 'page:scroll-to-note': {
          const a = notes.anchorOf(msg.id);
          const range = a && page ? page.result.textMap.rangeFor(a.start, a.end, document) : null;
          range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          openNote(msg.id);
          return Promise.resolve({ ok: range !== null });
        }
        case 'page:note-anchors': {
          const answer: PageNotesAnswer | null = page
            ? { url: page.keys.url, docKey: page.keys.docKey, orphans: notes.orphans().map((n) => n.id) }
            : null;
          return Promise.resolve(answer);
        }
        case 'notes:annotate-selection':
          if (started) toolbar.evaluate('command');
          else pendingCommand = true;
          return Promise.resolve({ ok: true });
        case 'notes:changed': {
          notes.changedElsewhere(msg.docKey, msg.url, msg.note ?? null);
          return Promise.resolve({ ok: true });
        }
        default:
          return null;
      }
    },
  };
}
