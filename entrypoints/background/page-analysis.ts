/** page:analyze in the background: the engine judges and analyses what a tab's content script read, keeps the result as the tab's state, answers with the plan to paint (packed: plan-wire.ts). */
import type { BackgroundRequest } from '../../lib/messages';
import { concludePage } from '../../lib/page/conclude-page';
import { planFor } from '../../lib/page/page-plan';
import { packPlan, type PlanWire } from '../../lib/page/plan-wire';
import { READABILITY_SCRIPT } from '../../lib/page/readability-loader';
import { highlightsOnFor } from '../../lib/settings';
import { currentSettings } from './settings-cache';
import { getTabState, setTabState } from './tab-states';

type AnalyzeRequest = Extract<BackgroundRequest, { type: 'page:analyze' }>;

/** Tell open extension pages (side panel, popup) that a tab's state changed; nobody listening is fine. */
function announce(tabId: number): void {
  browser.runtime.sendMessage({ type: 'tab:updated', tabId }).catch(() => undefined);
}

/** Analyse the sender tab's page; its state (for the side panel and popup) is what the engine found here, never what a page claims. */
export async function answerPageAnalysis(msg: AnalyzeRequest, tabId: number): Promise<PlanWire> {
  const c = concludePage(msg.facts, msg.text, msg.complete);
  const settings = await currentSettings();
  // The page waits for the plan, not for session storage: the state is in memory at once, stored in the background.
  void setTabState(tabId, {
    url: msg.facts.url,
    title: msg.facts.title,
    recognition: c.recognition,
    analysis: c.recognition.isPolicy ? c.analysis : null,
    partial: c.partial,
    highlightsOn: highlightsOnFor(settings, msg.facts.url),
  });
  announce(tabId);
  return packPlan(planFor(c));
}

/** Record the reader's highlight switch for the sender tab's page. */
export async function answerHighlightsSwitch(on: boolean, tabId: number): Promise<{ ok: boolean }> {
  const state = await getTabState(tabId);
  if (!state) return { ok: false };
  await setTabState(tabId, { ...state, highlightsOn: on });
  announce(tabId);
  return { ok: true };
}

/** Inject Readability into the sender's frame (the extension's isolated world there), for a page without a known content container. */
export async function injectReadability(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [READABILITY_SCRIPT] })
    .then(() => ({ ok: true }), () => ({ ok: false }));
}
