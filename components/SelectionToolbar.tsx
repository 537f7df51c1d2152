/** The small toolbar over a selected passage: 高亮 in a colour, 批注, 标签 — or, for a selection that cannot carry a note, why. */
import type { NoteColor } from '../lib/store/schema';
import { t } from '../lib/i18n/t';
import { ColorSwatch, NOTE_COLORS, colorLabel } from './NoteEditor';

/** Props of the toolbar: where it stands (viewport pixels) and what it offers. */
export interface SelectionToolbarProps {
  x: number;
  y: number;
  /** A refusal to show instead of the buttons (e.g. 只能批注正文中的文字). */
  message: string | null;
  onHighlight(color: NoteColor): void;
  onNote(): void;
  onTags(): void;
  onClose(): void;
}

/** The toolbar; a mousedown on it never takes the page's selection away. */
export function SelectionToolbar(p: SelectionToolbarProps) {
  const keep = (e: MouseEvent) => e.preventDefault();
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') p.onClose();
  };
  return (
    <div
      class="pl-toolbar"
      role={p.message ? 'alert' : 'toolbar'}
      aria-label={t('noteToolbar')}
      style={{ left: `${p.x}px`, top: `${p.y}px` }}
      onMouseDown={keep}
      onKeyDown={onKey}
    >
      {p.message ? (
        <span class="pl-refusal">{p.message}</span>
      ) : (
        <>
          <span class="pl-label">{t('noteHighlight')}</span>
          {(Object.keys(NOTE_COLORS) as NoteColor[]).map((c) => (
            <ColorSwatch key={c} color={c} label={t('noteHighlightIn', colorLabel(c))} onClick={() => p.onHighlight(c)} />
          ))}
          <button type="button" class="pl-note" onClick={p.onNote}>{t('noteAnnotate')}</button>
          <button type="button" class="pl-tags" onClick={p.onTags}>{t('noteTag')}</button>
        </>
      )}
      <button type="button" class="pl-x" aria-label={t('cardClose')} onClick={p.onClose}>×</button>
    </div>
  );
}
