/** Background service worker: owns the database and the corpus, answers the content script and pages. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'ping') return Promise.resolve({ ok: true });
    return undefined;
  });
});
