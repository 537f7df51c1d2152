/** Run code in a tab's content-script world (the extension's isolated world), which playwright's page.evaluate cannot reach. */
import type { BrowserContext, Page } from 'playwright-core';

/** The content-script world of one tab: evaluate an expression there and get its (awaited, JSON) value. */
export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Attach to `page`'s content-script world of the extension `extensionId` over CDP (call it once the content script
 * has run). Code run there has the content script's `chrome.runtime`: its messages reach the background with this tab
 * as the sender, exactly as the content script's own messages do.
 */
export async function contentWorld(context: BrowserContext, page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('the content script has not run in this tab');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`in the content-script world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    },
  };
}
