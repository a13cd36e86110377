import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * DOM tests (`*.dom.test.ts`, beside the module they test) in a real browser: vitest's browser mode on
 * the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium, as the e2e suites use), headless. Nothing
 * is downloaded: `playwright` installs no browsers, and the launch names the binary.
 */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * WXT's test plugins (auto-imports, `wxt/browser` as its fake browser) without its setup module, which
 * browser mode cannot load (a virtual module as a setup file); the alias it would add is added here.
 */
const wxtPlugins = (await WxtVitest()).filter(
  (plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:extension-api-mock'),
);

export default defineConfig({
  plugins: wxtPlugins,
  resolve: {
    alias: [
      {
        find: /^wxt\/browser$/,
        replacement: fileURLToPath(new URL('./node_modules/wxt/dist/virtual/mock-browser.mjs', import.meta.url)),
      },
    ],
  },
  // No public/ to serve: the tests import what they need (core/i18n.ts imports public/_locales as modules).
  publicDir: false,
  // As in a release build (wxt.config.ts): no user timing.
  define: { __BACKSTORY_BENCH__: 'false' },
  // Its own pre-bundled dependencies, apart from the node suites'.
  cacheDir: 'node_modules/.vite-dom',
  // Pre-bundled up front: a dependency found mid-run makes Vite reload the test page.
  optimizeDeps: {
    include: ['wxt/browser', 'wxt/testing/fake-browser', '@floating-ui/dom', '@mozilla/readability', 'dompurify'],
  },
  test: {
    include: ['{core,page,components,entrypoints}/**/*.dom.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1000, height: 800 },
    },
  },
});
