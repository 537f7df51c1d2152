import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { localeFile } from './lib/i18n/messages';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and per-page toggles; sidePanel: the Chrome side panel (Firefox uses sidebar_action, no permission).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
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
