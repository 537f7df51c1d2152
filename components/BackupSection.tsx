/** Backup and import in the options page: download everything as JSON; import with a preview, then all or nothing; progress as it goes. */
import { useState } from 'preact/hooks';
import type { OnProgress } from '../lib/export/progress';
import { storeErrorText } from '../lib/i18n/store-error-text';
import { t } from '../lib/i18n/t';
import { formatCount, ProgressLine } from './ProgressLine';

/** A store answer as the options page receives it. */
type Answer<T> = { ok: true; value: T } | { ok: false; error: { code?: string; message: string } };

/** What an import would do, or did. */
interface Summary {
  counts: { new: number; changed: number; identical: number; older: number };
  warnings: string[];
}

/** Props: how to reach the background (with its progress reports), and how to save a file. */
export interface BackupSectionProps {
  request(msg: unknown, onProgress: OnProgress): Promise<unknown>;
  save(name: string, body: string): void;
}

/** Files over this size are refused before they are read (the backup reader refuses them too). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The work under way and how far it is. */
interface Progress {
  kind: 'make' | 'preview' | 'import';
  done: number;
  total: number;
}

/** The words of a progress report: notes read (backup); records checked (preview; an import's first half), then written. */
function progressLabel({ kind, done, total }: Progress): string {
  if (kind === 'make') return t('progressRead', formatCount(done), formatCount(total));
  if (kind === 'preview') return t('progressChecked', formatCount(done), formatCount(total));
  const records = total / 2;
  return done <= records
    ? t('progressChecked', formatCount(done), formatCount(records))
    : t('progressImported', formatCount(done - records), formatCount(records));
}

/** The section. */
export function BackupSection({ request, save }: BackupSectionProps) {
  const [pending, setPending] = useState<{ text: string; summary: Summary } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const ask = async <T,>(kind: Progress['kind'], text?: string): Promise<Answer<T>> => {
    setBusy(true);
    setProgress(null);
    try {
      const answer = await request({ type: `backup:${kind}`, text }, (done, total) => setProgress({ kind, done, total }));
      return (answer as Answer<T> | undefined) ?? { ok: false, error: { message: t('backupFailed') } };
    } catch {
      return { ok: false, error: { message: t('backupFailed') } };
    } finally {
      setBusy(false);
    }
  };
  const backup = async () => {
    const r = await ask<string>('make');
    if (r.ok) save(`政策透镜-备份-${new Date().toISOString().slice(0, 10)}.json`, r.value);
    setMessage(r.ok ? t('backupDone') : storeErrorText(r.error));
  };
  const choose = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage(t('backupTooLarge'));
    const text = await file.text();
    const r = await ask<Summary>('preview', text);
    if (r.ok) setPending({ text, summary: r.value });
    setMessage(r.ok ? null : storeErrorText(r.error));
  };
  const confirm = async () => {
    if (!pending) return;
    const r = await ask<Summary>('import', pending.text);
    setPending(null);
    setMessage(r.ok ? t('backupImported', r.value.counts.new, r.value.counts.changed) : storeErrorText(r.error));
  };
  return (
    <fieldset aria-busy={busy}>
      <legend>{t('backupTitle')}</legend>
      <p class="hint">{t('backupHint')}</p>
      <button type="button" disabled={busy} onClick={() => void backup()}>{t('backupMake')}</button>{' '}
      <label>
        {t('backupImport')} <input type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      </label>
      {busy && <p role="status">{t('backupWorking')}</p>}
      {progress && progress.total > 0 && <ProgressLine done={progress.done} total={progress.total} label={progressLabel(progress)} testId="backup-progress" />}
      {pending && (
        <div role="status" data-testid="backup-preview">
          <p>{t('backupPreview', pending.summary.counts.new, pending.summary.counts.changed, pending.summary.counts.identical, pending.summary.counts.older)}</p>
          {pending.summary.warnings.map((w) => <p key={w} class="hint">{w}</p>)}
          <button type="button" onClick={() => void confirm()}>{t('backupConfirm')}</button>{' '}
          <button type="button" onClick={() => setPending(null)}>{t('backupCancel')}</button>
        </div>
      )}
      {message && <p role="alert" data-testid="backup-message">{message}</p>}
    </fieldset>
  );
}
