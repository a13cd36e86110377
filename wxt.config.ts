import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The context behind the U.S.–Ukraine minerals deal story, inline on the news page you are reading.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'backstory@example.org', strict_min_version: '128.0' } } : undefined,
  }),
});
