/**
 * Soak: 1,000 notes created, edited, deleted and undeleted in a seeded-random order from two tabs (two policy
 * documents), against a model kept here; at the end the database equals the model exactly.
 *
 * The path: playwright's page.evaluate runs in the page's main world, where the extension's messaging does not exist.
 * The content script lives in the extension's isolated world of the tab; CDP reaches that world (content-world.ts),
 * and the test runs there the content script's own notes client (entrypoints/reader/notes-client.ts, bundled with
 * soak-driver.ts). So every request is the content script's: chrome.runtime.sendMessage from the tab (the background
 * sees the tab as sender), validated with zod by the background, every answer validated by the client.
 *
 * The two tabs' batches run at the same time, so the background interleaves their writes; within a round they touch
 * different notes, so the order of the writes is free while the outcome is determined. A tenth of the actions on
 * existing notes reach a note of the other tab's document: the background then tells that tab, whose real content
 * script reloads its notes while the writes go on. (Two tabs of ONE document are not used: every write makes the
 * other tab reload all the document's notes, ~0.15 ms of background time per note, so 1,000 notes there take minutes.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PAGES } from '../../scripts/seed-site';
import type { NoteRecord } from '../../lib/content-messages';
import type { NoteColor } from '../../lib/store/schema';
import { normalizeUrl } from '../../lib/store/url-key';
import { bundleForPage } from './bundle';
import { contentWorld, type ContentWorld } from './content-world';
import { askBackground, databaseSnapshot } from './extension-page';
import { seededRandom } from './random';
import { useSeedBrowser } from './site';
import type { SoakAnswer, SoakContent, SoakOp } from './soak-driver';

const DOCS = [SEED_PAGES[3], SEED_PAGES[1]]; // 桂政发〔2020〕3号 and 桂政办发〔2022〕78号
const NOTES = 1000;
const SEED_VALUE = 0x50a6;
/** How often an action on an existing note picks one of the other tab's document. */
const CROSS = 0.05;

const env = useSeedBrowser();

/** What the test believes the database holds for one note. */
interface ModelNote extends SoakContent {
  id: string;
  /** The tab (document) it was noted on. */
  tab: number;
  url: string;
  quote: string;
  deleted: boolean;
}

/** One open tab: its page, its content-script world and the address its notes are saved under. */
interface Tab {
  page: Page;
  world: ContentWorld;
  url: string;
  text: string;
}

/** What an action should answer, checked against the background's answer, then applied to the model. */
type Expectation =
  | { kind: 'create'; tab: number; quote: string; content: SoakContent }
  | { kind: 'update'; id: string; content: SoakContent }
  | { kind: 'delete' | 'undo'; id: string }
  | { kind: 'stale-edit'; id: string };

const COLORS: NoteColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const TAGS = ['港口', '补贴', '东盟', '跨境金融', '待办', '自治区商务厅', '税务', 'RCEP'];
const WORDS = ['钦州港', '**补贴**', '<script>alert(1)</script>', '😀', '注意时限', '\n- 第二条', '“引号”', '　全角空格', 'a&b<c>'];

async function openTab(url: string, driver: string): Promise<Tab> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('policylens-ui', { state: 'attached' });
  const world = await contentWorld(env.browser.context, page, env.browser.extensionId);
  await world.evaluate(driver);
  const read = await world.evaluate<{ text: string; keys: { url: string } } | null>('__plSoak.readPage()');
  expect(read).not.toBeNull();
  return { page, world, url: normalizeUrl(read!.keys.url), text: read!.text };
}

/** Lines of a text long enough to note a passage in: [start, end) offsets. */
function linesOf(text: string): [number, number][] {
  const lines: [number, number][] = [];
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at >= 4) lines.push([at, end]);
    at = end + 1;
  }
  return lines;
}

