/** Background service worker: owns page states, the corpus and the notes database; answers typed messages. */
import { BackgroundRequestSchema, parseMessage } from '../../lib/messages';
import { dropTabState, getTabState, setTabState } from './tab-states';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only this extension's own scripts may talk to the background (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(BackgroundRequestSchema, raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'page:state':
        if (sender.tab?.id === undefined) return undefined;
        return setTabState(sender.tab.id, msg.state).then(() => {
          // Tell open extension pages (side panel) that this tab changed; nobody listening is fine.
          browser.runtime.sendMessage({ type: 'tab:updated', tabId: sender.tab?.id }).catch(() => undefined);
          return { ok: true };
        });
      case 'tab:state':
        return getTabState(msg.tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTabState(tabId));
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
