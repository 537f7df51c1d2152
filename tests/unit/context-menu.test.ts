import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ANNOTATE_MENU_ID, createAnnotateMenu, onAnnotateMenuClick } from '../../entrypoints/background/context-menu';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'PolicyLens',
    version: '0.1.0',
    content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'] }],
  });
  // No translation from the browser: t() falls back to 简体中文.
});

describe('the 为所选文字添加批注 context-menu entry', () => {
  it('is offered on selections only, on the pages the content script runs on, titled in the reader’s language', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(ANNOTATE_MENU_ID);
    await createAnnotateMenu();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create).toHaveBeenCalledExactlyOnceWith({
      id: ANNOTATE_MENU_ID,
      title: '为所选文字添加批注',
      contexts: ['selection'],
      documentUrlPatterns: ['*://*.gov.cn/*'],
    });
  });

  it('sends the clicked tab the message the Alt+Shift+N command sends, and ignores other entries', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    onAnnotateMenuClick({ menuItemId: ANNOTATE_MENU_ID }, { id: 7 });
    onAnnotateMenuClick({ menuItemId: 'something-else' }, { id: 7 });
    onAnnotateMenuClick({ menuItemId: ANNOTATE_MENU_ID }, undefined);
    expect(send).toHaveBeenCalledExactlyOnceWith(7, { type: 'notes:annotate-selection' });
  });
});
