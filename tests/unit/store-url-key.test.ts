import { describe, expect, it } from 'vitest';
import { docKey, isTrackingParam, normalizeDocNumber, normalizeUrl, textFingerprint } from '../../lib/store/url-key';
import { SEED_003 } from './store-fixtures';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, sorts the rest, lower-cases the host', () => {
    expect(
      normalizeUrl(
        'http://WWW.GXZF.GOV.CN/zfwj/t123.shtml?utm_source=weixin&b=2&spm=a.b.c&from=timeline&isappinstalled=0&a=1&share_token=x#section-3',
      ),
    ).toBe('http://www.gxzf.gov.cn/zfwj/t123.shtml?a=1&b=2');
    expect(normalizeUrl('https://www.gov.cn/zhengce/content/2020-02/13/content_5478000.htm#')).toBe(
      'https://www.gov.cn/zhengce/content/2020-02/13/content_5478000.htm',
    );
    expect(normalizeUrl('https://www.gov.cn/search?q=%E8%87%AA%E8%B4%B8&utm_medium=x')).toBe(
      normalizeUrl('https://www.gov.cn/search?q=自贸'),
    );
  });

  it('gives the same key to the same page shared through different channels', () => {
    const a = normalizeUrl('http://www.gxzf.gov.cn/t1.shtml?id=7&scene=1&clicktime=1580000000&enterid=1580000000');
    const b = normalizeUrl('http://www.gxzf.gov.cn/t1.shtml?from=groupmessage&id=7#p2');
    expect(a).toBe(b);
    expect(normalizeUrl(a)).toBe(a);
  });

  it('keeps parameters that select content, and survives strings that are not URLs', () => {
    expect(normalizeUrl('http://x.gov.cn/a.jsp?id=1')).not.toBe(normalizeUrl('http://x.gov.cn/a.jsp?id=2'));
    expect(normalizeUrl('  not a url #x ')).toBe('not a url ');
    expect(normalizeUrl('')).toBe('');
    expect(isTrackingParam('UTM_Campaign')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
  });
});

describe('docKey', () => {
  it('unifies the brackets, widths and spaces of a 文号', () => {
    const forms = ['桂政发〔2020〕3号', '桂政发[2020]3号', '桂政发［2020］3号', '桂政发 〔2020〕 3 号', '桂政发【２０２０】３号', '桂政发(2020)3号'];
    for (const f of forms) expect(normalizeDocNumber(f)).toBe('桂政发〔2020〕3号');
    expect(docKey({ docNumber: '桂政发［2020］3 号' }, SEED_003)).toBe('doc:桂政发〔2020〕3号');
    expect(normalizeDocNumber('  ')).toBeNull();
    expect(normalizeDocNumber(null)).toBeNull();
  });

  it('falls back to a fingerprint of the main text that ignores whitespace and width', () => {
    const key = docKey({ docNumber: null }, SEED_003);
    expect(key).toMatch(/^fp:[0-9a-f]{8}-\d+$/);
    const reflowed = SEED_003.replace(/\n/g, '\n\n  ').replace(/，/g, ',');
    expect(docKey(null, reflowed)).toBe(key);
    expect(docKey(undefined, SEED_003.replace('以制度创新为核心', '以改革创新为核心'))).not.toBe(key);
    expect(textFingerprint('')).toMatch(/^[0-9a-f]{8}-0$/);
  });
});
