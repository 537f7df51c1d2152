/** The 单位 tab: every unit with its lead / co counts, aliases and the reader's note; a click filters the tasks. */
import type { Analysis } from '../../lib/policy/schema';
import { t } from '../../lib/i18n/t';
import { ItemNote } from './ItemNote';

/** Props: the analysis, what a click on a unit does, and the reader's notes on units (by unit name) with how to save one (none: no notes shown). */
export interface UnitsTabProps {
  analysis: Analysis;
  myUnits: string[];
  onUnit(unit: string): void;
  notes?: Readonly<Record<string, string>>;
  onNote?(unit: string, note: string): void;
}

/** The tab. */
export function UnitsTab({ analysis, myUnits, onUnit, notes, onNote }: UnitsTabProps) {
  return (
    <section role="tabpanel" aria-label={t('panelUnits')}>
      <table class="units-table">
        <thead><tr><th scope="col">{t('panelUnit')}</th><th scope="col">{t('roleLead')}</th><th scope="col">{t('roleCo')}</th></tr></thead>
        <tbody>
          {analysis.units.map((u) => (
            <tr key={u.name} class={myUnits.includes(u.name) ? 'mine' : ''}>
              <td>
                <button type="button" class="link" onClick={() => onUnit(u.name)}>{u.name}</button>
                {u.aliases.length > 0 && <small> （{t('panelAliases')}：{u.aliases.join('、')}）</small>}
                {notes && onNote && <ItemNote value={notes[u.name] ?? ''} subject={u.name} onSave={(note) => onNote(u.name, note)} />}
              </td>
              <td>{u.lead}</td>
              <td>{u.co}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
