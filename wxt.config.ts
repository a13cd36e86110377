import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEFAULT_MATCH_PATTERNS } from './core/sites';
import { nativeBrowserForContentScripts } from './scripts/vite-native-browser';

/**
 * A benchmark build (BACKSTORY_BENCH=1, or a profile build): the content scripts write their user-timing
 * entries (`backstory:*`, read by scripts/bench). A release build has none: page scripts can read them.
 */
const BENCH = process.env.BACKSTORY_BENCH === '1' || Boolean(process.env.BACKSTORY_PROFILE);

export default defineConfig({
  // BACKSTORY_OUT_DIR: a build of its own (parallel work, see tests/e2e/support/fixtures.ts); profile and
  // benchmark builds apart, so they never stand in for a release build.
  ...(process.env.BACKSTORY_OUT_DIR
    ? { outDir: process.env.BACKSTORY_OUT_DIR }
    : process.env.BACKSTORY_PROFILE
      ? { outDir: '.output/profile' }
      : BENCH
        ? { outDir: '.output/bench' }
        : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [nativeBrowserForContentScripts(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // `if (__BACKSTORY_BENCH__)` blocks are dropped from release bundles (page/dom/build-flags.d.ts).
    define: { __BACKSTORY_BENCH__: JSON.stringify(BENCH) },
    // Our content scripts get a context that never signals the page (page/dom/script-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./page/dom/script-context.ts', import.meta.url)),
        },
      ],
    },
    // BACKSTORY_PROFILE=1 keeps names readable for `scripts/bench/profile.ts`.
    build: { target: 'es2022', ...(process.env.BACKSTORY_PROFILE ? { minify: false } : {}) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Names and interface text come from public/_locales (en, uk); the manifest's own words (name,
    // description, the shortcuts' descriptions) in the browser's language.
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
    // The notes frame (entrypoints/notes-frame): a content script frames it so that note text never
    // enters the page's document. Only that page; it shows nothing unless our content script connects.
    web_accessible_resources:
      manifestVersion === 2
        ? ['notes-frame.html']
        : [{ resources: ['notes-frame.html'], matches: ['https://*/*', 'http://*/*'] }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdToggleSidebar__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousMention__',
      },
    },
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'backstory@example.org', strict_min_version: '128.0' } } : undefined,
  }),
});
