import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './site';

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

describe('the built manifests ask for the fewest permissions', () => {
  it('Chrome: storage, sidePanel, scripting and contextMenus only, content script and host access on *.gov.cn only, other sites optional, nothing web-accessible, default CSP', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'sidePanel', 'scripting', 'contextMenus']);
    expect(m.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Sites beyond *.gov.cn are asked for one at a time, when the reader adds one in the options page.
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['*://*.gov.cn/*']]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.default_locale).toBe('zh_CN');
  });

  it('Firefox: a sidebar instead of the side panel, storage, scripting and contextMenus only, other sites optional, no data collected', () => {
    const m = manifest('firefox-mv2');
    expect(m.permissions).toEqual(['storage', 'scripting', 'contextMenus', '*://*.gov.cn/*']);
    expect(m.optional_permissions).toEqual(['*://*/*']);
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.side_panel).toBeUndefined();
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['*://*.gov.cn/*']]);
  });

  it('both languages carry every UI string', () => {
    for (const lang of ['zh_CN', 'en']) {
      const messages = JSON.parse(readFileSync(resolve(ROOT, '.output', 'chrome-mv3', '_locales', lang, 'messages.json'), 'utf8'));
      expect(Object.keys(messages).length).toBeGreaterThan(40);
      expect(Object.values(messages).every((m) => typeof (m as { message: string }).message === 'string' && (m as { message: string }).message.length > 0)).toBe(true);
    }
  });
});
