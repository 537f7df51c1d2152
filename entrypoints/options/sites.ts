/** The options page's side of 其他网站: the added sites from the granted permissions, asking for one, giving one back. */
import { browser } from 'wxt/browser';
import { addedSites } from '../../lib/sites';

/** The manifest content script's match patterns: the sites that need no adding (*.gov.cn). */
export const BUILTIN_SITES: string[] = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];

/** The sites the reader added, read from the granted permissions (the one source of truth). */
export async function loadSites(): Promise<string[]> {
  return addedSites((await browser.permissions.getAll()).origins ?? [], BUILTIN_SITES);
}

/** Ask for one site's access; must be called from the reader's click. When granted, waits until its content script is registered. */
export async function requestSite(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) await browser.runtime.sendMessage({ type: 'sites:sync' }).catch(() => undefined);
  return granted;
}

/** Give back one site's access and unregister its content script. */
export async function removeSite(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] });
  await browser.runtime.sendMessage({ type: 'sites:sync' }).catch(() => undefined);
}
