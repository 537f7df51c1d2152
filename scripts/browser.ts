/** Launch Debian's Chromium with the built extension loaded, gov.cn host names mapped to the local server. */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the Chrome build of the extension is written by `wxt build`. */
export const CHROME_BUILD = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/** The Chromium binary used for tests and the demo (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The browser with the extension loaded, and the extension's id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Launch Chromium with the extension; every *.gov.cn host and www.example.org resolve to 127.0.0.1. */
export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string; lang?: string } = {}): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`没有找到扩展构建 ${ext}：请先运行 wxt build`);
  const profile = mkdtempSync(join(tmpdir(), 'policylens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    // The extension's UI language follows the browser's: Chinese first, as for our readers.
    env: { ...process.env, LANGUAGE: opts.lang ?? 'zh_CN' },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP www.example.org 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${(opts.lang ?? 'zh_CN').replace('_', '-')}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}
