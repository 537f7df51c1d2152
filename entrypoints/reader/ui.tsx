/** The in-page UI (badge and task card) inside a Shadow DOM root, so page CSS cannot reach it and it cannot break the page. */
import { render } from 'preact';
import { PageBadge, type PageBadgeProps } from '../../components/PageBadge';
import { TaskCard, type TaskCardProps } from '../../components/TaskCard';
import { PAGE_UI_CSS } from '../../components/page-ui.css';
import { SelectionToolbar, type SelectionToolbarProps } from '../../components/SelectionToolbar';
import { NoteEditor, type NoteEditorProps } from '../../components/NoteEditor';
import { NotesStatus, type NotesStatusProps } from '../../components/NotesStatus';

/** The notes' part of the UI (entrypoints/content/notes-layer.ts): selection toolbar, editor (keyed per note), status line. */
export interface NotesUiState {
  toolbar: SelectionToolbarProps | null;
  editor: (NoteEditorProps & { editorKey: string }) | null;
  status: NotesStatusProps | null;
}

/** What the UI shows: the badge on policy pages, a card when one is open, the notes' toolbar, editor and status. */
export interface PageUiState {
  badge: PageBadgeProps | null;
  card: TaskCardProps | null;
  notes: NotesUiState | null;
}

/** The mounted UI: re-render with a new state, or remove it. */
export interface PageUi {
  host: HTMLElement;
  update(state: PageUiState): void;
  remove(): void;
}

/** Mount the UI host at the end of the body. */
export function mountPageUi(doc: Document): PageUi {
  const host = doc.createElement('policylens-ui');
  host.style.cssText = 'all: initial; position: static;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PAGE_UI_CSS;
  const root = doc.createElement('div');
  root.className = 'pl-root';
  shadow.append(style, root);
  doc.body.appendChild(host);
  return {
    host,
    update(state) {
      render(
        <>
          {state.card && <TaskCard {...state.card} />}
          {state.notes?.editor && <NoteEditor key={state.notes.editor.editorKey} {...state.notes.editor} />}
          {state.notes?.toolbar && <SelectionToolbar {...state.notes.toolbar} />}
          {state.notes?.status && <NotesStatus {...state.notes.status} />}
          {state.badge && <PageBadge {...state.badge} />}
        </>,
        root,
      );
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
