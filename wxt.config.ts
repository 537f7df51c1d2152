import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { localeFile } from './lib/i18n/messages';
import { buildCorpusIndex } from './lib/corpus/build-index';
import { readSeeds } from './scripts/seed-files';

/** The corpus index, generated from seeds/ at build time (never committed): `import index from 'virtual:policylens-corpus'`. */
function corpusIndexPlugin(): Plugin {
  const id = 'virtual:policylens-corpus';
  return {
    name: 'policylens-corpus-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      for (const seed of readSeeds()) this.addWatchFile(`seeds/${seed.file}`);
      const json = JSON.stringify(buildCorpusIndex(readSeeds()));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact(), corpusIndexPlugin()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-page toggles; sidePanel: the Chrome side panel (Firefox uses sidebar_action, no permission);
    // scripting: load Readability into a page only when it has no known content container (the content script stays small),
    // and run the same content script on the sites the reader adds (no install warning);
    // contextMenus: the 为所选文字添加批注 entry on selections (Firefox's `menus`, under its Chrome name; no install warning).
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'contextMenus'] : ['storage', 'sidePanel', 'scripting', 'contextMenus'],
    // The content script's own hosts, stated as host access too: scripting.executeScript needs it (no wider warning than the content script's).
    host_permissions: ['*://*.gov.cn/*'],
    // Sites beyond *.gov.cn: asked for one origin at a time, only when the reader adds a site in the options page.
    // MV3 has optional_host_permissions; Firefox MV2 takes host patterns in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Keyboard shortcuts (listed, and changeable, at chrome://extensions/shortcuts).
    commands: {
      'annotate-selection': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdAnnotateSelection__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'policylens@policylens.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
  hooks: {
    // UI strings live in lib/i18n/messages.ts; the _locales files are generated from it.
    'build:publicAssets': (_wxt, files) => {
      files.push(
        { relativeDest: '_locales/zh_CN/messages.json', contents: JSON.stringify(localeFile('zh'), null, 1) },
        { relativeDest: '_locales/en/messages.json', contents: JSON.stringify(localeFile('en'), null, 1) },
      );
    },
  },
});
