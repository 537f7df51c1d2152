/** Content script on gov.cn pages: recognize → analyze → highlight; answers the popup and the side panel. */
// First: the mark must precede the evaluation of every other module of the script.
import './evaluation-start';
import { startPageController } from './controller';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // WXT announces a new content script to older copies with a custom event and, for backwards compatibility, with
  // window.postMessage: that posts the extension's id into every gov.cn page (a page could tell PolicyLens readers
  // apart) and took 10-30 ms per page here. The custom event alone is what WXT will do by default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    performance.mark('policylens:main');
    startPageController(ctx);
  },
});
