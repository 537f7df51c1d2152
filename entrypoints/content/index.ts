/** Content script on gov.cn pages: the gatekeeper. It loads the reader (entrypoints/reader/) only into pages that may be policy documents, or that the reader wants to annotate. */
// First: the mark must precede the evaluation of every other module of the script.
import './evaluation-start';
import { startGatekeeper } from './gatekeeper';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // WXT announces a new content script to older copies with a custom event and, for backwards compatibility, with
  // window.postMessage: that posts the extension's id into every gov.cn page (a page could tell PolicyLens readers
  // apart) and took 10-30 ms per page here. The custom event alone is what WXT will do by default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    performance.mark('policylens:main');
    startGatekeeper(ctx);
  },
});
