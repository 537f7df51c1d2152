/** The selection toolbar of the notes layer: where it stands over the reader's selection, or the refusal it shows instead, and when it closes. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_SELECTION_LENGTH } from '../../lib/content-messages';
import { t } from '../../lib/i18n/t';
import type { NotesPage } from './page-notes';
import { readSelection, toolbarPosition, watchSelection, type SelectionRefusal } from './note-selection';

/** The toolbar shown: its place, and the passage [start, end) of the text map it acts on, or a refusal (`message`, no passage). */
export interface ToolbarState {
  x: number;
  y: number;
  message: string | null;
  start: number;
  end: number;
}

/** What the toolbar needs from the notes layer. */
export interface SelectionToolbarHost {
  /** The in-page UI host element, when mounted (a selection inside it is the reader's own). */
  uiHost(): Element | null;
  /** The page the notes are taken on, or null when it carries none. */
  page(): NotesPage | null;
  /** Whether the note editor is open (a new selection then leaves the toolbar as it is). */
  editing(): boolean;
  /** The annotate command found a passage: open the editor on it (the toolbar holds the passage). */
  annotate(): void;
  /** Re-render the in-page UI. */
  update(): void;
}

/** The toolbar as the notes layer uses it. */
export interface SelectionToolbar {
  /** The toolbar shown, or null. */
  current(): ToolbarState | null;
  /** Hide the toolbar (without re-rendering: the caller does). */
  close(): void;
  /** Hide the toolbar and re-render, if it is shown (Escape, a scroll, its × button). */
  dismiss(): void;
  /** Show the toolbar (or a refusal) for the current selection; `command`: the reader asked, so every refusal is said. */
  evaluate(trigger: 'select' | 'command'): void;
}

const REFUSALS: Record<SelectionRefusal, () => string> = {
  empty: () => t('noteRefuseEmpty'),
  outside: () => t('noteRefuseOutside'),
  partly: () => t('noteRefusePartly'),
  'too-long': () => t('noteRefuseTooLong', MAX_SELECTION_LENGTH),
  'own-ui': () => t('noteRefuseOwnUi'),
};

/** Create the toolbar; it follows the selection, and Escape or a scroll closes it, until the content script is invalidated. */
export function createSelectionToolbar(ctx: ContentScriptContext, host: SelectionToolbarHost): SelectionToolbar {
  let toolbar: ToolbarState | null = null;
  const dismiss = () => {
    if (!toolbar) return;
    toolbar = null;
    host.update();
  };

  const evaluate = (trigger: 'select' | 'command') => {
    const ui = host.uiHost();
    if (trigger !== 'command' && (host.editing() || (ui && document.activeElement === ui))) return;
    const page = host.page();
    const read = page ? readSelection(document, page.result.main.element, page.result.textMap, ui) : null;
    const place = (rect: DOMRect | null) => toolbarPosition(rect, { width: window.innerWidth, height: window.innerHeight });
    const before = toolbar;
    if (!read) {
      if (trigger === 'command') toolbar = { ...place(null), message: t('noteRefuseNoPage'), start: 0, end: 0 };
    } else if (read.kind === 'passage') {
      toolbar = { ...place(read.rect), message: null, start: read.start, end: read.end };
      if (trigger === 'command') host.annotate();
    } else if (trigger === 'command' || read.why === 'partly' || read.why === 'too-long') {
      toolbar = { ...place(read.rect), message: REFUSALS[read.why](), start: 0, end: 0 };
    } else toolbar = null;
    if (toolbar !== before) host.update();
  };

  const inOwnUi = (e: Event) => {
    const ui = host.uiHost();
    return ui !== null && e.composedPath().includes(ui);
  };
  watchSelection(ctx, inOwnUi, () => evaluate('select'));
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') dismiss();
  });
  ctx.addEventListener(window, 'scroll', dismiss, { passive: true });

  return {
    current: () => toolbar,
    close() {
      toolbar = null;
    },
    dismiss,
    evaluate,
  };
}
