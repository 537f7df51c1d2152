/** Look up a UI string: the browser's i18n when running as an extension, 简体中文 otherwise (Node, tests). */
import { MESSAGES, type MessageKey } from './messages';

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

function i18nApi(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The translated message `key` with `$1`… replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const fromBrowser = i18nApi()?.getMessage(key, strs);
  if (fromBrowser) return fromBrowser;
  return MESSAGES[key].zh.replace(/\$(\d)/g, (_, n: string) => strs[Number(n) - 1] ?? '');
}
