/** The component tests' page: a fresh linkedom document with a #root to render Preact into. */
import { parseHTML } from 'linkedom';

/** A new document made the global one, its window and its #root element. */
export function freshRoot(): { win: Window & typeof globalThis; root: HTMLElement } {
  const parsed = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: Document }).document = parsed.document as unknown as Document;
  return { win: parsed.window as unknown as Window & typeof globalThis, root: parsed.document.getElementById('root') as unknown as HTMLElement };
}

/** Let Preact apply the state updates of an event. */
export const settle = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
