/** The 任务 tab: every task with filters by unit, role and section; 我的任务 first when the reader has set a unit. */
import { useState } from 'preact/hooks';
import type { Analysis, Role, Task } from '../../lib/policy/schema';
import { filterTasks, myTasks, taskSections } from '../../lib/policy/task-query';
import { t } from '../../lib/i18n/t';
import { TaskItem } from './TaskItem';

/** Props: the analysis, the reader's units, the unit filter set from elsewhere, and the actions. */
export interface TasksTabProps {
  analysis: Analysis;
  myUnits: string[];
  unit: string | null;
  selected: string | null;
  onUnit(unit: string | null): void;
  onJump(task: Task): void;
  onSelect(task: Task): void;
}

/** The tab. */
export function TasksTab(p: TasksTabProps) {
  const [role, setRole] = useState<Role | null>(null);
  const [section, setSection] = useState<string | null>(null);
  const [onlyMine, setOnlyMine] = useState(p.myUnits.length > 0);
  const item = (task: Task) => <TaskItem key={task.id} task={task} selected={p.selected === task.id} onJump={p.onJump} onSelect={p.onSelect} />;
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
        {p.unit && (
          <span class="chip">
            {p.unit} <button type="button" aria-label={t('panelClearFilter')} onClick={() => p.onUnit(null)}>×</button>
          </span>
        )}
      </div>
      {showMine ? (
        <>
          <h2>{t('panelMyLead', mine.lead.length)}</h2>
          <ol class="tasks" data-testid="my-lead">{filterTasks(mine.lead, { role, section }).map(item)}</ol>
          <h2>{t('panelMyCo', mine.co.length)}</h2>
          <ol class="tasks" data-testid="my-co">{filterTasks(mine.co, { role, section }).map(item)}</ol>
        </>
      ) : (
        <ol class="tasks" data-testid="all-tasks">{tasks.map(item)}</ol>
      )}
    </section>
  );
}
