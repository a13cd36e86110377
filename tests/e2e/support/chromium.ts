/**
 * Drives Debian's Chromium (headless) with playwright-core, with or without the built extension
 * (.output/chrome-mv3). Every request is answered from disk or aborted: fixture pages are served at
 * their manifest URL (so the extension's real match patterns apply), nothing reaches the network.
 *
 * Environment:
 * - CHROMIUM_PATH: the browser binary (default /usr/bin/chromium).
 * - BACKSTORY_CHROME_EXT: the built extension to load (default .output/chrome-mv3; see fixtures.ts).
 * - UPDATE_SCREENSHOTS=1: suites that take screenshots for the docs (cards, settings, sidebar) write
 *   them into docs/screenshots/ (see saveDocsScreenshot). Without it the screenshots are still taken but
 *   nothing is written, so an ordinary test run leaves the work tree clean. To refresh them:
 *   `UPDATE_SCREENSHOTS=1 npx vitest run --config vitest.e2e.config.ts tests/e2e/cards.e2e.ts` (and so on).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { PageState } from '../../../core/messages/page-state';
import {
  builtExtensionProblems,
  CHROME_EXTENSION,
  type FixtureEntry,
  fixture,
  fixtureHtml,
  HOST_SELECTOR,
  loadStaticAssets,
  pollUntil,
  ROOT,
  STRICT_CSP,
  stripHash,
} from './fixtures';
import { backstoryHighlights } from './highlights';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether screenshots for the docs are written (UPDATE_SCREENSHOTS=1; see the comment at the top). */
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

/** Writes `png` to docs/screenshots/`name` when UPDATE_SCREENSHOTS=1; otherwise does nothing. */
export function saveDocsScreenshot(name: string, png: Buffer): void {
  if (!UPDATE_SCREENSHOTS) return;
  const dir = path.join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), png);
}

/** A quiet headless Chromium that reaches nothing by itself (shared with scripts/bench). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Loads the unpacked extension in `dir`, and no other. */
export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

export interface Served {
  body: string | Buffer;
  contentType?: string;
  csp?: string;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Page JavaScript (default true). The extension's scripts run either way. */
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  entry: FixtureEntry;
  /** Uncaught exceptions in the page (page.on('pageerror')). */
  pageErrors: string[];
  /** Every console message of the page, as "type: text". */
  console: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  withExtension: boolean;
  extensionId: string | null;
  /** Serves `served` at `url` (exact, fragment ignored) from now on. */
  serve(url: string, served: Served): void;
  /** Opens a manifest fixture at its URL, optionally under the strict CSP, and waits for `load`. */
  openFixture(name: string, options?: { csp?: boolean | string }): Promise<OpenedPage>;
  /** Opens whatever is served at `url`, collecting errors and console messages. */
  open(url: string): Promise<{ page: Page; pageErrors: string[]; console: string[] }>;
  serviceWorker(): Promise<Worker>;
  /** URLs the browser asked for that were not served (aborted). */
  blocked: string[];
  close(): Promise<void>;
}

