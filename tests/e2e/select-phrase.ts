/** Select text on a page as a reader's drag would: shared by the notes browser tests. */
import type { Page } from 'playwright-core';

/** Select `phrase` inside the main content with a DOM Range, as a reader's drag would. */
export async function selectPhrase(page: Page, phrase: string, container = '#zoom'): Promise<void> {
  await page.evaluate(
    ([text, sel]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        return;
      }
      throw new Error(`not on the page: ${text}`);
    },
    [phrase, container],
  );
  await page.waitForTimeout(150); // let the scroll settle: a scroll closes the toolbar
  await page.evaluate(
    ([text, sel]) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    },
    [phrase, container],
  );
}
