/** Readability, injected into a page by the background only when that page needs it (no known content container): the content script stays small. */
import { Readability } from '@mozilla/readability';
import { READABILITY_GLOBAL } from '../lib/page/readability-loader';

export default defineUnlistedScript(() => {
  // Content scripts of this extension share one isolated world: the content script picks the class up from there.
  Object.defineProperty(globalThis, READABILITY_GLOBAL, { value: Readability, configurable: true });
});
