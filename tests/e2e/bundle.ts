/** Bundle project code into one script for a browser test to inject into a page or a content script's world. */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { ROOT } from './site';

/**
 * Bundle `entry` (a path from the project root) as a classic script that assigns its exports to `globalThis[globalName]`.
 * WXT's auto-imported `browser` is the extension API of the world the script runs in (`chrome` in Chromium).
 */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    define: { browser: 'globalThis.chrome', 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'silent',
  });
  return `${out.outputFiles[0].text}\nglobalThis.${globalName} = ${globalName};`;
}
