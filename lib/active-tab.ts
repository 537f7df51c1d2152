/** Helpers for extension pages (popup, side panel) to reach the active tab without the "tabs" permission. */
import type { PageState } from './messages';
import type { ContentRequest } from './content-messages';
import { browser } from 'wxt/browser';

/** The id of the active tab of the current window, or null. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The page state the background holds for a tab. */
export async function tabState(tabId: number): Promise<PageState | null> {
  return (await browser.runtime.sendMessage({ type: 'tab:state', tabId }).catch(() => null)) as PageState | null;
}

/** Send a request to a tab's content script; resolves to null when the tab has none. */
export async function toContent(tabId: number, msg: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg).catch(() => null);
}
