/** The card shown when the reader clicks a highlighted task or unit: role, units, deadlines, related items. */
import { useEffect, useRef } from 'preact/hooks';
import type { PlanTask } from '../lib/page/page-plan';
import type { Related } from '../lib/corpus/index-schema';
import type { RelatedAnswer } from '../lib/content-messages';
import { t } from '../lib/i18n/t';

/** Props of the task card. */
export interface TaskCardProps {
  task: PlanTask;
  /** The unit the reader clicked, if any: its other tasks on this page are listed. */
  unit: string | null;
  unitTasks: PlanTask[];
  related: Related[] | null;
  /** When this page is itself a corpus document: the same task there. */
  same: RelatedAnswer['same'];
  /** Open a related item in the corpus reader. */
  onOpenRelated(doc: string, id: string): void;
  onClose(): void;
  onOpenPanel(): void;
  onJump(task: PlanTask): void;
}

/** The card; keyboard reachable (focus moves into it) and Esc closes it. */
export function TaskCard(p: TaskCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [p.task.id, p.unit]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') p.onClose();
  };
  return (
    <div class="pl-card" role="dialog" aria-label={t('cardTask', p.task.id)} tabIndex={-1} ref={ref} onKeyDown={onKey}>
      <button type="button" class="pl-close" onClick={p.onClose} aria-label={t('cardClose')}>×</button>
      <div class="pl-id">{t('cardTask', p.task.id)}</div>
      <h2>{p.task.title}</h2>
      <ul class="pl-units">
        {p.task.units.map((u) => (
          <li key={`${u.name}-${u.start ?? ''}`}>
            <span class={u.role === 'lead' ? 'pl-lead' : 'pl-co'}>{u.name}</span>
            <span class="pl-role">{u.role === 'lead' ? t('roleLead') : t('roleCo')}</span>
          </li>
        ))}
      </ul>
      {p.task.deadlines.length > 0 && (
        <p>
          {t('cardDeadlines')}：{p.task.deadlines.join('；')}
        </p>
      )}
      {p.same && (
        <p class="pl-same">
          {t('cardSameDoc')}
          <button type="button" class="pl-link" onClick={() => p.same && p.onOpenRelated(p.same.doc, p.same.id)}>
            {p.same.docTitle} · {p.same.id}
          </button>
        </p>
      )}
      {p.related && p.related.length > 0 && (
        <section class="pl-related">
          <h2>{t('cardRelated')}</h2>
          <ul>
            {p.related.map((r) => (
              <li key={`${r.doc}-${r.id}`}>
                <div>
                  <button type="button" class="pl-link" onClick={() => p.onOpenRelated(r.doc, r.id)}>
                    {r.docTitle} · {r.id} {r.title}
                  </button>
                  <span class="pl-score" role="img" aria-label={`${Math.round(r.score * 100)}%`} style={{ width: `${Math.max(4, Math.round(r.score * 60))}px` }} />
                </div>
                <div class="pl-reason">{r.reasons.join('；')}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.unit && p.unitTasks.length > 0 && (
        <details class="pl-unit-tasks">
          <summary>
            {p.unit} · {t('cardUnitTasks')}（{p.unitTasks.length}）
          </summary>
          <ul>
            {p.unitTasks.map((task) => (
              <li key={task.id}>
                <button type="button" class="pl-link" onClick={() => p.onJump(task)}>
                  {task.id} {task.title}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={p.onOpenPanel}>{t('cardOpenPanel')}</button>
    </div>
  );
}
