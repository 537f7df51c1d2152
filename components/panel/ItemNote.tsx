/** The reader's short note on a task or a unit: shown as plain text, written or edited in place (保存 / 取消). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

/** Longest note the panel lets the reader type on a task or unit (a short note; long ones belong on the passage). */
export const MAX_ITEM_NOTE = 2000;

/** Props: the stored note ('' when none), what it is on (for labels), and what saving does. */
export interface ItemNoteProps {
  value: string;
  /** What the note is on, e.g. the task id or the unit name. */
  subject: string;
  onSave(note: string): void;
}

/** The 备注 / 编辑备注 button and the note below it (the wrapper lays them out in its parent's flow), or the editor when open. */
export function ItemNote({ value, subject, onSave }: ItemNoteProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) area.current?.focus();
  }, [editing]);
  const label = t('itemNoteLabel', subject);
  if (draft === null) {
    return (
      <div class="item-note">
        <button type="button" class="small" aria-label={`${value ? t('itemNoteEdit') : t('itemNoteAdd')} ${subject}`} onClick={() => setDraft(value)}>
          {value ? t('itemNoteEdit') : t('itemNoteAdd')}
        </button>
        {value && <p class="item-note-text" aria-label={label}>{value}</p>}
      </div>
    );
  }
  return (
    <form
      class="item-note"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft.trim());
        setDraft(null);
      }}
    >
      <textarea ref={area} aria-label={label} rows={2} maxLength={MAX_ITEM_NOTE} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
      <button type="submit" class="small">{t('noteSave')}</button>
      <button type="button" class="small" onClick={() => setDraft(null)}>{t('noteCancel')}</button>
    </form>
  );
}
