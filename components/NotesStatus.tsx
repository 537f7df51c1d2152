/** The notes' status line on the page: a passing message (with 撤销 after a delete) and the notes that could not be placed. */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';

/** A note that could not be placed on the page (an orphan), shown by its quote. */
export interface OrphanItem {
  id: string;
  quote: string;
  note: string;
}

/** Props of the status line. */
export interface NotesStatusProps {
  message: string | null;
  /** Offered with the message after a delete. */
  onUndo: (() => void) | null;
  orphans: OrphanItem[];
  onOpenOrphan(id: string): void;
}

const PREVIEW = 80;
const cut = (s: string) => (s.length > PREVIEW ? `${s.slice(0, PREVIEW)}…` : s);

/** The status line, at the bottom left of the page. */
export function NotesStatus(p: NotesStatusProps) {
  const [open, setOpen] = useState(false);
  return (
    <div class="pl-status">
      {p.message && (
        <div class="pl-message" role="status">
          <span>{p.message}</span>
          {p.onUndo && <button type="button" class="pl-undo" onClick={p.onUndo}>{t('noteUndo')}</button>}
        </div>
      )}
      {p.orphans.length > 0 && (
        <div class="pl-orphans">
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{t('noteOrphans', p.orphans.length)}</button>
          {open && (
            <>
              <p class="pl-hint">{t('noteOrphansHint')}</p>
              <ul>
                {p.orphans.map((o) => (
                  <li key={o.id}>
                    <button type="button" class="pl-link" onClick={() => p.onOpenOrphan(o.id)}>
                      <q>{cut(o.quote)}</q>
                      {o.note && <span class="pl-orphan-note">{cut(o.note)}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
