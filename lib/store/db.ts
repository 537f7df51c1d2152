/** The reader's IndexedDB database (Dexie), owned by the background service worker: every schema version and the row types. */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Note, Setting, TaskStatus } from './schema';

/** Name of the database in the extension's origin. */
export const DB_NAME = 'policylens';

/** A note as stored: the record plus its search terms (bigrams of quote and note text, computed on write). */
export type NoteRow = Note & { terms: string[] };

/** One schema version: Dexie store definitions (null deletes a table) and an optional upgrade of existing rows. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version, oldest first. Never edit a shipped entry: append a new version (with an upgrade when rows
 * change) and add its fixture to tests/unit/store-migrations.test.ts, which also records every version's indexes.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      notes: 'id, url, docKey, *tags, *terms, color, updatedAt, deletedAt',
      taskStatuses: 'id, &[docKey+taskId], docKey, updatedAt',
      settings: 'key',
    },
  },
];

/** The newest schema version. */
export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declare the schema versions up to `upTo` on a Dexie instance (tests open databases at earlier versions). */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/** The PolicyLens database: notes, the reader's task statuses, and settings. */
export class PolicyLensDb extends Dexie {
  declare notes: EntityTable<NoteRow, 'id'>;
  declare taskStatuses: EntityTable<TaskStatus, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
  }
}
