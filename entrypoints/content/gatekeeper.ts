/** The content script's one job on every gov.cn page: look at the page cheaply, then load the reader (reading the page for it meanwhile) or stop (lib/page/gatekeeper.ts). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startFirstRead } from '../../lib/page/first-read';
import { pageGate, type PageGate } from '../../lib/page/gatekeeper';
import { timeSlicer } from '../../lib/page/slicer';
import { watchContent } from './watch';

const SELECTION_MS = 250;

/** Judge the page; a stopped page still gets the reader when its content changes into a document, or when its reader selects text (to annotate it). */
export function startGatekeeper(ctx: ContentScriptContext): void {
  let loading = false;
  // Once the reader is loaded it follows the page itself: the gatekeeper stops watching it.
  let stopWatching = () => {};
  const loadReader = () => {
    if (loading) return;
    loading = true;
    stopWatching();
    browser.runtime.sendMessage({ type: 'page:reader' }).catch(() => undefined);
  };
  let lastReason: string | null = null;
  /** Act on a verdict: load the reader and read the page for it, or tell the background why the page stops (when that changed). */
  const act = (gate: PageGate) => {
    if (gate.load) {
      if (loading) return;
      loadReader();
      startFirstRead(document, location.href, timeSlicer(), (request) => browser.runtime.sendMessage(request));
    } else if (gate.facts.gate.reason !== lastReason) {
      lastReason = gate.facts.gate.reason;
      browser.runtime.sendMessage({ type: 'page:stopped', facts: gate.facts }).catch(() => undefined);
    }
  };
  try {
    const gate = pageGate(document, location.href);
    performance.mark('policylens:gated');
    act(gate);
    if (gate.load) return;
    // Read by `npm run bench`: the bail-out is decided.
    performance.mark('policylens:done', { detail: { isPolicy: false } });
    performance.mark('policylens:settled');
    stopWatching = watchContent(ctx, () => null, () => act(pageGate(document, location.href)));
    let timer: number | undefined;
    ctx.addEventListener(document, 'selectionchange', () => {
      window.clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        if (document.getSelection()?.toString().trim()) loadReader();
      }, SELECTION_MS);
    });
  } catch (err) {
    console.debug('[PolicyLens]', err);
  }
}
