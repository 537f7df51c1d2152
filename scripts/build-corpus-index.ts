/** Build the corpus index from seeds/ and write it as JSON: `tsx scripts/build-corpus-index.ts <out.json>`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCorpusIndex } from '../lib/corpus/build-index';
import { readSeeds } from './seed-files';

const out = process.argv[2];
if (!out) {
  console.error('用法：tsx scripts/build-corpus-index.ts <out.json>');
  process.exit(2);
}
const seeds = readSeeds();
const started = performance.now();
const index = buildCorpusIndex(seeds);
const ms = performance.now() - started;
const json = JSON.stringify(index);
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, json);
console.log(
  `corpus index: ${index.documents.length} documents, ${index.items.length} items, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, built in ${ms.toFixed(0)} ms → ${out}`,
);