/** The soak's reader: picks the next action of a tab from the model with a seeded generator. */
function planner(model: Map<string, ModelNote>, texts: string[]) {
  const rand = seededRandom(SEED_VALUE);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const lines = texts.map(linesOf);
  const content = (): SoakContent => ({
    note: rand() < 0.3 ? '' : Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(WORDS)).join(' ') + ` #${Math.floor(rand() * 1e6)}`,
    tags: TAGS.filter(() => rand() < 0.2),
    color: pick(COLORS),
  });
  let created = 0;
  return {
    get created() {
      return created;
    },
    /** How many actions a tab does in the next round (1–8). */
    batchSize(): number {
      return 1 + Math.floor(rand() * 8);
    },
    /** The next action of `tab`, on a note no other action of this round touches; null when nothing is left to do. */
    next(tab: number, touched: Set<string>): [SoakOp, Expectation] | null {
      const doc = rand() < CROSS ? 1 - tab : tab;
      const free = [...model.values()].filter((n) => n.tab === doc && !touched.has(n.id));
      const live = free.filter((n) => !n.deleted);
      const dead = free.filter((n) => n.deleted);
      const weights: [Expectation['kind'], number][] = [
        ['create', created < NOTES ? 4 : 0],
        ['update', live.length ? 3 : 0],
        ['delete', live.length ? 1.5 : 0],
        ['undo', dead.length ? 0.6 : 0],
        ['stale-edit', dead.length ? 0.2 : 0],
      ];
      let r = rand() * weights.reduce((sum, [, w]) => sum + w, 0);
      const kind = weights.find(([, w]) => (r -= w) < 0)?.[0];
      if (!kind || created >= NOTES) return null;
      if (kind === 'create') {
        created++;
        const [from, to] = pick(lines[tab]);
        const start = from + Math.floor(rand() * (to - from - 2));
        const end = Math.min(to, start + 2 + Math.floor(rand() * 40));
        const c = content();
        return [{ kind, start, end, ...c }, { kind, tab, quote: texts[tab].slice(start, end), content: c }];
      }
      const target = pick(kind === 'update' || kind === 'delete' ? live : dead);
      touched.add(target.id);
      if (kind === 'update' || kind === 'stale-edit') {
        const c = content();
        return [{ kind: 'update', id: target.id, ...c }, kind === 'update' ? { kind, id: target.id, content: c } : { kind, id: target.id }];
      }
      return [{ kind, id: target.id }, { kind, id: target.id }];
    },
  };
}

/** Check one answer against its expectation and apply it to the model. */
function apply(model: Map<string, ModelNote>, tab: Tab, want: Expectation, got: SoakAnswer): void {
  const where = `${want.kind} ${'id' in want ? want.id : ''}`;
  if (want.kind === 'stale-edit') {
    // An editor still open on a note deleted meanwhile: the edit is refused with a message, nothing changes.
    expect(got.ok, where).toBe(false);
    expect(got.ok ? '' : got.message, where).toContain('已删除');
    return;
  }
  expect(got, where).toMatchObject({ ok: true });
  const note = (got as { note: NoteRecord }).note;
  if (want.kind === 'create') {
    expect(note.selectors.quote.exact, where).toBe(want.quote);
    expect({ note: note.note, tags: note.tags, color: note.color, deletedAt: note.deletedAt }).toEqual({ ...want.content, deletedAt: null });
    model.set(note.id, { id: note.id, tab: want.tab, url: tab.url, quote: want.quote, deleted: false, ...want.content });
    return;
  }
  const m = model.get(want.id)!;
  if (want.kind === 'update') Object.assign(m, want.content);
  else m.deleted = want.kind === 'delete';
  expect({ id: note.id, note: note.note, tags: note.tags, color: note.color, deleted: note.deletedAt !== null }, where).toEqual({
    id: m.id,
    note: m.note,
    tags: m.tags,
    color: m.color,
    deleted: m.deleted,
  });
}

