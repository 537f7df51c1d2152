/** Content script on gov.cn pages: recognize → analyze → highlight; answers the popup and the side panel. */
// First: the mark must precede the evaluation of every other module of the script.
import './evaluation-start';
import { startPageController } from './controller';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('policylens:main');
    startPageController(ctx);
  },
});
