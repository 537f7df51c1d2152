/** The side panel workspace for one document: overview, tasks and units of the active tab's page. */
import { useState } from 'preact/hooks';
import type { PageState } from '../../lib/messages';
import type { Task } from '../../lib/policy/schema';
import { t } from '../../lib/i18n/t';

/** Props: the page state of the active tab, and how to jump to a span on the page. */
export interface SidePanelProps {
  state: PageState | null;
  onJump(start: number, end: number): void;
}

type Tab = 'overview' | 'tasks' | 'units';

function leadOf(task: Task): string {
  return task.units.filter((u) => u.role === 'lead').map((u) => u.name).join('、');
}

/** The panel with its tabs. */
export function SidePanel({ state, onJump }: SidePanelProps) {
  const [tab, setTab] = useState<Tab>('tasks');
  const [unitFilter, setUnitFilter] = useState<string | null>(null);
  if (!state || !state.recognition.isPolicy || !state.analysis) {
    return <p class="empty">{state ? t('popupNotPolicy') : t('panelEmpty')}</p>;
  }
  const a = state.analysis;
  const tasks = unitFilter ? a.tasks.filter((task) => task.units.some((u) => u.name === unitFilter)) : a.tasks;
  const tabs: [Tab, string][] = [['overview', t('panelOverview')], ['tasks', t('panelTasks')], ['units', t('panelUnits')]];
  return (
    <div>
      <h1>{a.meta.title ?? state.title}</h1>
      <div role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'overview' && (
        <section role="tabpanel" aria-label={t('panelOverview')}>
          <dl>
            <dt>{t('metaDocNumber')}</dt><dd>{a.meta.docNumber ?? '—'}</dd>
            <dt>{t('metaIssuer')}</dt><dd>{a.meta.issuer ?? '—'}</dd>
            <dt>{t('metaWrittenDate')}</dt><dd>{a.meta.writtenDate ?? '—'}</dd>
            <dt>{t('metaPublishedDate')}</dt><dd>{a.meta.publishedDate ?? '—'}</dd>
          </dl>
          <p>{t('panelConfidence', Math.round(state.recognition.confidence * 100))}</p>
          <ul>{state.recognition.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          <ol class="outline">
            {a.outline.map((h) => (
              <li key={h.start} style={{ marginLeft: `${(h.level - 1) * 12}px` }}>
                <button type="button" class="link" onClick={() => onJump(h.start, h.end)}>{h.label}{h.title}</button>
              </li>
            ))}
          </ol>
        </section>
      )}
      {tab === 'tasks' && (
        <section role="tabpanel" aria-label={t('panelTasks')}>
          {unitFilter && (
            <p>
              {unitFilter} <button type="button" onClick={() => setUnitFilter(null)}>{t('panelClearFilter')}</button>
            </p>
          )}
          <ol class="tasks">
            {tasks.map((task) => (
              <li key={task.id} data-task-id={task.id}>
                <button type="button" class="link" onClick={() => onJump(task.titleStart, task.titleEnd)}>
                  <span class="task-id">{task.id}</span> {task.title}
                </button>
                <div class="units">
                  <span class="lead">{leadOf(task)}</span>
                  {task.units.filter((u) => u.role === 'co').length > 0 && ' · '}
                  <span class="co">{task.units.filter((u) => u.role === 'co').map((u) => u.name).join('、')}</span>
                </div>
                {task.deadlines.length > 0 && <div class="deadlines">{task.deadlines.join('；')}</div>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {tab === 'units' && (
        <section role="tabpanel" aria-label={t('panelUnits')}>
          <table>
            <thead><tr><th>{t('panelUnit')}</th><th>{t('roleLead')}</th><th>{t('roleCo')}</th></tr></thead>
            <tbody>
              {a.units.map((u) => (
                <tr key={u.name}>
                  <td>
                    <button type="button" class="link" onClick={() => { setUnitFilter(u.name); setTab('tasks'); }}>{u.name}</button>
                    {u.aliases.length > 0 && <small> （{u.aliases.join('、')}）</small>}
                  </td>
                  <td>{u.lead}</td>
                  <td>{u.co}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
