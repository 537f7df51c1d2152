/** The content script's one job on every gov.cn page: look at the page cheaply, then load the reader or stop (lib/page/gatekeeper.ts). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageGate } from '../../lib/page/gatekeeper';
import { watchContent } from './watch';

const SELECTION_MS = 250;

/** Judge the page; a stopped page still gets the reader when its content changes into a document, or when its reader selects text (to annotate it). */
export function startGatekeeper(ctx: ContentScriptContext): void {
  let loading = false;
  const loadReader = () => {
    if (loading) return;
    loading = true;
    browser.runtime.sendMessage({ type: 'page:reader' }).catch(() => undefined);
  };
  let lastReason: string | null = null;
  /** Judge the page as it is now: true when it is stopped (the background hears of a stop only when its reason changed). */
  const judge = (): boolean => {
    const gate = pageGate(document, location.href);
    if (gate.load) loadReader();
    else if (gate.facts.gate.reason !== lastReason) {
      lastReason = gate.facts.gate.reason;
      browser.runtime.sendMessage({ type: 'page:stopped', facts: gate.facts }).catch(() => undefined);
    }
    return !gate.load;
  };
  try {
    const stopped = judge();
    performance.mark('policylens:gated');
    if (!stopped) return;
    // Read by `npm run bench`: the bail-out is decided.
    performance.mark('policylens:done', { detail: { isPolicy: false } });
    performance.mark('policylens:settled');
    watchContent(ctx, () => null, () => {
      if (!loading) judge();
    });
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