/** The part of the extension API the service-worker snippets below use (they run inside the extension). */
declare const chrome: {
  tabs: {
    query(query: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

const sessions = new WeakMap<BrowserContext, ChromiumSession>();

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const withExtension = options.extension ?? true;
  if (withExtension) {
    const problems = builtExtensionProblems(CHROME_EXTENSION);
    if (problems.length) throw new Error(`Cannot load ${CHROME_EXTENSION}: ${problems.join('; ')}`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'backstory-chromium-'));
  const args = [
    ...CHROMIUM_ARGS,
    '--disable-dev-shm-usage',
    ...(withExtension ? extensionArgs(CHROME_EXTENSION) : ['--disable-extensions']),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });

  const served = new Map<string, Served>(loadStaticAssets());
  const blocked: string[] = [];

  await context.route('**/*', async (route) => {
    // The extension's own pages and files are not network requests: let them through.
    if (route.request().url().startsWith('chrome-extension:')) return route.continue();
    const url = stripHash(route.request().url());
    const hit = served.get(url);
    if (!hit) {
      blocked.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': hit.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (hit.csp) headers['content-security-policy'] = hit.csp;
    await route.fulfill({ status: 200, headers, body: hit.body });
  });

  let extensionId: string | null = null;
  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    });
  };
  if (withExtension) {
    const sw = await findWorker().catch(async (error) => {
      await context.close().catch(() => {});
      throw new Error(`The extension in ${CHROME_EXTENSION} did not start (no service worker): ${String(error)}`);
    });
    extensionId = new URL(sw.url()).host;
  }

  const open = async (url: string) => {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleMessages: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    page.on('console', (msg) => consoleMessages.push(`${msg.type()}: ${msg.text()}`));
    await page.goto(url, { waitUntil: 'load' });
    return { page, pageErrors, console: consoleMessages };
  };

  const session: ChromiumSession = {
    context,
    withExtension,
    extensionId,
    blocked,
    serve(url, s) {
      served.set(stripHash(url), s);
    },
    async openFixture(name, opts = {}) {
      const entry = fixture(name);
      const csp = opts.csp === true ? STRICT_CSP : opts.csp || undefined;
      served.set(entry.url, { body: fixtureHtml(entry), csp });
      const opened = await open(entry.url);
      return { ...opened, entry };
    },
    open,
    async serviceWorker() {
      if (!withExtension) throw new Error('This session has no extension');
      return findWorker();
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  sessions.set(context, session);
  return session;
}

function sessionOf(page: Page): ChromiumSession {
  const s = sessions.get(page.context());
  if (!s) throw new Error('Page does not belong to a launchChromium() session');
  return s;
}

/** The id of the tab showing `page` (found by its URL), from the extension's service worker. */
export async function tabIdOf(page: Page): Promise<number> {
  const sw = await sessionOf(page).serviceWorker();
  return sw.evaluate(async (url: string) => {
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }, stripHash(page.url()));
}

/**
 * Sends `message` to the content script of `page`'s tab through the service worker and returns the
 * answer. The tab is found by its URL, else (a URL the extension may not see) it is the active tab.
 */
export async function messageTab(page: Page, message: unknown): Promise<unknown> {
  const sw = await sessionOf(page).serviceWorker();
  return sw.evaluate(
    async ({ url, message }) => {
      let [tab] = await chrome.tabs.query({ url });
      if (!tab) [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url: stripHash(page.url()), message },
  );
}

/** One page-state request to the content script of `page`'s tab, through the service worker. */
export async function requestPageState(page: Page): Promise<unknown> {
  return messageTab(page, { type: 'backstory:page-state' });
}

/** The extension's chrome.storage.local (all of it, or `key`), read in its service worker. */
export async function storageGet(
  session: ChromiumSession,
  key: string | null = null,
): Promise<Record<string, unknown>> {
  const sw = await session.serviceWorker();
  return sw.evaluate((k) => chrome.storage.local.get(k), key);
}

/** Writes `values` into the extension's chrome.storage.local. */
export async function storageSet(session: ChromiumSession, values: Record<string, unknown>): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate((v) => chrome.storage.local.set(v), values as Record<string, never>);
}

/** Empties the extension's chrome.storage.local. */
export async function storageClear(session: ChromiumSession): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
}

/**
 * The content script's page state, parsed with the contract's schema. Retries until the status is
 * "done" and `until` (if given) accepts it.
 */
export async function getPageState(
  page: Page,
  { timeoutMs = 20_000, until }: { timeoutMs?: number; until?: (state: PageState) => boolean } = {},
): Promise<PageState> {
  await page.bringToFront();
  return pollUntil(
    async () => PageState.parse(await requestPageState(page)),
    (state) => state.status === 'done' && (until ? until(state) : true),
    { timeoutMs, intervalMs: 200, what: `page state of ${page.url()}` },
  );
}

/** Texts of every range in every `backstory*` highlight, in document order. */
export async function getHighlightTexts(page: Page): Promise<string[]> {
  return (await page.evaluate(backstoryHighlights)).texts;
}

/** Names of the CSS highlights (any name) currently registered in the page. */
export async function getHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    return registry ? [...registry.keys()] : [];
  });
}

/** Whether our host element is in the page. */
export async function hasHostElement(page: Page): Promise<boolean> {
  return page.evaluate((selector) => document.querySelector(selector) !== null, HOST_SELECTOR);
}

/** document.documentElement serialised, with our host element removed. */
export async function snapshotDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    // (HOST_SELECTOR, `:root > div`, matches no detached clone: its root children are compared by name.)
    for (const el of Array.from(clone.children)) if (el.localName === 'div') el.remove();
    return clone.outerHTML;
  });
}

/** A readable first difference between two strings, for failure messages. */
export function firstDifference(a: string, b: string, context = 120): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}:\n  with extension:    ${JSON.stringify(a.slice(Math.max(0, i - context), i + context))}\n  without extension: ${JSON.stringify(b.slice(Math.max(0, i - context), i + context))}`;
}
