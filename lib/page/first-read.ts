/**
 * The first reading of a page the gatekeeper lets through, started by the gatekeeper while the background loads the
 * reader: the page is read and sent for analysis in the meantime, and the reader takes both over (so loading it costs
 * the reader of the page no waiting of its own). Both scripts share the extension's isolated world.
 */
import { collectSteps, type CollectedPage } from './collect-page';
import { MAX_ANALYZED_CHARS, PREFIX_CHARS } from './limits';
import { runStepsSliced, type timeSlicer } from './slicer';

/** What the reader takes over: the page as read, and the background's answer to its page:analyze (not parsed yet). */
export interface FirstRead {
  page: CollectedPage;
  answer: Promise<unknown>;
}

/** Where the first reading waits for the reader, in the extension's isolated world. */
const FIRST_READ_GLOBAL = '__policylensFirstRead';

/** The page:analyze request for a page as read (its text cut to what the engine takes). */
export function analyzeRequest(page: CollectedPage) {
  return { type: 'page:analyze', facts: page.facts, text: page.textMap.text.slice(0, MAX_ANALYZED_CHARS + 1), complete: page.complete } as const;
}

/**
 * Read the page and send it for analysis with `send`, leaving both for the reader; a page that needs Readability
 * to find its main content is left to the reader entirely (null).
 */
export function startFirstRead(doc: Document, url: string, slicer: ReturnType<typeof timeSlicer>, send: (request: ReturnType<typeof analyzeRequest>) => Promise<unknown>): void {
  const reading = runStepsSliced(collectSteps(doc, url, PREFIX_CHARS, undefined), slicer).then((page): FirstRead | null => {
    slicer.end();
    return page.wantsReadability ? null : { page, answer: send(analyzeRequest(page)) };
  });
  (globalThis as Record<string, unknown>)[FIRST_READ_GLOBAL] = { url, reading: reading.catch(() => null) };
}

/** Take over the first reading of the page at `url` (once); null when there is none, it was for another address, or it failed. */
export async function takeFirstRead(url: string): Promise<FirstRead | null> {
  const world = globalThis as Record<string, unknown>;
  const left = world[FIRST_READ_GLOBAL] as { url: string; reading: Promise<FirstRead | null> } | undefined;
  delete world[FIRST_READ_GLOBAL];
  return left && left.url === url ? left.reading : null;
}
