/** The options form: 我的单位 (the reader's units), highlight colours, highlights on/off. */
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { t } from '../lib/i18n/t';

/** Props: current settings, known unit names for autocomplete, and how to save. */
export interface OptionsFormProps {
  settings: Settings;
  knownUnits: string[];
  onSave(next: Settings): void;
}

const COLOR_KEYS = ['task', 'lead', 'co', 'deadline', 'mine'] as const;

/** The form; every change is saved at once. */
export function OptionsForm({ settings, knownUnits, onSave }: OptionsFormProps) {
  const [draft, setDraft] = useState('');
  const addUnit = () => {
    const name = draft.trim();
    if (!name || settings.myUnits.includes(name)) return;
    onSave({ ...settings, myUnits: [...settings.myUnits, name] });
    setDraft('');
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); addUnit(); }}>
      <fieldset>
        <legend>{t('optMyUnits')}</legend>
        <p class="hint">{t('optMyUnitsHint')}</p>
        <ul data-testid="my-units">
          {settings.myUnits.map((u) => (
            <li key={u}>
              {u}{' '}
              <button type="button" aria-label={t('optRemove', u)} onClick={() => onSave({ ...settings, myUnits: settings.myUnits.filter((x) => x !== u) })}>×</button>
            </li>
          ))}
        </ul>
        <label>
          {t('optAddUnit')}{' '}
          <input list="known-units" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <datalist id="known-units">
          {knownUnits.map((u) => <option key={u} value={u} />)}
        </datalist>{' '}
        <button type="submit">{t('optAdd')}</button>
      </fieldset>
      <fieldset>
        <legend>{t('optHighlights')}</legend>
        <label>
          <input type="checkbox" checked={settings.highlightsOn} onChange={(e) => onSave({ ...settings, highlightsOn: (e.target as HTMLInputElement).checked })} />{' '}
          {t('optHighlightsOn')}
        </label>
        {COLOR_KEYS.map((k) => (
          <label key={k} class="color">
            <input type="color" value={settings.colors[k]} onInput={(e) => onSave({ ...settings, colors: { ...settings.colors, [k]: (e.target as HTMLInputElement).value } })} />{' '}
            {t(`optColor_${k}`)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
