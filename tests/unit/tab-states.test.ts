import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '../../lib/policy/analyze';
import type { PageState } from '../../lib/messages';
import { dropTabState, getTabState, setTabState } from '../../entrypoints/background/tab-states';

const state = (url: string): PageState => ({
  url,
  title: '关于印发实施方案的通知',
  recognition: { isPolicy: true, confidence: 0.9, kind: 'policy', reasons: ['测试'] },
  analysis: analyze({ text: '一、重点任务\n（一）加强领导。（责任单位：自治区发展改革委）' }),
  partial: false,
  highlightsOn: true,
});
const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];

describe('tab states', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from memory at once and writes session storage only after the current turn', async () => {
    const written = setTabState(7, state('https://www.gxzf.gov.cn/a.html'));
    expect((await getTabState(7))?.url).toBe('https://www.gxzf.gov.cn/a.html');
    expect(await stored(7)).toBeUndefined();
    await written;
    expect((await stored(7)) as PageState).toMatchObject({ url: 'https://www.gxzf.gov.cn/a.html' });
  });

  it('writes only the newest of two states set in the same turn, and nothing for a tab dropped meanwhile', async () => {
    const first = setTabState(7, state('https://www.gxzf.gov.cn/a.html'));
    const second = setTabState(7, state('https://www.gxzf.gov.cn/b.html'));
    const gone = setTabState(8, state('https://www.gxzf.gov.cn/c.html'));
    await dropTabState(8);
    await Promise.all([first, second, gone]);
    expect((await stored(7)) as PageState).toMatchObject({ url: 'https://www.gxzf.gov.cn/b.html' });
    expect(await stored(8)).toBeUndefined();
    expect(await getTabState(8)).toBeNull();
  });
});
