/**
 * A Vite plugin for the every-page gate's build only (entrypoints/content): `browser` there is the
 * browser's own API (Firefox's `browser`, Chrome's promise-returning `chrome`) instead of
 * webextension-polyfill. The polyfill's CommonJS interop copies every `chrome` namespace onto a module
 * object at start-up, about 1 ms on every page for a gate that needs three calls. The gate uses only
 * what both browsers do natively (promises from storage and sendMessage; `sendResponse` + `return
 * true` in onMessage). Every other bundle keeps the polyfill.
 */
import type { Plugin } from 'vite';

const GATE_ENTRY = 'entrypoints/content/index.ts';
const NATIVE = '\0backstory-native-browser';

export function gateNativeBrowser(): Plugin {
  let isGate = false;
  return {
    name: 'backstory-gate-native-browser',
    enforce: 'pre',
    options(options) {
      isGate = JSON.stringify(options.input ?? '').includes(GATE_ENTRY);
    },
    resolveId(id) {
      return isGate && id === 'webextension-polyfill' ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'const g = globalThis;\nexport default g.browser?.runtime?.id ? g.browser : g.chrome;\n';
    },
  };
}
