import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { restoreImportedSettings } from '../../entrypoints/background/backup';
import { parseSettings, SETTINGS_KEY } from '../../lib/settings';
import { setSetting } from '../../lib/store/settings';
import { freshDb } from './store-fixtures';

/** Settings as a backup from another computer carries them (我的单位 and a colour set). */
const IMPORTED = JSON.parse(JSON.stringify(parseSettings({ myUnits: ['自治区商务厅'] })));

describe('restoreImportedSettings (the settings copy that follows an import)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('copies the settings an import left in the database into extension storage when the worker stopped before the copy', async () => {
    const db = freshDb();
    await setSetting(db, SETTINGS_KEY, IMPORTED);
    await restoreImportedSettings(db);
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(parseSettings(stored[SETTINGS_KEY]).myUnits).toEqual(['自治区商务厅']);
  });

  it('keeps the settings already set on this computer', async () => {
    const db = freshDb();
    await setSetting(db, SETTINGS_KEY, IMPORTED);
    const local = parseSettings({ myUnits: ['自治区财政厅'] });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: local });
    await restoreImportedSettings(db);
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(parseSettings(stored[SETTINGS_KEY]).myUnits).toEqual(['自治区财政厅']);
  });

  it('writes nothing when no import brought settings', async () => {
    await restoreImportedSettings(freshDb());
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });
});
