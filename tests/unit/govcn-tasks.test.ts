/** Regression test: the engine, run as the extension runs it, against hand labels of 60 real www.gov.cn pages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { canonicalUnit } from '../../lib/policy/units';

/** One labelled task: its title as in the text, its lead unit(s) (牵头单位) and all its units. */
interface LabelTask {
  title: string;
  lead: string[];
  units: string[];
}

/** The labels of one page (see tests/fixtures/govcn-labels/tasks.json; `notes` explains the hard cases). */
interface PageLabel {
  title: string;
  docNumber: string;
  hasMarkers: boolean;
  taskCount: number;
  tasks: LabelTask[];
  notes: string;
}

/** One entry of the pages' index.json. */
interface IndexEntry {
  id: string;
  url: string;
}

const PAGES_DIR = path.resolve(__dirname, '../../../shared/pages/govcn-2019');
const labels = JSON.parse(
  readFileSync(path.resolve(__dirname, '../fixtures/govcn-labels/tasks.json'), 'utf8'),
) as Record<string, PageLabel>;
const urls = new Map(
  (JSON.parse(readFileSync(path.join(PAGES_DIR, 'index.json'), 'utf8')) as IndexEntry[]).map((e) => [
    e.id.padStart(2, '0'),
    e.url,
  ]),
);

/** Parse a page fragment the way the content script sees it: a full document around the crawled block. */
function loadPage(id: string): Document {
  const html = readFileSync(path.join(PAGES_DIR, `${id}.html`), 'utf8');
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document as unknown as Document;
}

/** Unit name as compared: spaces removed, then resolved through the alias table. */
function norm(name: string): string {
  return canonicalUnit(name.replace(/\s+/g, ''));
}

/** Whether two lead lists name the same units (order-free, after normalization). */
function sameLeads(expected: string[], got: string[]): boolean {
  const a = [...new Set(expected.map(norm))].sort();
  const b = [...new Set(got.map(norm))].sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** First characters of a title, for compact failure lines. */
function short(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

/** Run the engine on one page and keep what the labels judge: each task's title and lead unit names. */
function engineTasks(id: string): { title: string; leads: string[] }[] {
  const result = analyzePage(loadPage(id), urls.get(id) ?? '');
  return result.analysis.tasks.map((t) => ({
    title: t.title,
    leads: t.units.filter((u) => u.role === 'lead').map((u) => u.name),
  }));
}

const ids = Object.keys(labels).sort();

describe('govcn-2019 labels', () => {
  it('cover all 60 pages, with counts that match the listed tasks', () => {
    expect(ids).toHaveLength(60);
    for (const id of ids) expect(labels[id].tasks, `page ${id}`).toHaveLength(labels[id].taskCount);
  });
});

describe.each(ids)('govcn-2019 page %s', (id) => {
  const label = labels[id];
  const name = `${label.docNumber} ${short(label.title)}`;

  it(`finds ${label.taskCount} tasks (${name})`, () => {
    const got = engineTasks(id);
    const detail =
      got.length === label.taskCount
        ? ''
        : `page ${id} ${name}: expected ${label.taskCount} tasks, got ${got.length}` +
          (got.length ? `; engine titles: ${got.map((t) => short(t.title)).join(' / ')}` : '') +
          (label.notes ? `\n  label notes: ${label.notes}` : '');
    expect(got.length, detail).toBe(label.taskCount);
  });

  if (!label.hasMarkers) return;
  it(`names the lead unit of each task (${name})`, () => {
    const got = engineTasks(id);
    const diffs: string[] = [];
    if (got.length !== label.taskCount) diffs.push(`page ${id} count: expected ${label.taskCount}, got ${got.length} (compared in order up to the shorter list)`);
    label.tasks.forEach((want, i) => {
      const g = got[i];
      if (!g) return;
      if (!sameLeads(want.lead, g.leads)) {
        diffs.push(
          `page ${id} task ${i + 1} 「${short(want.title)}」: expected lead ${want.lead.join('、') || '—'}, ` +
            `got ${g.leads.join('、') || '—'} (engine title 「${short(g.title)}」)`,
        );
      }
    });
    expect(diffs).toEqual([]);
  });
});
