import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleNotesRequest } from '../../entrypoints/background/notes';
import { NotesTab, type NotesTabProps } from '../../components/panel/NotesTab';
import type { ContentRequest } from '../../lib/content-messages';
import { BackgroundRequestSchema, isNotesRequest } from '../../lib/messages';
import type { PolicyLensDb } from '../../lib/store/db';
import { createNote } from '../../lib/store/notes';
import type { Note } from '../../lib/store/schema';
import { DOC_KEY, PAGE_URL, freshDb, noteOn } from './store-fixtures';
import { notesToMarkdown } from '../../lib/export/notes-markdown';
import { freshRoot } from '../helpers/dom-root';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script> **港口**补贴';
const OTHER_URL = 'http://www.nanning.gov.cn/zwgk/t42.html';

let db: PolicyLensDb;
let win: Window & typeof globalThis;
let root: HTMLElement;
let notes: Note[];
let sentToPage: ContentRequest[];
let exported: Parameters<NotesTabProps['onExport']>[];

async function save(input: Parameters<typeof createNote>[1]): Promise<Note> {
  const r = await createNote(db, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

beforeEach(async () => {
  ({ win, root } = freshRoot());
  db = freshDb();
  sentToPage = [];
  exported = [];
  notes = [
    await save(noteOn('以制度创新为核心，以政策创新为支撑', { note: '核心提法', tags: ['制度创新'] })),
    await save(noteOn('积极探索与东盟国家的跨境税务合作', { color: 'green', tags: ['港口'] })),
    await save(noteOn('推广“自助办税”', { url: OTHER_URL, docKey: 'doc:南府发〔2021〕9号', docTitle: '南宁市的通知', note: HOSTILE, tags: ['港口'], color: 'pink' })),
  ];
});
afterEach(async () => {
  render(null, root);
  await db.delete();
});

/** Props wired to the real request handlers on the test database, and a page whose second note is an orphan. */
function props(page: 'with-notes' | 'none' = 'with-notes'): NotesTabProps {
  return {
    request: async (msg) => {
      const parsed = BackgroundRequestSchema.parse(msg);
      if (!isNotesRequest(parsed)) throw new Error(parsed.type);
      return (await handleNotesRequest(db, parsed)).answer;
    },
    toPage: async (msg) => {
      sentToPage.push(msg);
      if (page === 'none') return null;
      return msg.type === 'page:note-anchors' ? { url: PAGE_URL, docKey: DOC_KEY, orphans: [notes[1].id] } : { ok: true };
    },
    revision: 0,
    onExport: (...args) => exported.push(args),
  };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

const items = () => [...root.querySelectorAll('.notes-list > li')];
const quotes = () => items().map((li) => li.querySelector('.note-quote')?.textContent);
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const click = (el: Element) => el.dispatchEvent(new win.Event('click'));
function change(el: Element, type: 'input' | 'change', value: string) {
  if (el.localName === 'select') {
    for (const o of el.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
  } else (el as HTMLInputElement).value = value;
  el.dispatchEvent(new win.Event(type));
}

describe('NotesTab', () => {
  it('lists this page’s notes; an orphan is shown with its quote and marked, the others jump to their passage', async () => {
    render(h(NotesTab, props()), root);
    await waitFor(() => items().length === 2);
    expect(quotes()).toEqual(['以制度创新为核心，以政策创新为支撑', '积极探索与东盟国家的跨境税务合作']);
    const [placed, orphan] = items();
    expect(orphan.querySelector('.note-orphan')?.textContent).toBe('无法在页面上定位');
    expect(orphan.querySelector('button')).toBeNull();
    expect(placed.querySelector('.note-text')?.textContent).toBe('核心提法');
    click(placed.querySelector('button')!);
    expect(sentToPage.at(-1)).toEqual({ type: 'page:scroll-to-note', id: notes[0].id });
  });

  it('searches all notes through the index and shows HTML-looking note text as text', async () => {
    render(h(NotesTab, props()), root);
    await waitFor(() => items().length === 2);
    click(button('全部批注'));
    await waitFor(() => items().length === 3);
    change(root.querySelector('.notes-search')!, 'input', '补贴');
    await waitFor(() => items().length === 1);
    expect(quotes()).toEqual(['推广“自助办税”']);
    expect(items()[0].querySelector('.note-text')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img, script')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    // A note of another document links to its page instead of jumping.
    expect(items()[0].querySelector('a')?.getAttribute('href')).toBe(OTHER_URL);
  });

  it('filters by tag and by colour, and says when nothing matches', async () => {
    render(h(NotesTab, props()), root);
    click(button('全部批注'));
    await waitFor(() => items().length === 3 && root.querySelectorAll('.notes-tag option').length === 3);
    change(root.querySelector('.notes-tag')!, 'change', '港口');
    await waitFor(() => items().length === 2);
    change(root.querySelector('.notes-color')!, 'change', 'green');
    await waitFor(() => items().length === 1);
    expect(quotes()).toEqual(['积极探索与东盟国家的跨境税务合作']);
    change(root.querySelector('.notes-color')!, 'change', 'purple');
    await waitFor(() => root.querySelector('.empty')?.textContent === '没有符合条件的批注。');
  });

  it('says so when the active tab has no page to annotate', async () => {
    render(h(NotesTab, props('none')), root);
    await waitFor(() => root.querySelector('.empty')?.textContent === '当前标签页没有可批注的正文。');
    expect(items()).toEqual([]);
  });

  it('exports the listed notes as Markdown: this page by its address and 文号, or one tag', async () => {
    render(h(NotesTab, props()), root);
    await waitFor(() => items().length === 2 && root.querySelectorAll('.notes-tag option').length === 3);
    click(button('导出批注（Markdown）'));
    expect(exported[0][1]).toEqual({ kind: 'page', url: PAGE_URL, docKey: DOC_KEY });
    expect(exported[0][0].map((n) => n.id)).toEqual([notes[0].id, notes[1].id]);
    expect(exported[0][2]).toBe(false);
    const md = notesToMarkdown({ scope: exported[0][1], notes: exported[0][0] as Note[], exportedAt: 0 });
    expect(md).toContain('> 以制度创新为核心，以政策创新为支撑');
    change(root.querySelector('.notes-tag')!, 'change', '港口');
    await waitFor(() => items().length === 1);
    click(button('复制批注'));
    expect(exported[1][1]).toEqual({ kind: 'tag', tag: '港口' });
    expect(exported[1][2]).toBe(true);
  });
});
