/** The fixture site of the browser tests: seed pages under gov.cn hosts, plus pages on a non-gov.cn host. */
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { SEED_PAGES, renderSeedPage } from '../../scripts/seed-site';

/** Project root, for reading seeds/ and ../shared at test time. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

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
