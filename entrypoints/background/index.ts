/** Background service worker: owns page states, the corpus and the notes database; answers typed messages. */
import { BackgroundRequestSchema, isNotesRequest } from '../../lib/messages';
import { parseMessage } from '../../lib/content-messages';
import { dropTabState, getTabState } from './tab-states';
import { corpusUnits, relatedForRequest } from './corpus';
import { answerHighlightsSwitch, answerPageAnalysis, answerStoppedPage } from './page-analysis';
import { injectScript } from './inject';
import { READABILITY_SCRIPT } from '../../lib/page/readability-loader';
import { READER_SCRIPT } from '../../lib/page/reader-script';
import { followSettings } from './settings-cache';
import { answerNotesRequest, listenForAnnotateCommand, noteWatchers } from './notes';
import { listenForBackupPorts } from './backup-port';
import { restoreImportedSettings } from './backup';
import { listenForSiteGrants, syncSiteScripts } from './site-scripts';
import { listenForAnnotateMenu } from './context-menu';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only this extension's own scripts may talk to the background (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(BackgroundRequestSchema, raw);
    if (!msg) return undefined;
    if (isNotesRequest(msg)) return answerNotesRequest(msg, sender.tab?.id);
    switch (msg.type) {
      case 'page:analyze':
        return sender.tab?.id === undefined ? undefined : answerPageAnalysis(msg, sender.tab.id);
      case 'page:readability':
        return sender.tab?.id === undefined ? undefined : injectScript(sender.tab.id, sender.frameId ?? 0, READABILITY_SCRIPT);
      case 'page:reader':
        return sender.tab?.id === undefined ? undefined : injectScript(sender.tab.id, sender.frameId ?? 0, READER_SCRIPT);
      case 'page:stopped':
        return sender.tab?.id === undefined ? undefined : answerStoppedPage(msg.facts, sender.tab.id, sender.frameId ?? 0);
      case 'page:highlights':
        return sender.tab?.id === undefined ? undefined : answerHighlightsSwitch(msg.on, sender.tab.id);
      case 'tab:state':
        return getTabState(msg.tabId);
      case 'corpus:related':
        return relatedForRequest(msg, sender.tab?.id);
      case 'corpus:units':
        return Promise.resolve(corpusUnits());
      case 'corpus:open': {
        const hash = `#doc=${encodeURIComponent(msg.doc)}${msg.item ? `&item=${encodeURIComponent(msg.item)}` : ''}`;
        return browser.tabs.create({ url: browser.runtime.getURL(`/corpus.html${hash}`) }).then(() => ({ ok: true }));
      }
      case 'sites:sync':
        // Asked by the options page after the reader added or removed a site.
        return sender.url?.startsWith(browser.runtime.getURL('/')) ? syncSiteScripts() : undefined;
      case 'panel:open':
        if (sender.tab?.id === undefined || !browser.sidePanel) return undefined;
        return browser.sidePanel.open({ tabId: sender.tab.id }).then(() => ({ ok: true }), () => ({ ok: false }));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void dropTabState(tabId);
    void noteWatchers.forget(tabId);
  });
  followSettings();
  // An import's settings reach extension storage after its transaction: finish that copy if the worker stopped in between.
  restoreImportedSettings().catch(() => undefined);
  listenForAnnotateCommand();
  listenForBackupPorts();
  listenForSiteGrants();
  listenForAnnotateMenu();
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
