import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeTabId, tabState, toContent } from '../../lib/active-tab';
import type { PageState } from '../../lib/messages';
import { t } from '../../lib/i18n/t';
import { SidePanel } from '../../components/panel/SidePanel';
import type { StatusValue } from '../../components/panel/StatusSelect';
import { NotesAnswerSchema, PageNotesAnswerSchema, StatusesAnswerSchema, type NoteRecord, type TaskStatusRecord } from '../../lib/content-messages';
import { NotesTab } from '../../components/panel/NotesTab';
import { download } from '../../components/download';
import { notesToMarkdown } from '../../lib/export/notes-markdown';
import { exportFileName } from '../../lib/export/file-name';
import { notedTaskIds } from '../../lib/export/notes-scope';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import './style.css';

/** A tab pinned by the address (sidepanel.html?tabId=N: the panel opened in a tab of its own), else null. */
const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

/** Follows the active tab (or the pinned one) and shows its page state; reloads when the tab's content script reports anew. */
function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [myUnits, setMyUnits] = useState<string[]>([]);
  // Bumped when notes or the page change: the notes tab reloads.
  const [revision, setRevision] = useState(0);
  const [docKey, setDocKey] = useState<string | null>(null);
  const [statuses, setStatuses] = useState<TaskStatusRecord[]>([]);
  // This page's notes: which tasks have notes (the 有笔记 filter).
  const [pageNotes, setPageNotes] = useState<NoteRecord[]>([]);
  // The page's document key (文号 or fingerprint) comes from its content script; statuses are kept per document.
  useEffect(() => {
    let live = true;
    void (async () => {
      const page = tabId === null ? null : PageNotesAnswerSchema.safeParse(await toContent(tabId, { type: 'page:note-anchors' }));
      const key = page?.success ? page.data.docKey : null;
      const raw = key ? await browser.runtime.sendMessage({ type: 'status:get', docKey: key }).catch(() => null) : null;
      const answer = StatusesAnswerSchema.safeParse(raw);
      const rawNotes = key && page?.success ? await browser.runtime.sendMessage({ type: 'notes:for-page', url: page.data.url, docKey: key }).catch(() => null) : null;
      const notes = NotesAnswerSchema.safeParse(rawNotes);
      if (!live) return;
      setDocKey(key);
      setStatuses(answer.success && answer.data.ok ? answer.data.value : []);
      setPageNotes(notes.success && notes.data.ok ? notes.data.value : []);
    })();
    return () => {
      live = false;
    };
  }, [tabId, revision]);
  /** Set a task's status or note (or a unit's note, taskId `unit:` + name): shown at once, saved in the background. */
  const setRecord = (taskId: string, change: { status: StatusValue } | { note: string }) => {
    if (!docKey) return;
    setStatuses((all) => {
      const old = all.find((x) => x.taskId === taskId) ?? { id: '', docKey, taskId, status: null, note: '' };
      return [...all.filter((x) => x.taskId !== taskId), { ...old, ...change, updatedAt: Date.now() }];
    });
    void browser.runtime.sendMessage({ type: 'status:set', status: { docKey, taskId, ...change } }).catch(() => undefined);
  };
  /** Export one unit's tasks on this page (lead first) with the reader's statuses and the notes inside them. */
  const exportUnit = async (unit: string) => {
    if (!state?.analysis || !docKey) return;
    const raw = await browser.runtime.sendMessage({ type: 'notes:for-page', url: state.url, docKey }).catch(() => null);
    const notes = NotesAnswerSchema.safeParse(raw);
    const md = notesToMarkdown({
      scope: { kind: 'unit', unit },
      docs: [{ docKey, url: state.url, analysis: state.analysis }],
      notes: notes.success && notes.data.ok ? notes.data.value : [],
      statuses,
      exportedAt: Date.now(),
    });
    download(exportFileName({ docNumber: state.analysis.meta.docNumber, title: state.analysis.meta.title, label: unit, date: Date.now(), ext: 'md' }), 'text/markdown;charset=utf-8', md);
  };
  useEffect(() => {
    const loadSettings = () => void browser.storage.local.get(SETTINGS_KEY).then((s) => setMyUnits(parseSettings(s[SETTINGS_KEY]).myUnits));
    loadSettings();
    browser.storage.onChanged.addListener(loadSettings);
    return () => browser.storage.onChanged.removeListener(loadSettings);
  }, []);
  useEffect(() => {
    const refresh = async () => {
      const id = pinnedTab ?? (await activeTabId());
      setTabId(id);
      setState(id === null ? null : await tabState(id));
      setRevision((r) => r + 1);
    };
    void refresh();
    const onActivated = () => void refresh();
    const onMessage = (msg: unknown) => {
      const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : null;
      if (type === 'tab:updated') void refresh();
      if (type === 'notes:changed') setRevision((r) => r + 1);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  return (
    <main>
      <header class="app-title">{t('appTitle')}</header>
      <SidePanel
        state={state}
        myUnits={myUnits}
        statuses={Object.fromEntries(statuses.flatMap((x) => (x.status ? [[x.taskId, x.status]] : [])))}
        onStatus={(taskId, status) => setRecord(taskId, { status })}
        noted={state?.analysis ? notedTaskIds(state.analysis, pageNotes, statuses) : undefined}
        itemNotes={Object.fromEntries(statuses.flatMap((x) => (x.note ? [[x.taskId, x.note]] : [])))}
        onItemNote={(taskId, note) => setRecord(taskId, { note })}
        onExportUnit={(unit) => void exportUnit(unit)}
        onJump={(start, end) => tabId !== null && void toContent(tabId, { type: 'page:scroll-to', start, end })}
        notes={
          <NotesTab
            request={(m) => browser.runtime.sendMessage(m)}
            toPage={(m) => (tabId === null ? Promise.resolve(null) : toContent(tabId, m))}
            revision={revision}
            onExport={(notes, scope, copy) => {
              const docs = state?.analysis && scope.kind === 'page' && scope.docKey ? [{ docKey: scope.docKey, url: state.url, analysis: state.analysis }] : [];
              const md = notesToMarkdown({ scope, docs, notes, statuses, exportedAt: Date.now() });
              if (copy) void navigator.clipboard.writeText(md);
              else download(exportFileName({ docNumber: state?.analysis?.meta.docNumber, title: state?.analysis?.meta.title, label: '批注', date: Date.now(), ext: 'md' }), 'text/markdown;charset=utf-8', md);
            }}
          />
        }
      />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
