/** Content script on gov.cn pages: recognize → analyze → highlight. */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.policylens = 'loaded';
  },
});
