/** Content script on gov.cn pages: recognize → analyze → highlight; answers the popup and the side panel. */
import { startPageController } from './controller';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('policylens:start');
    startPageController(ctx);
  },
});
