/** 我的任务 across the corpus: every seed task where one of the reader's units is lead, then co-responsible. */
import { useMemo } from 'preact/hooks';
import { analyze } from '../../lib/policy/analyze';
import { myTasks } from '../../lib/policy/task-query';
import { t } from '../../lib/i18n/t';
import type { SeedDoc } from './CorpusReader';

/** Props: the seeds, the reader's units, and how to open a task. */
export interface MyCorpusTasksProps {
  seeds: SeedDoc[];
  myUnits: string[];
  onOpen(file: string, taskId: string): void;
}

/** The list, grouped by document. */
export function MyCorpusTasks({ seeds, myUnits, onOpen }: MyCorpusTasksProps) {
  const groups = useMemo(
    () => seeds.map((s) => ({ seed: s, ...myTasks(analyze({ text: s.text }).tasks, myUnits) })).filter((g) => g.lead.length + g.co.length > 0),
    [seeds, myUnits.join('、')],
  );
  const total = groups.reduce((n, g) => n + g.lead.length + g.co.length, 0);
  return (
    <section class="my-corpus-tasks" aria-label={t('panelMyTasks')}>
      <h2>{t('corpusMyTasks', myUnits.join('、'), total)}</h2>
      {groups.map((g) => (
        <details key={g.seed.file}>
          <summary>{g.seed.title}（{t('roleLead')} {g.lead.length}，{t('roleCo')} {g.co.length}）</summary>
          <ol class="tasks">
            {[...g.lead.map((task) => ({ task, lead: true })), ...g.co.map((task) => ({ task, lead: false }))].map(({ task, lead }) => (
              <li key={task.id}>
                <button type="button" class="link" onClick={() => onOpen(g.seed.file, task.id)}>
                  <span class="task-id">{task.id}</span> {task.title}
                </button>{' '}
                <span class={lead ? 'role-lead' : 'role-co'}>{lead ? t('roleLead') : t('roleCo')}</span>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
