/**
 * The reader, loaded into a gov.cn page by the background when the gatekeeper (the content script) lets the page
 * through, when its reader selects text on a stopped page, or when the page has notes: recognize → analyze →
 * highlight; notes; answers the popup and the side panel. It runs in the content script's isolated world.
 */
// First: the mark must precede the evaluation of every other module of the script.
import './evaluation-start';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READER_GLOBAL } from '../../lib/page/reader-script';
import { startPageController } from './controller';

export default defineUnlistedScript(() => {
  performance.mark('policylens:reader-main');
  const world = globalThis as Record<string, unknown>;
  // Loaded twice into one page (a selection and a command at once): the running reader stays, this copy stops.
  const running = world[READER_GLOBAL] as ContentScriptContext | undefined;
  if (running?.isValid) return;
  const ctx = new ContentScriptContext('reader', { noScriptStartedPostMessage: true });
  world[READER_GLOBAL] = ctx;
  startPageController(ctx);
});
