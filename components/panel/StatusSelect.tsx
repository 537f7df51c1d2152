/** The reader's own status of a task (未开始 / 推进中 / 已完成 / 不相关), as a select. */
import type { TaskStatusRecord } from '../../lib/content-messages';
import { t } from '../../lib/i18n/t';

/** A task status value. */
export type StatusValue = NonNullable<TaskStatusRecord['status']>;

/** The four statuses in their order. */
export const STATUS_VALUES: readonly StatusValue[] = ['todo', 'doing', 'done', 'na'];

/** The label of a status in the interface language. */
export function statusLabel(v: StatusValue): string {
  return t(`status_${v}`);
}

/** Props: the current status (none yet: null) and what a change does. */
export interface StatusSelectProps {
  value: StatusValue | null;
  label: string;
  onChange(v: StatusValue): void;
}

/** The select. */
export function StatusSelect({ value, label, onChange }: StatusSelectProps) {
  return (
    <select class="status" aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value as StatusValue)}>
      {value === null && <option value="">{t('statusNone')}</option>}
      {STATUS_VALUES.map((v) => <option key={v} value={v}>{statusLabel(v)}</option>)}
    </select>
  );
}
