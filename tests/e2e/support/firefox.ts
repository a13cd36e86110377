/**
 * Drives Firefox ESR (headless) with puppeteer-core over WebDriver BiDi, with the built Firefox extension
 * (.output/firefox-mv2) installed as a temporary add-on under a fixed moz-extension UUID (the pref
 * `extensions.webextensions.uuids`), so a test can open the extension's own pages (popup, sidebar,
 * options, handout) at known addresses. WebDriver BiDi cannot reach the extension's background or its
 * content scripts' world, so the session keeps one extension page (the options page) open as its
 * driver: from there it reads and seeds `browser.storage.local`, finds tabs, messages content scripts
 * and runs code in a tab's content-script world with `tabs.executeScript` (support/isolated-world.ts's
 * interface, so the closed shadow root can be read as in Chromium).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PageState } from '../../../core/messages/page-state';
import {
  builtExtensionProblems,
  FIREFOX_EXTENSION,
  fixture,
  fixtureHtml,
  loadStaticAssets,
  pollUntil,
  STRICT_CSP,
  stripHash,
} from './fixtures';
import { backstoryHighlights } from './highlights';
import type { IsolatedWorld } from './isolated-world';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Our add-on's id (wxt.config.ts) and the moz-extension UUID the tests give it. */
export const FIREFOX_ADDON_ID = 'backstory@example.org';
export const FIREFOX_EXTENSION_UUID = '6d1e4b1a-5c3f-4e2a-9b7d-0b5a5f1e2c3d';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>`: the extension's pages are under it. */
  extensionOrigin: string;
  /**
   * Opens an extension page (`popup.html?tab=3`…) in a tab of its own (in the background, or in a window
   * of its own, beside the page it serves, as the sidebar's "Pop out") and waits for `load`.
   */
  openExtensionPage(
    pathAndQuery: string,
    options?: { background?: boolean; window?: boolean },
  ): Promise<{ page: Page; pageErrors: string[] }>;
  /**
   * Evaluates `fn(arg)` in the session's driver page (an extension page: `browser.*` is there) and
   * returns its JSON value.
   */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens a manifest fixture at its URL (optionally under the strict CSP, or a policy of its own). */
  openFixture(name: string, options?: { csp?: boolean | string }): Promise<{ page: Page; pageErrors: string[] }>;
  /** Opens `url` (its fragment kept, as the reader's navigation), answered with `html`. */
  openPage(url: string, html: string, options?: { csp?: string }): Promise<{ page: Page; pageErrors: string[] }>;
  close(): Promise<void>;
}

export async function launchFirefox({ extension = true } = {}): Promise<FirefoxSession> {
  if (extension) {
    const problems = builtExtensionProblems(FIREFOX_EXTENSION);
    if (problems.length) throw new Error(`Cannot load ${FIREFOX_EXTENSION}: ${problems.join('; ')}`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'backstory-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    extraPrefsFirefox: {
      // No network beyond what the test serves; no first-run noise.
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      // Our add-on gets this UUID when it is installed (the pref is read then).
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  if (extension) await browser.installExtension(FIREFOX_EXTENSION);

  const assets = loadStaticAssets();

  const openPage = async (url: string, html: string, options: { csp?: string } = {}) => {
    const served = stripHash(url);
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String((error as Error)?.message ?? error)));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      // The extension's own pages (the notes frame) come from the add-on, not the network.
      if (request.url().startsWith('moz-extension:')) {
        void request.continue();
        return;
      }
      const asked = stripHash(request.url());
      if (asked === served) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: options.csp ? { 'content-security-policy': options.csp } : {},
          body: html,
        });
        return;
      }
      const asset = assets.get(asked);
      if (asset) {
        void request.respond({ status: 200, contentType: asset.contentType, body: asset.body });
        return;
      }
      void request.abort('blockedbyclient');
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, pageErrors };
  };

  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const openExtensionPage = async (pathAndQuery: string, options: { background?: boolean; window?: boolean } = {}) => {
    const page = await browser.newPage(
      options.window ? { type: 'window', background: options.background } : { background: options.background },
    );
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String((error as Error)?.message ?? error)));
    // WebDriver BiDi will not navigate to a moz-extension: address (nor report one: page.url() keeps
    // the last web address), but a page may: first to our one web-accessible page (the notes frame),
    // from there (our origin) to any page of ours.
    for (const url of [
      `${extensionOrigin}/notes-frame.html`,
      `${extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`,
    ]) {
      await page.evaluate((u: string) => {
        location.href = u;
      }, url);
      await pollUntil(
        () => page.evaluate(() => ({ href: location.href, ready: document.readyState })),
        (at) => at.href === url && at.ready === 'complete',
        { timeoutMs: 10_000, intervalMs: 50, what: `the extension page ${url}` },
      );
    }
    return { page, pageErrors };
  };
  let driver: Promise<Page> | undefined;
  const driverPage = () => {
    // (In the background: the driver never takes the foreground from the page under test.)
    driver ??= openExtensionPage('options.html', { background: true }).then(async ({ page }) => {
      await pollUntil(
        () => page.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object'),
        Boolean,
        { timeoutMs: 10_000, what: 'the extension API in the driver page' },
      );
      return page;
    });
    return driver;
  };

  return {
    browser,
    extensionOrigin,
    openExtensionPage,
    async inExtension(fn, arg) {
      const page = await driverPage();
      return page.evaluate(fn as never, arg as never) as never;
    },
    openFixture(name, options = {}) {
      const entry = fixture(name);
      const csp = options.csp === true ? STRICT_CSP : options.csp || undefined;
      return openPage(entry.url, fixtureHtml(entry), { csp });
    },
    openPage,
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every backstory-* highlight in the page: its name and its ranges' texts, in document order. */
export async function getHighlights(page: Page): Promise<{ names: string[]; texts: string[] }> {
  return page.evaluate(backstoryHighlights);
}

/** The part of the WebExtension API the driver-page snippets below use (they run in an extension page). */
interface DriverApi {
  tabs: {
    query(query: { url?: string; active?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    executeScript(tabId: number, details: { code: string; frameId?: number }): Promise<unknown[]>;
  };
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
}
declare const browser: DriverApi;

/** The id of the tab showing `page` (found by its URL, without the fragment), from the driver page. */
export async function firefoxTabId(ff: FirefoxSession, page: Page): Promise<number> {
  return pollUntil(
    () =>
      ff.inExtension(async (url: string) => {
        const tabs = (await browser.tabs.query({})).filter((t) => t.url !== undefined && t.url.split('#')[0] === url);
        // (Two tabs at one address: which one the test means cannot be told from here.)
        if (tabs.length > 1) return -1;
        if (tabs[0]?.id === undefined) throw new Error(`no tab for ${url}`);
        return tabs[0].id;
      }, stripHash(page.url())),
    (id) => typeof id === 'number' && id >= 0,
    { timeoutMs: 5_000, what: `the one tab at ${page.url()} (two tabs at one address are ambiguous)` },
  );
}

/** Sends `message` to the content script of `page`'s tab (its top frame) and returns the answer. */
export async function firefoxMessageTab(ff: FirefoxSession, page: Page, message: unknown): Promise<unknown> {
  const tabId = await firefoxTabId(ff, page);
  return ff.inExtension(({ tabId, message }) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }), {
    tabId,
    message,
  });
}

/** The content script's page state (status "done" and `until`, if given), parsed with the contract's schema. */
export async function firefoxPageState(
  ff: FirefoxSession,
  page: Page,
  { timeoutMs = 20_000, until }: { timeoutMs?: number; until?: (state: PageState) => boolean } = {},
): Promise<PageState> {
  return pollUntil(
    async () => PageState.parse(await firefoxMessageTab(ff, page, { type: 'backstory:page-state' })),
    (state) => state.status === 'done' && (until ? until(state) : true),
    { timeoutMs, intervalMs: 200, what: `page state of ${page.url()} (Firefox)` },
  );
}

/** The extension's storage.local (all of it, or `key`). */
export function firefoxStorageGet(ff: FirefoxSession, key: string | null = null): Promise<Record<string, unknown>> {
  return ff.inExtension((k) => browser.storage.local.get(k), key);
}

/** Writes `values` into the extension's storage.local. */
export function firefoxStorageSet(ff: FirefoxSession, values: Record<string, unknown>): Promise<void> {
  return ff.inExtension((v) => browser.storage.local.set(v), values);
}

/** Empties the extension's storage.local. */
export function firefoxStorageClear(ff: FirefoxSession): Promise<void> {
  return ff.inExtension(() => browser.storage.local.clear(), null);
}

/**
 * The extension's content-script world of `page`'s top frame, reached with `tabs.executeScript` from
 * the driver page: Firefox runs that code in the same sandbox as our content scripts, so the PageApi
 * global (and through it our closed shadow root) is there, as in Chromium's isolated world.
 */
export async function firefoxIsolatedWorld(ff: FirefoxSession, page: Page): Promise<IsolatedWorld> {
  const tabId = await firefoxTabId(ff, page);
  const run = async (code: string) => {
    const [value] = await ff.inExtension(
      async ({ tabId, code }) => {
        try {
          return await browser.tabs.executeScript(tabId, { code, frameId: 0 });
        } catch (error) {
          return [{ __error: String((error as Error)?.message ?? error) }];
        }
      },
      { tabId, code },
    );
    const failed = value as { __error?: string } | undefined;
    if (failed && typeof failed === 'object' && typeof failed.__error === 'string') {
      throw new Error(`content-script world: ${failed.__error}`);
    }
    return value;
  };
  return {
    async evaluate(fn, arg) {
      // (The value goes back through structured cloning and JSON: plain data only, as in Chromium.)
      return (await run(
        `Promise.resolve((${fn.toString()})(${JSON.stringify(arg)})).then((v) => v === undefined ? null : JSON.parse(JSON.stringify(v)))`,
      )) as never;
    },
    async evaluateSource(source) {
      await run(`${source}\n;undefined`);
    },
    async detach() {},
  };
}
