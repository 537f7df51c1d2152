/** The reader's status and note per task of a document (未开始 / 推进中 / 已完成 / 不相关) and note per unit, last write wins. */
import type { PolicyLensDb } from './db';
import { invalid, ok, runRead, runWrite, type StoreResult } from './result';
import { TaskStatusInputSchema, TaskStatusSchema, type TaskStatus, type TaskStatusInput } from './schema';

/** Prefix of the `taskId` under which the reader's note on a unit (not a task) of a document is kept. */
export const UNIT_KEY_PREFIX = 'unit:';

/** The `taskId` of the reader's note on a unit (牵头/责任单位) of a document. */
export function unitKey(unit: string): string {
  return `${UNIT_KEY_PREFIX}${unit}`;
}

/**
 * Set a task's status, note or both at time `at` (`unitKey(name)` as taskId: a unit's), creating the record on first
 * use; what the input omits is kept (a new record without a status has status null). An update older than the
 * stored one changes nothing and the stored record is returned.
 */
export async function setTaskStatus(db: PolicyLensDb, raw: TaskStatusInput, at = Date.now()): Promise<StoreResult<TaskStatus>> {
  const input = TaskStatusInputSchema.safeParse(raw);
  if (!input.success) return invalid(input.error, '任务状态');
  const { docKey, taskId, status, note } = input.data;
  return runWrite(db, [db.taskStatuses], async () => {
    const existing = await db.taskStatuses.where('[docKey+taskId]').equals([docKey, taskId]).first();
    if (existing && at < existing.updatedAt) return ok(existing);
    const parsed = TaskStatusSchema.safeParse({
      id: existing?.id ?? crypto.randomUUID(),
      docKey,
      taskId,
      status: status ?? existing?.status ?? null,
      note: note ?? existing?.note ?? '',
      updatedAt: at,
    });
    if (!parsed.success) return invalid(parsed.error, '任务状态');
    await db.taskStatuses.put(parsed.data);
    return ok(parsed.data);
  });
}

/** Every task status recorded for a document. */
export function getTaskStatuses(db: PolicyLensDb, docKey: string): Promise<StoreResult<TaskStatus[]>> {
  return runRead(db, [db.taskStatuses], () => db.taskStatuses.where('docKey').equals(docKey).toArray());
}
