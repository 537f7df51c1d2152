/** Export the page's 任务分工表: Markdown download, CSV (Excel) download, or Markdown to the clipboard. */
import { useState } from 'preact/hooks';
import type { Analysis } from '../../lib/policy/schema';
import { metadataLines, taskTableMarkdown, type TaskNoteMap, type TaskStatusMap } from '../../lib/export/task-table';
import type { TaskStatusValue } from '../../lib/store/schema';
import { taskTableCsv } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/file-name';
import { escapeMarkdown } from '../../lib/export/markdown-escape';
import { t } from '../../lib/i18n/t';
import { download } from '../download';

/** Props: the analysis, the page URL, and the reader's statuses and notes. */
export interface ExportButtonsProps {
  analysis: Analysis;
  url: string;
  /** The reader's statuses by task id: a 状态 column when there are any. */
  statuses: Readonly<Record<string, TaskStatusValue>>;
  /** The reader's notes by task id: a 备注 column when there are any. */
  notes: Readonly<Record<string, string>>;
}

/** The Markdown of the task table with the document's metadata block. */
export function taskTableDocument(analysis: Analysis, url: string, statuses?: TaskStatusMap, notes?: TaskNoteMap): string {
  return [`# ${escapeMarkdown(analysis.meta.title ?? '任务分工表')}`, '', ...metadataLines(analysis.meta, url), '', '## 任务分工表', '', taskTableMarkdown(analysis, statuses, notes), ''].join('\n');
}

/** The buttons. */
export function ExportButtons({ analysis, url, statuses, notes }: ExportButtonsProps) {
  const [copied, setCopied] = useState(false);
  const marks: TaskStatusMap | undefined = Object.keys(statuses).length > 0 ? new Map(Object.entries(statuses)) : undefined;
  const taskNotes = new Map(analysis.tasks.filter((task) => notes[task.id]?.trim()).map((task) => [task.id, notes[task.id].trim()]));
  const noted: TaskNoteMap | undefined = taskNotes.size > 0 ? taskNotes : undefined;
  const name = (ext: string) => exportFileName({ docNumber: analysis.meta.docNumber, title: analysis.meta.title, label: '任务分工表', date: Date.now(), ext });
  return (
    <div class="export">
      <button type="button" class="small" onClick={() => download(name('md'), 'text/markdown;charset=utf-8', taskTableDocument(analysis, url, marks, noted))}>{t('panelExportMd')}</button>
      <button type="button" class="small" onClick={() => download(name('csv'), 'text/csv;charset=utf-8', taskTableCsv(analysis, marks, noted))}>{t('panelExportCsv')}</button>
      <button type="button" class="small" onClick={() => void navigator.clipboard.writeText(taskTableDocument(analysis, url, marks, noted)).then(() => setCopied(true))}>
        {copied ? t('panelCopied') : t('panelCopyMd')}
      </button>
    </div>
  );
}
