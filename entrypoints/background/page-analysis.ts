/**
 * Pages in the background: page:analyze (the engine judges and analyses what a tab's reader read, keeps the result as
 * the tab's state, answers with the plan to paint, packed: plan-wire.ts) and page:stopped (the gatekeeper's verdict).
 */
import type { BackgroundRequest, PageFacts } from '../../lib/messages';
import { concludePage, type PageConclusion } from '../../lib/page/conclude-page';
import { planFor } from '../../lib/page/page-plan';
import { packPlan, type PlanWire } from '../../lib/page/plan-wire';
import { READER_SCRIPT } from '../../lib/page/reader-script';
import { notesForPage } from '../../lib/store/notes';
import { injectScript } from './inject';
import { notesDb } from './notes';
import { highlightsOnFor } from '../../lib/settings';
import { currentSettings } from './settings-cache';
import { getTabState, setTabState } from './tab-states';

type AnalyzeRequest = Extract<BackgroundRequest, { type: 'page:analyze' }>;

/** Tell open extension pages (side panel, popup) that a tab's state changed; nobody listening is fine. */
function announce(tabId: number): void {
  browser.runtime.sendMessage({ type: 'tab:updated', tabId }).catch(() => undefined);
}

/** Keep a tab's verdict and analysis as its state (for the side panel and popup) and tell the extension pages. */
async function recordState(tabId: number, facts: PageFacts, c: PageConclusion): Promise<void> {
  const settings = await currentSettings();
  // The page waits for the plan, not for session storage: the state is in memory at once, stored in the background.
  void setTabState(tabId, {
    url: facts.url,
    title: facts.title,
    recognition: c.recognition,
    analysis: c.recognition.isPolicy ? c.analysis : null,
    partial: c.partial,
    highlightsOn: highlightsOnFor(settings, facts.url),
  });
  announce(tabId);
}

/** Analyse the sender tab's page; its state is what the engine found here, never what a page claims. */
export async function answerPageAnalysis(msg: AnalyzeRequest, tabId: number): Promise<PlanWire> {
  const c = concludePage(msg.facts, msg.text, msg.complete);
  await recordState(tabId, msg.facts, c);
  return packPlan(planFor(c));
}

/** Record the verdict of a page the gatekeeper stopped; a page with notes at its address gets the reader all the same, to show them. */
export async function answerStoppedPage(facts: PageFacts, tabId: number, frameId: number): Promise<{ ok: boolean }> {
  await recordState(tabId, facts, concludePage(facts, '', true));
  const notes = await notesForPage(notesDb(), facts.url, null);
  if (notes.ok && notes.value.length > 0) return injectScript(tabId, frameId, READER_SCRIPT);
  return { ok: true };
}

/** Record the reader's highlight switch for the sender tab's page. */
export async function answerHighlightsSwitch(on: boolean, tabId: number): Promise<{ ok: boolean }> {
  const state = await getTabState(tabId);
  if (!state) return { ok: false };
  await setTabState(tabId, { ...state, highlightsOn: on });
  announce(tabId);
  return { ok: true };
}
