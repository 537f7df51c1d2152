/** The fixture site of the browser tests: seed pages under gov.cn hosts, plus pages on a non-gov.cn host. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';

/** Project root, for reading seeds/ and ../shared at test time. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Where a test writes its screenshot `name`: test-results/screenshots/ (ignored by git), or with UPDATE_SCREENSHOTS=1 the README's
 * images in tests/e2e/screenshots/ (a test run does not rewrite the committed images unless asked to).
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? resolve(ROOT, 'tests', 'e2e', 'screenshots') : resolve(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}

/** Serve the seed pages at their gov.cn addresses and the same seed at www.example.org (which is not gov.cn). */
export function startSeedSite(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const seedsDir = resolve(ROOT, 'seeds');
  return startFixtureServer((host, path) => {
    const key = `${host}${path}`;
    if (key in extra) return { body: extra[key] };
    const page = SEED_PAGES.find((p) => p.path === path && (p.host === host || host === 'www.example.org'));
    return page ? { body: renderSeedPage(page, seedsDir) } : null;
  });
}

/** What a browser test file works with: the seed site and Chromium with the extension loaded. */
export interface SeedBrowser {
  site: FixtureServer;
  browser: ExtensionBrowser;
}

/** Start the seed site (with `extra` pages) and the browser before a test file's tests; close both after them. */
export function useSeedBrowser(extra: Record<string, string> = {}): SeedBrowser {
  const env = {} as SeedBrowser;
  beforeAll(async () => {
    env.site = await startSeedSite(extra);
    env.browser = await launchWithExtension();
    // Fail fast rather than hang when something does not appear.
    env.browser.context.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
