import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { syncSiteScripts } from '../../entrypoints/background/site-scripts';
import { addedSites, planSiteScripts, sitePattern } from '../../lib/sites';

const GOV = ['*://*.gov.cn/*'];

describe('sitePattern: what the reader types in 其他网站', () => {
  it('reads a host, an address or *.domain as one site pattern for http and https', () => {
    expect(sitePattern('www.pkulaw.com', GOV)).toEqual({ ok: true, pattern: '*://www.pkulaw.com/*', host: 'www.pkulaw.com' });
    expect(sitePattern('  https://www.pkulaw.com/fl/1.html?q=1#a ', GOV)).toEqual({ ok: true, pattern: '*://www.pkulaw.com/*', host: 'www.pkulaw.com' });
    expect(sitePattern('HTTP://WWW.Example.ORG:8080/x', GOV)).toMatchObject({ pattern: '*://www.example.org/*' });
    expect(sitePattern('*.pkulaw.com', GOV)).toEqual({ ok: true, pattern: '*://*.pkulaw.com/*', host: '*.pkulaw.com' });
    expect(sitePattern('10.1.2.3', GOV)).toMatchObject({ pattern: '*://10.1.2.3/*' });
    // International names are asked for as the browser knows them (punycode).
    expect(sitePattern('政府.中国', GOV)).toMatchObject({ pattern: '*://xn--mxtq1m.xn--fiqs8s/*' });
  });

  it('says *.gov.cn hosts are covered already', () => {
    expect(sitePattern('https://flk.npc.gov.cn/detail', GOV)).toEqual({ ok: false, reason: 'covered', host: 'flk.npc.gov.cn' });
    for (const x of ['www.ndrc.gov.cn', 'gov.cn', 'WWW.GXZF.GOV.CN', '*.gxzf.gov.cn']) expect(sitePattern(x, GOV)).toMatchObject({ ok: false, reason: 'covered' });
  });

  it('refuses what is not one site: other schemes, single names, hidden hosts, whole top-level domains', () => {
    for (const x of ['', '   ', 'ftp://x.org', 'javascript:alert(1)', 'localhost', 'a b.com', 'user@evil.com', 'x.org\\@y.com', '*.com', '*', '*://*/*', '999.1.1.1', '-a.com', 'a.123', 'x'.repeat(3000)]) {
      expect(sitePattern(x, GOV), x).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('stays fast on long hostile input', () => {
    const t0 = performance.now();
    sitePattern(`${'a-'.repeat(50_000)}.com`, GOV);
    sitePattern(`${'a.'.repeat(1000)}com`, GOV);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('the added sites and their content scripts', () => {
  it('lists granted site patterns other than the built-in ones', () => {
    expect(addedSites(['*://*.gov.cn/*', '*://www.pkulaw.com/*', 'https://a.org/*', 'chrome://favicon/*', '*://www.pkulaw.com/*'], GOV)).toEqual(['*://www.pkulaw.com/*', 'https://a.org/*']);
  });

  it('plans registrations for new grants and removals for withdrawn ones, leaving other scripts alone', () => {
    expect(planSiteScripts(['*://*.gov.cn/*', '*://a.org/*', '*://b.org/*'], ['site:*://b.org/*', 'site:*://c.org/*', 'other'], GOV)).toEqual({
      register: ['*://a.org/*'],
      unregister: ['site:*://c.org/*'],
    });
  });
});

describe('syncSiteScripts (background)', () => {
  let granted: string[];
  let registered: Map<string, Record<string, unknown>>;

  beforeEach(() => {
    granted = ['*://*.gov.cn/*'];
    registered = new Map();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3, name: 'x', version: '1',
      content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
    });
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] }));
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [...registered.values()] as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      await new Promise((r) => setTimeout(r, 5));
      // As in Chrome: a repeated id fails the whole call.
      if (scripts.some((s) => registered.has(s.id))) throw new Error('Duplicate script ID');
      for (const s of scripts) registered.set(s.id, s as unknown as Record<string, unknown>);
    });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      for (const id of filter?.ids ?? []) registered.delete(id);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('runs the manifest content script on a granted site, and stops when the grant is withdrawn', async () => {
    granted.push('*://www.pkulaw.com/*');
    expect(await syncSiteScripts()).toEqual(['*://www.pkulaw.com/*']);
    expect([...registered.values()]).toEqual([
      { id: 'site:*://www.pkulaw.com/*', matches: ['*://www.pkulaw.com/*'], js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    granted.pop();
    expect(await syncSiteScripts()).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('never registers a site twice when syncs overlap (grant event and the options page at once)', async () => {
    granted.push('*://www.pkulaw.com/*', '*://*.example.org/*');
    const answers = await Promise.all([syncSiteScripts(), syncSiteScripts(), syncSiteScripts()]);
    expect(answers).toEqual(Array(3).fill(['*://*.example.org/*', '*://www.pkulaw.com/*']));
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });
});
