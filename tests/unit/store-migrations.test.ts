import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, PolicyLensDb, SCHEMA_VERSIONS, declareVersions } from '../../lib/store/db';
import { fromRow } from '../../lib/store/note-row';
import { getNote, getTaskStatuses, searchNotes } from '../../lib/store/notes';
import { NoteSchema, SettingSchema, TaskStatusSchema } from '../../lib/store/schema';
import { getSetting } from '../../lib/store/settings';
import { noteTerms } from '../../lib/store/terms';

/**
 * Every schema version as shipped. A changed index or table fails here: never edit a shipped version, append one.
 * Adding version N: append its stores here, and its rows (as version N's code wrote them) to FIXTURES.
 */
const RECORDED_VERSIONS = [
  {
    version: 1,
    stores: {
      notes: 'id, url, docKey, *tags, *terms, color, updatedAt, deletedAt',
      taskStatuses: 'id, &[docKey+taskId], docKey, updatedAt',
      settings: 'key',
    },
  },
];

/** The object stores and indexes IndexedDB really holds at each version: `store(keyPath)` and `index=keyPath[*][!]`. */
const RECORDED_IDB: Record<number, Record<string, string[]>> = {
  1: {
    notes: ['(id)', 'color=color', 'deletedAt=deletedAt', 'docKey=docKey', 'tags=tags*', 'terms=terms*', 'updatedAt=updatedAt', 'url=url'],
    settings: ['(key)'],
    taskStatuses: ['(id)', '[docKey+taskId]=docKey,taskId!', 'docKey=docKey', 'updatedAt=updatedAt'],
  },
};

interface Fixture {
  notes: Record<string, unknown>[];
  taskStatuses: Record<string, unknown>[];
  settings: Record<string, unknown>[];
  /** A query word that finds each note through the search index. */
  words: Record<string, string>;
}

/** Rows exactly as each version stored them (literal: never computed with today's code). */
const FIXTURES: Record<number, Fixture> = {
  1: {
    notes: [
      {
        id: '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4',
        url: 'http://www.gxzf.gov.cn/zfwj/t1234567.shtml',
        docKey: 'doc:桂政发〔2020〕3号',
        docTitle: '中国（广西）自由贸易试验区建设实施方案',
        docNumber: '桂政发〔2020〕3号',
        selectors: {
          quote: { exact: '制度创新', prefix: '明确的战略定位，以', suffix: '为核心，以政策创新为支撑' },
          position: { start: 452, end: 456 },
          taskPath: null,
        },
        color: 'yellow',
        note: '重点',
        tags: ['自贸区'],
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_100_000,
        deletedAt: null,
        terms: ['制度', '度创', '创新', '新', '重点', '点'],
      },
      {
        id: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
        url: 'https://www.gov.cn/zhengce/content/2020-02/13/content_5478000.htm',
        docKey: 'fp:1a2b3c4d-58123',
        docTitle: '',
        docNumber: null,
        selectors: {
          quote: { exact: '沿边特色', prefix: '突出', suffix: '，突出陆海联动' },
          position: { start: 600, end: 604 },
          taskPath: '二.（一）.3',
        },
        color: 'purple',
        note: '',
        tags: [],
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_200_000,
        deletedAt: 1_700_000_200_000,
        terms: ['沿边', '边特', '特色', '色'],
      },
    ],
    taskStatuses: [
      {
        id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        docKey: 'doc:桂政发〔2020〕3号',
        taskId: '二.（一）.1',
        status: 'doing',
        note: '已对接',
        updatedAt: 1_700_000_300_000,
      },
    ],
    settings: [{ key: 'highlights', value: { on: true } }],
    words: { '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4': '制度创新' },
  },
};

/** Describe the real IndexedDB schema of an open database. */
function idbSchema(db: Dexie): Record<string, string[]> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames].sort();
  const tx = idb.transaction(names, 'readonly');
  const out: Record<string, string[]> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const entries = [`(${String(store.keyPath)})`];
    for (const indexName of [...store.indexNames].sort()) {
      const index = store.index(indexName);
      entries.push(`${indexName}=${String(index.keyPath)}${index.multiEntry ? '*' : ''}${index.unique ? '!' : ''}`);
    }
    out[name] = entries;
  }
  return out;
}

async function createAtVersion(name: string, version: number, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  await old.table('notes').bulkAdd(fixture.notes);
  await old.table('taskStatuses').bulkAdd(fixture.taskStatuses);
  await old.table('settings').bulkAdd(fixture.settings);
  old.close();
}

describe('schema versions', () => {
  it('are recorded: every version’s tables and indexes are as shipped', () => {
    expect(SCHEMA_VERSIONS.map(({ version, stores }) => ({ version, stores }))).toEqual(RECORDED_VERSIONS);
    expect(LATEST_VERSION).toBe(RECORDED_VERSIONS[RECORDED_VERSIONS.length - 1].version);
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('version %i creates the recorded IndexedDB stores and indexes', async (version) => {
    const db = new Dexie(`schema-${version}-${crypto.randomUUID()}`);
    declareVersions(db, version);
    await db.open();
    expect(idbSchema(db)).toEqual(RECORDED_IDB[version]);
    await db.delete();
  });

  it('every version has a fixture', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });
});

describe('migrations', () => {
  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'a database created at version %i opens at the latest version with all its data intact',
    async (version) => {
      const name = `migrate-${version}-${crypto.randomUUID()}`;
      const fixture = FIXTURES[version];
      await createAtVersion(name, version, fixture);

      const db = new PolicyLensDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      expect(idbSchema(db)).toEqual(RECORDED_IDB[LATEST_VERSION]);

      expect(await db.notes.count()).toBe(fixture.notes.length);
      for (const row of await db.notes.toArray()) {
        expect(NoteSchema.safeParse(fromRow(row)).success).toBe(true);
        // The stored search terms must be today's tokenization: a tokenizer change needs a version that recomputes them.
        expect([...row.terms].sort()).toEqual([...noteTerms(row)].sort());
      }
      for (const stored of fixture.notes) {
        const got = await getNote(db, String(stored.id));
        const { terms: _terms, ...expected } = stored;
        expect(got).toEqual({ ok: true, value: expect.objectContaining(expected) });
      }
      for (const [id, word] of Object.entries(fixture.words)) {
        const found = await searchNotes(db, { text: word });
        expect(found.ok && found.value.notes.map((n) => n.id)).toContain(id);
      }

      for (const status of fixture.taskStatuses) {
        const list = await getTaskStatuses(db, String(status.docKey));
        const got = list.ok ? list.value.find((s) => s.id === status.id) : undefined;
        expect(got).toEqual(expect.objectContaining(status));
        expect(TaskStatusSchema.safeParse(got).success).toBe(true);
      }
      for (const setting of fixture.settings) {
        expect(await getSetting(db, String(setting.key))).toEqual({ ok: true, value: setting.value });
        expect(SettingSchema.safeParse(setting).success).toBe(true);
      }
      await db.delete();
    },
  );
});
