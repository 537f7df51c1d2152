/** Load Readability into the content script's world on demand: the background injects entrypoints/readability.ts into the frame. */
import type { ReadabilityClass } from './main-content';

/** Where the injected script leaves the Readability class (the extension's isolated world, never the page's). */
export const READABILITY_GLOBAL = '__policylensReadability';

/** File of the injected script in the build. */
export const READABILITY_SCRIPT = '/readability.js';

/** The Readability class, asking `inject` to load it first when it is not there yet; null when it cannot be loaded. */
export async function loadReadability(inject: () => Promise<unknown>): Promise<ReadabilityClass | null> {
  const here = () => (globalThis as Record<string, unknown>)[READABILITY_GLOBAL] as ReadabilityClass | undefined;
  if (!here()) await inject().catch(() => undefined);
  return here() ?? null;
}
