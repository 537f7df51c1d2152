import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { govcnIndex, govcnPage } from '../helpers/html';

/** Hand labels of the 60 real www.gov.cn pages (read one by one): policy or not, kind, and why. */
const LABELS = JSON.parse(readFileSync('tests/fixtures/govcn-labels/recognition.json', 'utf8')) as Record<
  string,
  { isPolicy: boolean; kind: string; why: string }
>;

describe('recognition on the 60 real www.gov.cn pages (../shared/pages/govcn-2019)', () => {
  const entries = govcnIndex().map((e) => [e.id.padStart(2, '0'), e] as const);

  it('has a label for every page', () => {
    expect(Object.keys(LABELS).sort()).toEqual(entries.map(([id]) => id).sort());
  });

  it.each(entries)('page %s matches its label', (id, entry) => {
    const label = LABELS[id];
    const { recognition, analysis, main } = analyzePage(govcnPage(id), entry.url);
    expect(main.via).toBe('#UCAP-CONTENT');
    expect({ isPolicy: recognition.isPolicy, kind: recognition.kind }, `${entry.title}: ${label.why}`).toEqual({ isPolicy: label.isPolicy, kind: label.kind });
    if (label.isPolicy) expect(recognition.confidence).toBeGreaterThanOrEqual(0.8);
    else expect(analysis.tasks).toEqual([]);
  });
});
