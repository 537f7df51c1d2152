/** `npm start`: build the extension, serve the seed documents as gov.cn pages, open one in Chromium with the extension. */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, CHROME_BUILD } from './browser';
import { startFixtureServer } from './fixture-server';
import { SEED_PAGES, renderSeedPage } from './seed-site';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');

execSync('node scripts/ensure-chromium.mjs', { cwd: ROOT, stdio: 'inherit' });
console.log('Building the extension (wxt build)…');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const seedsDir = resolve(ROOT, 'seeds');
const server = await startFixtureServer((host, path) => {
  const page = SEED_PAGES.find((p) => p.host === host && p.path === path);
  if (page) return { body: renderSeedPage(page, seedsDir) };
  if (path === '/' || path === '/index.html') {
    const links = SEED_PAGES.map((p) => `<li><a href="${p.path}">${p.title}</a></li>`).join('');
    return { body: `<!doctype html><meta charset="utf-8"><title>PolicyLens demo</title><h1>种子文件</h1><ul>${links}</ul>` };
  }
  return null;
});
const demo = SEED_PAGES[3];
const url = server.url(demo.host, demo.path);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`
Serving the seed documents as gov.cn pages, e.g. ${url}
To load the extension into your own browser:
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on developer mode, "Load unpacked" → ${CHROME_BUILD}
  Firefox: npm run build:firefox, then about:debugging → This Firefox → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json
`);

const browser = await launchWithExtension({ headless: !headed });
const page = await browser.context.newPage();
await page.goto(url);
await page.waitForSelector('policylens-ui', { state: 'attached', timeout: 20000 }).catch(() => undefined);

if (headed) {
  console.log('Chromium is open with PolicyLens loaded. Close the window (or press Ctrl+C) to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  mkdirSync(OUT, { recursive: true });
  // Show a reader's view: scroll to the first task and open its card by clicking its lead unit.
  const point = await page.evaluate(() => {
    const lead = CSS.highlights.get('policylens-lead') as unknown as Set<Range> | undefined;
    const first = lead ? [...lead][0] : undefined;
    if (!first) return null;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0];
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  });
  if (point) await page.mouse.click(point.x, point.y);
  await page.screenshot({ path: resolve(OUT, 'screenshot.png'), fullPage: false });
  const state = await page.evaluate(() => {
    const badge = document.querySelector('policylens-ui')?.shadowRoot?.querySelector('.pl-badge')?.textContent ?? null;
    const groups = [...CSS.highlights.keys()].map((k) => `${k}: ${CSS.highlights.get(k)?.size ?? 0}`);
    return [badge ?? '(no badge)', ...groups].join('\n');
  });
  const analysis = execSync(`npx tsx scripts/analyze.ts seeds/${demo.file} --format json`, { cwd: ROOT, encoding: 'utf8' });
  writeFileSync(resolve(OUT, 'analysis.json'), analysis);
  writeFileSync(resolve(OUT, 'page-state.txt'), `${url}\n${state}\n`);
  console.log(`No display found: ran headless and wrote ${OUT}/screenshot.png, analysis.json and page-state.txt.`);
  await browser.close();
}
await server.close();