/** The fields compared between the database and the model. */
const view = (n: { id: string; url: string; quote: string; note: string; tags: string[]; color: string; deleted: boolean }) => ({
  id: n.id,
  url: n.url,
  quote: n.quote,
  note: n.note,
  tags: n.tags,
  color: n.color,
  deleted: n.deleted,
});
const stored = (n: NoteRecord) => view({ ...n, quote: n.selectors.quote.exact, deleted: n.deletedAt !== null });
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('soak: two tabs, one database', () => {
  it('1,000 notes created, edited, deleted and undone in a random order from two tabs end exactly as the model', async () => {
    const driver = await bundleForPage('tests/e2e/soak-driver.ts', '__plSoak');
    const tabs = await Promise.all(DOCS.map((d) => openTab(env.site.url(d.host, d.path), driver)));
    const model = new Map<string, ModelNote>();
    const plan = planner(model, tabs.map((t) => t.text));
    const counts: Record<string, number> = {};

    const t0 = Date.now();
    while (plan.created < NOTES) {
      const touched = new Set<string>();
      const rounds = tabs.map((_, i) => {
        const batch: [SoakOp, Expectation][] = [];
        for (let k = plan.batchSize(); k > 0; k--) {
          const step = plan.next(i, touched);
          if (step) batch.push(step);
        }
        return batch;
      });
      const answers = await Promise.all(
        tabs.map((tab, i) => tab.world.evaluate<SoakAnswer[]>(`__plSoak.run(${JSON.stringify(rounds[i].map(([op]) => op))})`)),
      );
      tabs.forEach((tab, i) =>
        rounds[i].forEach(([, want], k) => {
          apply(model, tab, want, answers[i][k]);
          counts[want.kind] = (counts[want.kind] ?? 0) + 1;
        }),
      );
    }
    const elapsed = Date.now() - t0;
    console.log(`soak: ${JSON.stringify(counts)} in ${elapsed} ms`);
    expect(model.size).toBe(NOTES);
    expect(counts.update).toBeGreaterThan(500);
    expect(counts.delete).toBeGreaterThan(200);
    expect(counts.undo).toBeGreaterThan(50);

    const expected = byId([...model.values()].map(view));
    const live = expected.filter((n) => !n.deleted);

    // Every note with its deleted flag, as the background's backup reads the database.
    const ext = await env.browser.context.newPage();
    await ext.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const all = (await databaseSnapshot(ext)).notes as NoteRecord[];
    expect(byId(all.map(stored))).toEqual(expected);

    // The live notes, as the background's list (search) gives them to the side panel, page by page.
    const listed: NoteRecord[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await askBackground<{ total: number; notes: NoteRecord[] }>(ext, { type: 'notes:search', query: { offset, limit: 500 } });
      if (!page.ok) throw new Error(page.error.message);
      listed.push(...page.value.notes);
      if (offset + 500 >= page.value.total) break;
    }
    expect(byId(listed.map(stored))).toEqual(live);

    // Each tab loads its document's notes as its content script would, and a reloaded tab paints every one of them.
    for (const [i, tab] of tabs.entries()) {
      const notes = await tab.world.evaluate<{ ok: boolean; value: NoteRecord[] }>('__plSoak.pageNotes()');
      expect(byId(notes.value.map(stored))).toEqual(byId([...model.values()].filter((n) => n.tab === i && !n.deleted).map(view)));
    }
    await tabs[0].page.reload();
    await tabs[0].page.waitForSelector('policylens-ui', { state: 'attached' });
    const painted = () =>
      tabs[0].page.evaluate((colors) => colors.map((c) => CSS.highlights.get(`policylens-note-${c}`)?.size ?? 0), COLORS);
    const first = [...model.values()].filter((n) => n.tab === 0 && !n.deleted);
    await expect.poll(painted, { timeout: 15_000 }).toEqual(COLORS.map((c) => first.filter((n) => n.color === c).length));
  }, 90_000); // ~45 s on a loaded 2-core machine: the margin keeps a slow run from failing for time alone
});
