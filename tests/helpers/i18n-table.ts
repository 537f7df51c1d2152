/** The extension's messages in Chinese, looked up as chrome.i18n.getMessage does: tests outside the browser install it as their i18n. */
import { MESSAGES, type MessageKey } from '../../lib/i18n/messages';

/** Message `key` in Chinese with $1… replaced by `subs`; '' for an unknown key (as the browser answers). */
export function messageFromTable(key: string, subs?: string | string[]): string {
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return Object.hasOwn(MESSAGES, key) ? MESSAGES[key as MessageKey].zh.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '') : '';
}
