import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFirstRead, takeFirstRead } from '../../lib/page/first-read';
import { timeSlicer } from '../../lib/page/slicer';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';
import { htmlDoc, ROOT } from '../helpers/html';

const seed = SEED_PAGES[3];
const url = `http://${seed.host}${seed.path}`;
const html = renderSeedPage(seed, resolve(ROOT, 'seeds'));

describe('the first reading, handed from the gatekeeper to the reader', () => {
  it('reads the page and sends it for analysis once; the reader of that address takes both over, once', async () => {
    const sent: unknown[] = [];
    startFirstRead(htmlDoc(html), url, timeSlicer(), (request) => {
      sent.push(request);
      return Promise.resolve({ answer: 'plan' });
    });
    const handed = await takeFirstRead(url);
    expect(handed?.page.textMap.text).toContain('实施更为开放的行业准入措施');
    expect(await handed?.answer).toEqual({ answer: 'plan' });
    expect(sent).toEqual([expect.objectContaining({ type: 'page:analyze', complete: true, text: handed?.page.textMap.text })]);
    expect(await takeFirstRead(url)).toBeNull();
  });

  it('is not handed to a reader at another address, nor kept for a page that needs Readability', async () => {
    startFirstRead(htmlDoc(html), url, timeSlicer(), () => Promise.resolve(null));
    expect(await takeFirstRead(`${url}#moved`)).toBeNull();
    const sent: unknown[] = [];
    const noContainer = html.replace('<div id="zoom" class="article-con">', '<div class="wz-body">');
    startFirstRead(htmlDoc(noContainer), url, timeSlicer(), (request) => {
      sent.push(request);
      return Promise.resolve(null);
    });
    expect(await takeFirstRead(url)).toBeNull();
    expect(sent).toEqual([]);
  });
});
