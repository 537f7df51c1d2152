/** The side panel workspace for one document: overview, tasks, units, related items and the responsibility matrix. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PageState } from '../../lib/messages';
import type { Task } from '../../lib/policy/schema';
import { t } from '../../lib/i18n/t';
import { OverviewTab } from './OverviewTab';
import { TasksTab } from './TasksTab';
import { UnitsTab } from './UnitsTab';
import { RelatedTab } from './RelatedTab';
import { MatrixView } from './MatrixView';
import { ExportButtons } from './ExportButtons';
import type { StatusValue } from './StatusSelect';
import { ItemNotesContext, unitNotesOf } from './item-notes';
import { unitKey } from '../../lib/store/task-status';

/** Props: the active tab's page state, the reader's units, and how to jump to a span on the page. */
export interface SidePanelProps {
  state: PageState | null;
  myUnits: string[];
  onJump(start: number, end: number): void;
  /** The 笔记 tab's content (this page's notes and all notes): there on every page, policy or not. */
  notes: ComponentChildren;
  /** The reader's task statuses on this page, by task id, and how to set one. */
  statuses: Readonly<Record<string, StatusValue>>;
  onStatus(taskId: string, v: StatusValue): void;
  /** Ids of the tasks the reader wrote on (the 任务 tab's 有笔记 filter). */
  noted?: ReadonlySet<string>;
  /** The reader's notes on this page's tasks (by task id) and units (by `unit:` + name), and how to save one (none: no notes shown). */
  itemNotes?: Readonly<Record<string, string>>;
  onItemNote?(key: string, note: string): void;
  /** Export one unit's tasks (lead first) with statuses and notes, as Markdown. */
  onExportUnit(unit: string): void;
}

type Tab = 'overview' | 'tasks' | 'units' | 'related' | 'matrix' | 'notes';

/** The panel with its tabs (keyboard: Tab moves between them, Enter opens). */
export function SidePanel({ state, myUnits, onJump, notes, statuses, onStatus, noted, itemNotes, onItemNote, onExportUnit }: SidePanelProps) {
  const [chosen, setTab] = useState<Tab>('tasks');
  const [unit, setUnit] = useState<string | null>(null);
  const [selected, setSelected] = useState<Task | null>(null);
  const a = state?.recognition.isPolicy ? state.analysis : null;
  const tabs: [Tab, string][] = a
    ? [
        ['overview', t('panelOverview')],
        ['tasks', `${t('panelTasks')} ${a.tasks.length}`],
        ['units', `${t('panelUnits')} ${a.units.length}`],
        ['related', t('panelRelated')],
        ['matrix', t('panelMatrix')],
        ['notes', t('panelNotes')],
      ]
    : [['notes', t('panelNotes')]];
  const tab = tabs.some(([id]) => id === chosen) ? chosen : 'notes';
  const jumpTask = (task: Task) => onJump(task.titleStart, task.titleEnd);
  return (
    <div>
      {a && state ? <h1>{a.meta.title ?? state.title}</h1> : <p class="empty">{state ? t('popupNotPolicy') : t('panelEmpty')}</p>}
      <div role="tablist" aria-label={t('appTitle')}>
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'notes' && <section role="tabpanel" aria-label={t('panelNotes')}>{notes}</section>}
      {a && state && (
        <ItemNotesContext.Provider value={itemNotes && onItemNote ? { notes: itemNotes, onNote: onItemNote } : null}>
      {tab === 'overview' && <OverviewTab state={state} analysis={a} onJump={onJump} />}
      {tab === 'tasks' && (
        <>
          {a.tasks.length > 0 && <ExportButtons analysis={a} url={state.url} statuses={statuses} notes={itemNotes ?? {}} />}
          {(unit ?? myUnits[0]) && (
            <div class="export">
              <button type="button" class="small" onClick={() => onExportUnit((unit ?? myUnits[0])!)}>{t('panelExportUnit', (unit ?? myUnits[0])!)}</button>
            </div>
          )}
          <TasksTab
            analysis={a}
            myUnits={myUnits}
            unit={unit}
            selected={selected?.id ?? null}
            statuses={statuses}
            noted={noted}
            onStatus={(task, v) => onStatus(task.id, v)}
            onUnit={setUnit}
            onJump={jumpTask}
            onSelect={(task) => {
              setSelected(task);
              setTab('related');
            }}
          />
        </>
      )}
      {tab === 'units' && (
        <UnitsTab
          analysis={a}
          myUnits={myUnits}
          onUnit={(u) => {
            setUnit(u);
            setTab('tasks');
          }}
          notes={itemNotes && unitNotesOf(itemNotes)}
          onNote={onItemNote && ((u, note) => onItemNote(unitKey(u), note))}
        />
      )}
      {tab === 'related' && <RelatedTab task={selected} docNumber={a.meta.docNumber} />}
      {tab === 'matrix' && <MatrixView analysis={a} onJump={jumpTask} />}
        </ItemNotesContext.Provider>
      )}
    </div>
  );
}
