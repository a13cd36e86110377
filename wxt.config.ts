import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_MATCH_PATTERNS } from './core/sites';
import { nativeBrowserForContentScripts } from './scripts/vite-native-browser';

export default defineConfig({
  // BACKSTORY_OUT_DIR: a build of its own (parallel work, see tests/e2e/support/fixtures.ts); profile builds apart.
  ...(process.env.BACKSTORY_OUT_DIR
    ? { outDir: process.env.BACKSTORY_OUT_DIR }
    : process.env.BACKSTORY_PROFILE
      ? { outDir: '.output/profile' }
      : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [nativeBrowserForContentScripts(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // Our content scripts get a context that never signals the page (page/script-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./page/script-context.ts', import.meta.url)),
        },
      ],
    },
    // BACKSTORY_PROFILE=1 keeps names readable for `scripts/bench/profile.ts`.
    build: { target: 'es2022', ...(process.env.BACKSTORY_PROFILE ? { minify: false } : {}) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Names and interface text come from public/_locales (en, uk).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Only the supported news sites: needed to load the card UI into a story page on demand.
    host_permissions: DEFAULT_MATCH_PATTERNS,
    // Sites the reader adds themselves, asked for one at a time (MV2 has no optional_host_permissions).
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Open or close the Backstory sidebar',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next marked mention and show its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous marked mention and show its card',
      },
    },
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'backstory@example.org', strict_min_version: '128.0' } } : undefined,
  }),
});
