/** What the reader is told when the notes store refuses a change. */
import { t } from './t';

/** The text of a store error: in the UI's language where the error has one (a full disk), else the store's own message. */
export function storeErrorText(error: { code?: string; message: string }): string {
  return error.code === 'quota' ? t('storeQuota') : error.message;
}
