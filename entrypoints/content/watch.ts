/** Follow pages that render late or change in place: re-run the analysis, debounced, when the content text changes. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 400;

/** Watch the main content (or the body until one is found) and call `rerun` after text changes settle. */
export function watchContent(ctx: ContentScriptContext, mainElement: () => Element | null, rerun: () => void): void {
  let timer: number | undefined;
  let lastLength = (mainElement() ?? document.body)?.textContent?.length ?? 0;
  const observer = new MutationObserver((records) => {
    // Our own UI lives in <policylens-ui>; its changes are not the page's.
    if (records.every((r) => (r.target as Element).closest?.('policylens-ui, policylens-mark') || r.target.nodeName === 'POLICYLENS-UI')) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const length = (mainElement() ?? document.body)?.textContent?.length ?? 0;
      if (length === lastLength) return;
      lastLength = length;
      rerun();
    }, DEBOUNCE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    window.clearTimeout(timer);
  });
}
