/** What each tab's content script reported, kept in memory and in session storage (the worker may be restarted). */
import type { PageState } from '../../lib/messages';
import { PageStateSchema } from '../../lib/messages';

const KEY = (tabId: number) => `tab:${tabId}`;
const memory = new Map<number, PageState>();

/**
 * Remember a tab's page state: at once in memory; the returned promise settles when session storage has it too.
 * The write waits a turn: cloning a large analysis into storage takes milliseconds, and the page's answer goes first.
 * A state replaced or dropped meanwhile is not written.
 */
export function setTabState(tabId: number, state: PageState): Promise<void> {
  memory.set(tabId, state);
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
    memory.get(tabId) === state ? browser.storage.session?.set({ [KEY(tabId)]: state }).catch(() => undefined) : undefined,
  );
}

/** The page state of a tab, or null when its page was not analysed. */
export async function getTabState(tabId: number): Promise<PageState | null> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  const stored = await browser.storage.session?.get(KEY(tabId)).catch(() => undefined);
  const parsed = PageStateSchema.safeParse(stored?.[KEY(tabId)]);
  return parsed.success ? parsed.data : null;
}

/** Forget a tab (closed or navigated). */
export async function dropTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session?.remove(KEY(tabId)).catch(() => undefined);
}
