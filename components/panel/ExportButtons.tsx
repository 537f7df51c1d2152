/** Export the page's 任务分工表: Markdown download, CSV (Excel) download, or Markdown to the clipboard. */
import { useState } from 'preact/hooks';
import type { Analysis } from '../../lib/policy/schema';
import { metadataLines, taskTableMarkdown } from '../../lib/export/task-table';
import { taskTableCsv } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/file-name';
import { escapeMarkdown } from '../../lib/export/markdown-escape';
import { t } from '../../lib/i18n/t';
import { download } from '../download';

/** Props: the analysis and the page URL. */
export interface ExportButtonsProps {
  analysis: Analysis;
  url: string;
}

/** The Markdown of the task table with the document's metadata block. */
export function taskTableDocument(analysis: Analysis, url: string): string {
  return [`# ${escapeMarkdown(analysis.meta.title ?? '任务分工表')}`, '', ...metadataLines(analysis.meta, url), '', '## 任务分工表', '', taskTableMarkdown(analysis), ''].join('\n');
}

/** The buttons. */
export function ExportButtons({ analysis, url }: ExportButtonsProps) {
  const [copied, setCopied] = useState(false);
  const name = (ext: string) => exportFileName({ docNumber: analysis.meta.docNumber, title: analysis.meta.title, label: '任务分工表', date: Date.now(), ext });
  return (
    <div class="export">
      <button type="button" class="small" onClick={() => download(name('md'), 'text/markdown;charset=utf-8', taskTableDocument(analysis, url))}>{t('panelExportMd')}</button>
      <button type="button" class="small" onClick={() => download(name('csv'), 'text/csv;charset=utf-8', taskTableCsv(analysis))}>{t('panelExportCsv')}</button>
      <button type="button" class="small" onClick={() => void navigator.clipboard.writeText(taskTableDocument(analysis, url)).then(() => setCopied(true))}>
        {copied ? t('panelCopied') : t('panelCopyMd')}
      </button>
    </div>
  );
}
