import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '../../components/OptionsForm';
import { BackupSection } from '../../components/BackupSection';
import { ShortcutsList } from '../../components/ShortcutsList';
import { SitesSection } from '../../components/SitesSection';
import { download } from '../../components/download';
import { backupRequest } from './backup-client';
import { BUILTIN_SITES, loadSites, removeSite, requestSite } from './sites';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { t } from '../../lib/i18n/t';

/** The extension's keyboard shortcuts as the browser reports them (none where the API is missing). */
const loadShortcuts = async () => (await browser.commands?.getAll()) ?? [];

/** The options page: loads settings from extension storage and saves every change; the added sites follow the granted permissions. */
function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [knownUnits, setKnownUnits] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () => void loadSites().then(setSites);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((s) => setSettings(parseSettings(s[SETTINGS_KEY])));
    void browser.runtime.sendMessage({ type: 'corpus:units' }).then((u) => Array.isArray(u) && setKnownUnits(u as string[])).catch(() => undefined);
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  return (
    <main style={{ font: '15px/1.6 system-ui, "Noto Sans CJK SC", sans-serif', maxWidth: '720px', margin: '16px auto', padding: '0 16px' }}>
      <h1>{t('appTitle')} · {t('optTitle')}</h1>
      {settings && <OptionsForm settings={settings} knownUnits={knownUnits} onSave={save} />}
      <SitesSection sites={sites} builtin={BUILTIN_SITES} request={requestSite} remove={(p) => void removeSite(p).then(loadSites).then(setSites)} />
      <ShortcutsList load={loadShortcuts} />
      <BackupSection request={backupRequest} save={(name, body) => download(name, 'application/json;charset=utf-8', body)} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
