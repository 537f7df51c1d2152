/** 我的任务 across the corpus: every seed task where one of the reader's units is lead, then co-responsible. */
import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../../lib/policy/analyze';
import type { Task } from '../../lib/policy/schema';
import { myTasks } from '../../lib/policy/task-query';
import { t } from '../../lib/i18n/t';
import { formatCount, ProgressLine } from '../ProgressLine';
import type { SeedDoc } from './CorpusReader';

/** Props: the seeds, the reader's units, and how to open a task. */
export interface MyCorpusTasksProps {
  seeds: SeedDoc[];
  myUnits: string[];
  onOpen(file: string, taskId: string): void;
}

/** One seed document's tasks of the reader's units. */
interface Group {
  seed: SeedDoc;
  lead: Task[];
  co: Task[];
}

/** The list, grouped by document. The seeds are analysed one per turn of the event loop, with progress, so the page stays responsive. */
export function MyCorpusTasks({ seeds, myUnits, onOpen }: MyCorpusTasksProps) {
  const [work, setWork] = useState<{ analysed: number; groups: Group[] }>({ analysed: 0, groups: [] });
  const unitsKey = myUnits.join('、');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const groups: Group[] = [];
    const step = (i: number) => {
      const seed = seeds[i];
      const group = { seed, ...myTasks(analyze({ text: seed.text }).tasks, myUnits) };
      if (group.lead.length + group.co.length > 0) groups.push(group);
      setWork({ analysed: i + 1, groups: [...groups] });
      if (i + 1 < seeds.length) timer = setTimeout(() => step(i + 1), 0);
    };
    setWork({ analysed: 0, groups: [] });
    if (seeds.length > 0) timer = setTimeout(() => step(0), 0);
    return () => clearTimeout(timer);
  }, [seeds, unitsKey]);
  const { analysed, groups } = work;
  const total = groups.reduce((n, g) => n + g.lead.length + g.co.length, 0);
  return (
    <section class="my-corpus-tasks" aria-label={t('panelMyTasks')} aria-busy={analysed < seeds.length}>
      {analysed < seeds.length ? (
        <ProgressLine done={analysed} total={seeds.length} label={t('progressAnalysed', formatCount(analysed), formatCount(seeds.length))} testId="corpus-progress" />
      ) : (
        <h2>{t('corpusMyTasks', unitsKey, total)}</h2>
      )}
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
