/** The page context-menu entry 为所选文字添加批注 on a selection in a gov.cn page: it does what the Alt+Shift+N command does. */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import { annotateSelectionIn } from './notes';

/** Id of the context-menu entry. */
export const ANNOTATE_MENU_ID = 'annotate-selection';

/** The pages the menu is offered on: exactly the content script's matches, read from the built manifest. */
export function contentScriptMatches(): string[] {
  return [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []))];
}

/** Create the menu entry (again): menus persist across service-worker restarts, so it is created on install and start. */
export async function createAnnotateMenu(): Promise<void> {
  if (!browser.contextMenus) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: ANNOTATE_MENU_ID,
    title: t('menuAnnotateSelection'),
    contexts: ['selection'],
    documentUrlPatterns: contentScriptMatches(),
  });
}

/** A click on the menu entry: tell the tab's content script to annotate its selection. */
export function onAnnotateMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): void {
  if (info.menuItemId === ANNOTATE_MENU_ID && tab?.id !== undefined) void annotateSelectionIn(tab.id);
}

/** Register the menu on install and browser start, and listen for its clicks. */
export function listenForAnnotateMenu(): void {
  if (!browser.contextMenus) return;
  const create = () => void createAnnotateMenu().catch(() => undefined);
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  browser.contextMenus.onClicked.addListener(onAnnotateMenuClick);
}
