import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const full = join(dir, f);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx|mjs)$/.test(f)) out.push(full);
  }
  return out;
}

describe('the code the extension ships', () => {
  const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(resolve(ROOT, d)));

  it('never writes HTML strings into the DOM, never evaluates strings as code', () => {
    const banned = /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\(|setTimeout\(\s*['"`]/;
    const hits = files.filter((f) => banned.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });

  it('never listens to window messages (a page script cannot talk to the content script)', () => {
    const hits = files.filter((f) => /addEventListener\(\s*['"]message['"]|\.onmessage\s*=/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });

  it('makes no network request: no fetch, XMLHttpRequest, WebSocket, sendBeacon or EventSource', () => {
    const net = /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/;
    const hits = files.filter((f) => net.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });

  it('keeps IndexedDB out of the content script (notes live in the extension origin)', () => {
    const content = sources(resolve(ROOT, 'entrypoints', 'content')).map((f) => readFileSync(f, 'utf8')).join('\n');
    // Type-only imports of the store's schemas and its pure URL helpers are fine; the database modules are not.
    expect(content).not.toMatch(/^import (?!type )[^;]*from ['"][^'"]*(lib\/store\/(?!url-key|schema)|dexie)/m);
    expect(content).not.toMatch(/indexedDB/);
  });
});
