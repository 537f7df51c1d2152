/** One task line in the side panel: id, title (jumps to the page), lead and co units, deadlines, the reader's status and note. */
import { useContext } from 'preact/hooks';
import type { Task } from '../../lib/policy/schema';
import { t } from '../../lib/i18n/t';
import { ItemNote } from './ItemNote';
import { ItemNotesContext } from './item-notes';
import { StatusSelect, type StatusValue } from './StatusSelect';

/** Props: the task, whether it is selected, its status, and what a click does. */
export interface TaskItemProps {
  task: Task;
  selected: boolean;
  status: StatusValue | null;
  onStatus(task: Task, v: StatusValue): void;
  onJump(task: Task): void;
  onSelect(task: Task): void;
}

/** The task line; its note comes from the side panel's ItemNotesContext. */
export function TaskItem({ task, selected, status, onStatus, onJump, onSelect }: TaskItemProps) {
  const notes = useContext(ItemNotesContext);
  const lead = task.units.filter((u) => u.role === 'lead');
  const co = task.units.filter((u) => u.role === 'co');
  return (
    <li data-task-id={task.id} class={selected ? 'selected' : ''}>
      <button type="button" class="link" onClick={() => onJump(task)}>
        <span class="task-id">{task.id}</span> {task.title}
      </button>
      <div class="units">
        {lead.length > 0 && <span class="lead" title={t('roleLead')}>{lead.map((u) => u.name).join('、')}</span>}
        {co.length > 0 && ' · '}
        {co.length > 0 && <span class="co" title={t('roleCo')}>{co.map((u) => u.name).join('、')}</span>}
      </div>
      {task.deadlines.length > 0 && <div class="deadlines">{t('cardDeadlines')}：{task.deadlines.join('；')}</div>}
      <div class="task-actions">
        <StatusSelect value={status} label={`${t('panelStatus')} ${task.id}`} onChange={(v) => onStatus(task, v)} />
        <button type="button" class="small" aria-pressed={selected} onClick={() => onSelect(task)}>{t('panelRelated')}</button>
        {notes && <ItemNote value={notes.notes[task.id] ?? ''} subject={task.id} onSave={(note) => notes.onNote(task.id, note)} />}
      </div>
    </li>
  );
}
