/** Build the corpus index from seeds/ and write it as JSON: `tsx scripts/build-corpus-index.ts <out.json>`. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCorpusIndex } from '../lib/corpus/build-index';

const out = process.argv[2];
if (!out) {
  console.error('用法：tsx scripts/build-corpus-index.ts <out.json>');
  process.exit(2);
}
const seedsDir = resolve(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') }));
const started = performance.now();
const index = buildCorpusIndex(seeds);
const ms = performance.now() - started;
const json = JSON.stringify(index);
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, json);
console.log(
  `corpus index: ${index.documents.length} documents, ${index.items.length} items, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, built in ${ms.toFixed(0)} ms → ${out}`,
);
