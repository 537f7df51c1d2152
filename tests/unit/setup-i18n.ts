/** Unit tests run outside the browser: the fake browser's i18n answers from the message table, in Chinese, as the extension's _locales do. */
import { fakeBrowser } from 'wxt/testing';
import { MESSAGES, type MessageKey } from '../../lib/i18n/messages';

fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) => {
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return Object.hasOwn(MESSAGES, key) ? MESSAGES[key as MessageKey].zh.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '') : '';
};
