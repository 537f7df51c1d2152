/** Scripts the background loads into a page on demand: the reader (lib/page/reader-script.ts) and Readability. */
import type { READABILITY_SCRIPT } from '../../lib/page/readability-loader';
import type { READER_SCRIPT } from '../../lib/page/reader-script';

/** Run an extension script (the reader, Readability) in a tab's frame, in the extension's isolated world there. */
export async function injectScript(tabId: number, frameId: number, file: typeof READER_SCRIPT | typeof READABILITY_SCRIPT): Promise<{ ok: boolean }> {
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true })
    .then(() => ({ ok: true }), () => ({ ok: false }));
}
