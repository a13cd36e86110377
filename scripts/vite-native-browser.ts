/**
 * A Vite plugin for the builds of the two content scripts a page pays for before any UI (the every-page
 * gate, entrypoints/content, and the engine bundle, entrypoints/engine.content.ts): `browser` there is
 * the browser's own API (Firefox's `browser`, Chrome's promise-returning `chrome`) instead of
 * webextension-polyfill. The polyfill's CommonJS interop copies every `chrome` namespace onto a module
 * object at start-up, about 1 ms per page. Both use only what both browsers do natively (promises from
 * storage and sendMessage; `sendResponse` + `return true` in onMessage, core/messages/transport.ts). Every other
 * bundle keeps the polyfill.
 */
import type { Plugin } from 'vite';

const NATIVE_ENTRIES = ['entrypoints/content/index.ts', 'entrypoints/engine.content.ts'];
const NATIVE = '\0backstory-native-browser';

export function nativeBrowserForContentScripts(): Plugin {
  let native = false;
  return {
    name: 'backstory-native-browser',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      native = NATIVE_ENTRIES.some((entry) => input.includes(entry));
    },
    resolveId(id) {
      return native && id === 'webextension-polyfill' ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'const g = globalThis;\nexport default g.browser?.runtime?.id ? g.browser : g.chrome;\n';
    },
  };
}
