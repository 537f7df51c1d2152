/** The responsibility matrix: units (rows) × tasks (columns), cells marked lead / co; sticky headers, sortable by load. */
import { useState } from 'preact/hooks';
import type { Analysis, Task } from '../../lib/policy/schema';
import { responsibilityMatrix } from '../../lib/policy/task-query';
import { t } from '../../lib/i18n/t';

/** Props: the analysis and what a click on a cell does. */
export interface MatrixViewProps {
  analysis: Analysis;
  onJump(task: Task): void;
}

/** The matrix; lead cells are filled and marked 牵, co cells outlined and marked 参 (not colour alone). */
export function MatrixView({ analysis, onJump }: MatrixViewProps) {
  const [byName, setByName] = useState(false);
  const rows = responsibilityMatrix(analysis);
  if (byName) rows.sort((a, b) => a.unit.localeCompare(b.unit, 'zh'));
  return (
    <section role="tabpanel" aria-label={t('panelMatrix')}>
      <p class="hint">
        {t('panelMatrixHint')}{' '}
        <button type="button" class="small" onClick={() => setByName(!byName)}>{byName ? t('panelSortLoad') : t('panelSortName')}</button>
      </p>
      <div class="matrix-wrap">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col" class="corner">{t('panelUnit')}</th>
              {analysis.tasks.map((task) => <th scope="col" key={task.id} title={`${task.id} ${task.title}`}>{task.id.split('.').pop()}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit}>
                <th scope="row" title={`${row.unit}：${t('roleLead')} ${row.lead}，${t('roleCo')} ${row.co}`}>{row.unit}</th>
                {row.roles.map((role, i) => {
                  const task = analysis.tasks[i];
                  if (!role) return <td key={task.id} />;
                  const label = `${row.unit} · ${role === 'lead' ? t('roleLead') : t('roleCo')} · ${task.id} ${task.title}`;
                  return (
                    <td key={task.id} class={role} title={label}>
                      <button type="button" aria-label={label} onClick={() => onJump(task)}>{role === 'lead' ? '牵' : '参'}</button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
