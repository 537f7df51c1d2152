/** Read the seed corpus from seeds/ (Node): the build hook, the CLI and the scripts share this. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedText } from '../lib/corpus/build-index';

/** The seeds directory of the project. */
export const SEEDS_DIR = resolve(import.meta.dirname, '..', 'seeds');

/** Every seed document (`*.txt`), sorted by file name. */
export function readSeeds(dir = SEEDS_DIR): SeedText[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
