/** Follow pages that render late or change in place: re-run the analysis, debounced, when the content text changes. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 400;
const OURS = 'policylens-ui, policylens-mark';

/** Whether a mutation is the extension's own (its UI host or a fallback highlight mark), not the page's. */
function isOurs(r: MutationRecord): boolean {
  const own = (n: Node) => n.nodeType === 1 && (n as Element).matches(OURS);
  if ((r.target as Element).closest?.(OURS)) return true;
  return r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].length > 0 && [...r.addedNodes, ...r.removedNodes].every(own);
}

/** Watch the page and call `rerun` when the text of the main content (or of the body, while none is known) has changed; returns a function that stops watching. */
export function watchContent(ctx: ContentScriptContext, mainElement: () => Element | null, rerun: () => void): () => void {
  const target = () => {
    const main = mainElement();
    return main?.isConnected ? main : document.body;
  };
  let timer: number | undefined;
  let lastLength = target()?.textContent?.length ?? 0;
  const observer = new MutationObserver((records) => {
    if (records.every(isOurs)) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const length = target()?.textContent?.length ?? 0;
      if (length === lastLength) return;
      lastLength = length;
      rerun();
    }, DEBOUNCE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
