/** The reader's settings as the background sees them: read once from extension storage, then kept in step with its changes. */
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';

let cached: Promise<Settings> | null = null;

/** The current settings (one storage read per service-worker life, then from memory). */
export function currentSettings(): Promise<Settings> {
  cached ??= browser.storage.local.get(SETTINGS_KEY).then((s) => parseSettings(s[SETTINGS_KEY]), () => parseSettings(undefined));
  return cached;
}

/** Follow changes of the settings (options page, a page's switch, an import). */
export function followSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) cached = Promise.resolve(parseSettings(changes[SETTINGS_KEY].newValue));
  });
}
