import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleNotesRequest } from '../../entrypoints/background/notes';
import { NotesTab, type NotesTabProps } from '../../components/panel/NotesTab';
import { BackgroundRequestSchema, isNotesRequest } from '../../lib/messages';
import type { PolicyLensDb } from '../../lib/store/db';
import { createNote } from '../../lib/store/notes';
import { freshDb, noteOn } from './store-fixtures';
import { freshRoot } from '../helpers/dom-root';

const TOTAL = 1200;
let db: PolicyLensDb;
let win: Window & typeof globalThis;
let root: HTMLElement;

beforeEach(async () => {
  ({ win, root } = freshRoot());
  db = freshDb();
  for (let i = 0; i < TOTAL; i++) {
    const r = await createNote(db, noteOn('积极探索与东盟国家的跨境税务合作', { note: `第${i}条`, tags: ['港口'] }));
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterEach(async () => {
  render(null, root);
  await db.delete();
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}
const words = () => root.querySelector('[data-testid="export-progress"] span')?.textContent ?? null;
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('exporting more notes than the list shows', () => {
  it('reads all 1,200 in chunks of 500, showing 已导出 … as it goes, and exports every one', async () => {
    const exported: Parameters<NotesTabProps['onExport']>[] = [];
    // What the reader saw each time the next chunk was asked for.
    const seenAtRequest: (string | null)[] = [];
    const props: NotesTabProps = {
      request: async (msg) => {
        const parsed = BackgroundRequestSchema.parse(msg);
        if (!isNotesRequest(parsed)) throw new Error(parsed.type);
        if (parsed.type === 'notes:search' && parsed.query.limit === 500) {
          await new Promise((r) => setTimeout(r, 0));
          seenAtRequest.push(words());
        }
        return (await handleNotesRequest(db, parsed)).answer;
      },
      toPage: async () => null,
      revision: 0,
      onExport: (...args) => exported.push(args),
    };
    render(h(NotesTab, props), root);
    button('全部批注').dispatchEvent(new win.Event('click'));
    await waitFor(() => root.querySelectorAll('.notes-list > li').length === 200);
    expect(words()).toBeNull();
    button('导出批注（Markdown）').dispatchEvent(new win.Event('click'));
    await waitFor(() => exported.length === 1);
    expect(seenAtRequest).toEqual(['已导出 0 / 1,200 条批注', '已导出 500 / 1,200 条批注', '已导出 1,000 / 1,200 条批注']);
    await waitFor(() => words() === '已导出 1,200 / 1,200 条批注');
    const bar = root.querySelector('[data-testid="export-progress"] progress')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1200', '1200']);
    expect(exported[0][0]).toHaveLength(TOTAL);
    expect(new Set(exported[0][0].map((n) => n.id)).size).toBe(TOTAL);
    expect(exported[0][1]).toEqual({ kind: 'all' });
  });
});
