/** Typed results of store operations and the transaction wrappers that produce them: errors are returned, never swallowed. */
import type { Dexie, Table } from 'dexie';
import type { z } from 'zod';
import type { StoreError } from './schema';

/** The outcome of a store operation: the value, or why it failed (message in Chinese, for the reader). */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** A successful result. */
export function ok<T>(value: T): StoreResult<T> {
  return { ok: true, value };
}

/** A failed result with `code` and a message for the reader. */
export function fail<T = never>(code: StoreError['code'], message: string): StoreResult<T> {
  return { ok: false, error: { code, message } };
}

/** The full-disk message in Chinese (the UI shows MESSAGES.storeQuota in its own language: lib/i18n/store-error-text.ts). */
const QUOTA_MESSAGE = '浏览器的本地存储空间已满，这次修改没有保存。请清除已删除的批注或释放磁盘空间后重试。';

function hasChinese(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/** An `invalid` result from a zod error: the schema's own Chinese message, or the offending field's path. */
export function invalid<T = never>(error: z.ZodError, what = '数据'): StoreResult<T> {
  const issue = error.issues[0];
  if (issue && hasChinese(issue.message)) return fail('invalid', issue.message);
  const path = issue?.path.length ? `（${issue.path.join('.')}）` : '';
  return fail('invalid', `${what}无效${path}，没有保存。`);
}

/** Error names anywhere in a (Dexie-wrapped) error chain: inner errors, causes and bulk failures. */
function errorNames(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 6) return [];
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1), ...errorNames(e.cause, depth + 1));
  if (Array.isArray(e.failures)) for (const f of e.failures) names.push(...errorNames(f, depth + 1));
  return names;
}

/** Map any thrown error to a store error: a full disk is `quota`, bad keys are `invalid`, the rest `failed`. */
export function toStoreError(err: unknown): StoreError {
  const names = errorNames(err);
  if (names.includes('QuotaExceededError')) return { code: 'quota', message: QUOTA_MESSAGE };
  if (names.includes('DataError')) return { code: 'invalid', message: '数据无效，没有保存。' };
  const detail = err instanceof Error && err.message ? `：${err.message}` : '';
  return { code: 'failed', message: `本地存储操作失败${detail}` };
}

/** Thrown inside a transaction to abort it while keeping the failed result to return. */
class AbortWithResult extends Error {
  constructor(readonly result: StoreResult<never>) {
    super('aborted');
  }
}

/**
 * Run `body` in one read-write transaction over `tables`. If it throws or returns a failed result, the transaction
 * is aborted: nothing it wrote is kept, and the failure is returned.
 */
export async function runWrite<T>(db: Dexie, tables: Table[], body: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await db.transaction('rw', tables, async () => {
      const result = await body();
      if (!result.ok) throw new AbortWithResult(result);
      return result;
    });
  } catch (err) {
    if (err instanceof AbortWithResult) return err.result;
    return { ok: false, error: toStoreError(err) };
  }
}

/** Run `body` in one read-only transaction over `tables`, returning its value or the failure. */
export async function runRead<T>(db: Dexie, tables: Table[], body: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return ok(await db.transaction('r', tables, body));
  } catch (err) {
    return { ok: false, error: toStoreError(err) };
  }
}
