/** Background service worker: owns page states, the corpus and the notes database; answers typed messages. */
import { BackgroundRequestSchema, isNotesRequest } from '../../lib/messages';
import { parseMessage } from '../../lib/content-messages';
import { dropTabState, getTabState, setTabState } from './tab-states';
import { corpusUnits, relatedFor } from './corpus';
import { answerNotesRequest, listenForAnnotateCommand, noteWatchers, schedulePurge } from './notes';
import { answerBackupRequest } from './backup';
import { listenForAnnotateMenu } from './context-menu';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only this extension's own scripts may talk to the background (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(BackgroundRequestSchema, raw);
    if (!msg) return undefined;
    if (isNotesRequest(msg)) return answerNotesRequest(msg, sender.tab?.id);
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
      case 'corpus:related': {
        const tabId = sender.tab?.id;
        const page = tabId === undefined ? Promise.resolve(null) : getTabState(tabId).then((s) => s?.analysis ?? null);
        return page.then((analysis) =>
          relatedFor({ docNumber: msg.docNumber, title: msg.title, text: msg.text, units: msg.units }, msg.taskId, analysis),
        );
      }
      case 'corpus:units':
        return Promise.resolve(corpusUnits());
      case 'backup:make':
      case 'backup:preview':
      case 'backup:import':
        // Only the extension's own pages (the options page) back up or import, never a content script.
        return sender.url?.startsWith(browser.runtime.getURL('/')) ? answerBackupRequest(msg) : undefined;
      case 'corpus:open': {
        const hash = `#doc=${encodeURIComponent(msg.doc)}${msg.item ? `&item=${encodeURIComponent(msg.item)}` : ''}`;
        return browser.tabs.create({ url: browser.runtime.getURL(`/corpus.html${hash}`) }).then(() => ({ ok: true }));
      }
      case 'panel:open':
        if (sender.tab?.id === undefined || !browser.sidePanel) return undefined;
        return browser.sidePanel.open({ tabId: sender.tab.id }).then(() => ({ ok: true }), () => ({ ok: false }));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void dropTabState(tabId);
    void noteWatchers.forget(tabId);
  });
  listenForAnnotateCommand();
  listenForAnnotateMenu();
  schedulePurge();
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
