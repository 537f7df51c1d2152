/** The note editor: the quoted passage, the note text (Markdown source, always shown as plain text), tags with autocomplete, colour, save and delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteColor } from '../lib/store/schema';
import { t } from '../lib/i18n/t';
import { MAX_NOTE_TEXT_LENGTH, type NoteRecord } from '../lib/content-messages';

/** The highlight colours of notes (CSS), in the order the UI offers them; the painter mixes them with transparency. */
export const NOTE_COLORS: Readonly<Record<NoteColor, string>> = {
  yellow: '#ffd400',
  green: '#5fb236',
  blue: '#2ea8e5',
  pink: '#ff6680',
  purple: '#a28ae5',
};

/** The UI name of a note colour (黄色…). */
export function colorLabel(color: NoteColor): string {
  return t(`noteColor_${color}`);
}

/** A round button in one note colour, named `label` for screen readers and on hover; a radio when `checked` is given. */
export function ColorSwatch(p: { color: NoteColor; label: string; checked?: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      class="pl-swatch"
      data-color={p.color}
      role={p.checked === undefined ? undefined : 'radio'}
      aria-checked={p.checked}
      aria-label={p.label}
      title={p.label}
      style={{ background: NOTE_COLORS[p.color] }}
      onClick={p.onClick}
    />
  );
}

/** What the reader edits: the note's text, tags and colour. */
export type NoteValues = Pick<NoteRecord, 'note' | 'tags' | 'color'>;

/** Props of the editor. */
export interface NoteEditorProps {
  /** The note's id, or null for a passage not yet saved. */
  id: string | null;
  quote: string;
  /** The task the passage lies in (二.（一）.3), if any. */
  taskPath: string | null;
  /** The stored values and their edit time: when they change under an open editor (another tab), it follows or warns. */
  values: NoteValues;
  updatedAt: number | null;
  /** Where the cursor starts. */
  focus: 'note' | 'tags';
  /** Tags in use, most used first (autocomplete). */
  tagSuggestions: string[];
  /** The passage could not be placed on this page. */
  orphan: boolean;
  /** Why the last save failed, for the reader. */
  error: string | null;
  busy: boolean;
  onSave(values: NoteValues): void;
  onDelete(): void;
  onClose(): void;
}

const QUOTE_PREVIEW = 200;
const SUGGESTIONS = 8;

function same(a: NoteValues, b: NoteValues): boolean {
  return a.note === b.note && a.color === b.color && a.tags.join('\n') === b.tags.join('\n');
}

/** The editor dialog (Esc closes, Ctrl+Enter saves). */
export function NoteEditor(p: NoteEditorProps) {
  const [values, setValues] = useState<NoteValues>(p.values);
  const [base, setBase] = useState<NoteValues>(p.values);
  const [tagInput, setTagInput] = useState('');
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tagRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (p.focus === 'tags' ? tagRef : textRef).current?.focus();
  }, [p.id, p.focus]);
  useEffect(() => {
    if (same(p.values, base)) return;
    if (same(values, base)) setValues(p.values);
    else setChangedElsewhere(true);
    setBase(p.values);
  }, [p.updatedAt]);

  const addTag = (raw: string) => {
    const tag = raw.trim();
    setTagInput('');
    if (tag && !values.tags.includes(tag)) setValues({ ...values, tags: [...values.tags, tag] });
  };
  const save = () => {
    const pending = tagInput.trim();
    p.onSave(pending && !values.tags.includes(pending) ? { ...values, tags: [...values.tags, pending] } : values);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') p.onClose();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
  };
  const onTagKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.isComposing) || e.key === ',' || e.key === '，') {
      e.preventDefault();
      addTag(tagInput);
    }
  };
  const needle = tagInput.trim();
  const suggestions = p.tagSuggestions.filter((s) => !values.tags.includes(s) && (!needle || s.includes(needle))).slice(0, SUGGESTIONS);
  const quote = p.quote.length > QUOTE_PREVIEW ? `${p.quote.slice(0, QUOTE_PREVIEW)}…` : p.quote;
  const title = p.id ? t('noteEditorEdit') : t('noteEditorNew');

  return (
    <div class="pl-editor" role="dialog" aria-label={title} onKeyDown={onKey}>
      <button type="button" class="pl-close" onClick={p.onClose} aria-label={t('cardClose')}>×</button>
      <h2>{title}</h2>
      {p.taskPath && <div class="pl-id">{t('cardTask', p.taskPath)}</div>}
      <blockquote class="pl-quote">{quote}</blockquote>
      {p.orphan && <p class="pl-warn">{t('noteOrphansHint')}</p>}
      <fieldset class="pl-colors">
        <legend>{t('noteColor')}</legend>
        {(Object.keys(NOTE_COLORS) as NoteColor[]).map((c) => (
          <ColorSwatch key={c} color={c} label={colorLabel(c)} checked={values.color === c} onClick={() => setValues({ ...values, color: c })} />
        ))}
      </fieldset>
      <label class="pl-field">
        {t('noteText')}
        <textarea
          ref={textRef}
          class="pl-text"
          rows={5}
          maxLength={MAX_NOTE_TEXT_LENGTH}
          value={values.note}
          onInput={(e) => setValues({ ...values, note: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <div class="pl-field">
        <span>{t('noteTags')}</span>
        <ul class="pl-chips">
          {values.tags.map((tag) => (
            <li key={tag}>
              <span class="pl-chip">#{tag}</span>
              <button type="button" aria-label={t('noteRemoveTag', tag)} onClick={() => setValues({ ...values, tags: values.tags.filter((x) => x !== tag) })}>×</button>
            </li>
          ))}
        </ul>
        <input
          ref={tagRef}
          class="pl-tag-input"
          value={tagInput}
          maxLength={50}
          placeholder={t('noteTagsPlaceholder')}
          aria-label={t('noteTags')}
          onInput={(e) => setTagInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onTagKey}
        />
        {suggestions.length > 0 && (
          <div class="pl-suggest">
            {suggestions.map((s) => (
              <button key={s} type="button" aria-label={t('noteAddTag', s)} onClick={() => addTag(s)}>#{s}</button>
            ))}
          </div>
        )}
      </div>
      {changedElsewhere && <p class="pl-warn" role="status">{t('noteChangedElsewhere')}</p>}
      {p.error && <p class="pl-error" role="alert">{p.error}</p>}
      <div class="pl-actions">
        <button type="button" class="pl-save" disabled={p.busy} onClick={save}>{t('noteSave')}</button>
        <button type="button" onClick={p.onClose}>{t('noteCancel')}</button>
        {p.id && <button type="button" class="pl-delete" disabled={p.busy} onClick={p.onDelete}>{t('noteDelete')}</button>}
      </div>
    </div>
  );
}
