/** Look up a UI string through the browser's i18n (the _locales files generated from messages.ts; unit tests install the same table). */
import type { MessageKey } from './messages';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

function i18nApi(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The translated message `key` with `$1`… replaced by `subs` (the key itself if the browser has no such message). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return i18nApi()?.getMessage(key, subs.map(String)) || key;
}
