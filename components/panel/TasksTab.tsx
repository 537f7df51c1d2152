/** The 任务 tab: every task with filters by unit, role, section, status and 有笔记 (has notes); 我的任务 first when the reader has set a unit. */
import { useState } from 'preact/hooks';
import type { Analysis, Role, Task } from '../../lib/policy/schema';
import { filterTasks, myTasks, taskSections } from '../../lib/policy/task-query';
import { t } from '../../lib/i18n/t';
import { TaskItem } from './TaskItem';
import { STATUS_VALUES, statusLabel, type StatusValue } from './StatusSelect';

/** Props: the analysis, the reader's units, the unit filter set from elsewhere, and the actions. */
export interface TasksTabProps {
  analysis: Analysis;
  myUnits: string[];
  unit: string | null;
  selected: string | null;
  /** The reader's statuses by task id. */
  statuses: Readonly<Record<string, StatusValue>>;
  /** Ids of the tasks the reader wrote on (a note in the task, or a status note): the 有笔记 filter. */
  noted?: ReadonlySet<string>;
  onStatus(task: Task, v: StatusValue): void;
  onUnit(unit: string | null): void;
  onJump(task: Task): void;
  onSelect(task: Task): void;
}

/** The tab. */
export function TasksTab(p: TasksTabProps) {
  const [role, setRole] = useState<Role | null>(null);
  const [section, setSection] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusValue | 'none' | null>(null);
  const [onlyMine, setOnlyMine] = useState(p.myUnits.length > 0);
  const [onlyNoted, setOnlyNoted] = useState(false);
  const item = (task: Task) => (
    <TaskItem key={task.id} task={task} selected={p.selected === task.id} status={p.statuses[task.id] ?? null} onStatus={p.onStatus} onJump={p.onJump} onSelect={p.onSelect} />
  );
  // 有笔记 is offered (and applies) only while some task has notes.
  const noted = p.noted?.size ? p.noted : null;
  const byStatus = (tasks: Task[]) =>
    tasks.filter((x) => (status === null || (p.statuses[x.id] ?? 'none') === status) && (!onlyNoted || !noted || noted.has(x.id)));
  const mine = myTasks(p.analysis.tasks, p.myUnits);
  const showMine = onlyMine && p.myUnits.length > 0 && !p.unit;
  const tasks = filterTasks(p.analysis.tasks, { unit: p.unit, role, section });
  return (
    <section role="tabpanel" aria-label={t('panelTasks')}>
      <div class="filters">
        {p.myUnits.length > 0 && (
          <label><input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine((e.target as HTMLInputElement).checked)} /> {t('panelMyTasks')}</label>
        )}
        <label>
          {t('panelRole')}{' '}
          <select value={role ?? ''} onChange={(e) => setRole(((e.target as HTMLSelectElement).value || null) as Role | null)}>
            <option value="">{t('panelAll')}</option>
            <option value="lead">{t('roleLead')}</option>
            <option value="co">{t('roleCo')}</option>
          </select>
        </label>
        <label>
          {t('panelSection')}{' '}
          <select value={section ?? ''} onChange={(e) => setSection((e.target as HTMLSelectElement).value || null)}>
            <option value="">{t('panelAll')}</option>
            {taskSections(p.analysis).map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          {t('panelStatus')}{' '}
          <select value={status ?? ''} onChange={(e) => setStatus(((e.target as HTMLSelectElement).value || null) as StatusValue | 'none' | null)}>
            <option value="">{t('panelAll')}</option>
            <option value="none">{t('statusNone')}</option>
            {STATUS_VALUES.map((v) => <option key={v} value={v}>{statusLabel(v)}</option>)}
          </select>
        </label>
        {noted && (
          <label><input type="checkbox" data-testid="has-notes" checked={onlyNoted} onChange={(e) => setOnlyNoted((e.target as HTMLInputElement).checked)} /> {t('panelHasNotes')}</label>
        )}
        {p.unit && (
          <span class="chip">
            {p.unit} <button type="button" aria-label={t('panelClearFilter')} onClick={() => p.onUnit(null)}>×</button>
          </span>
        )}
      </div>
      {showMine ? (
        <>
          <h2>{t('panelMyLead', mine.lead.length)}</h2>
          <ol class="tasks" data-testid="my-lead">{byStatus(filterTasks(mine.lead, { role, section })).map(item)}</ol>
          <h2>{t('panelMyCo', mine.co.length)}</h2>
          <ol class="tasks" data-testid="my-co">{byStatus(filterTasks(mine.co, { role, section })).map(item)}</ol>
        </>
      ) : (
        <ol class="tasks" data-testid="all-tasks">{byStatus(tasks).map(item)}</ol>
      )}
    </section>
  );
}
