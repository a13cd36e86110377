/**
 * Drives Firefox ESR (headless) with puppeteer-core over WebDriver BiDi, with the built Firefox extension
 * (.output/firefox-mv2) installed as a temporary add-on. The test cannot message the content script here,
 * so results are read from the page: the CSS highlights named backstory-* and their range texts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  builtExtensionProblems,
  FIREFOX_EXTENSION,
  fixture,
  fixtureHtml,
  loadStaticAssets,
  stripHash,
} from './fixtures';
import { backstoryHighlights } from './highlights';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  openFixture(name: string): Promise<{ page: Page; pageErrors: string[] }>;
  /** Opens `url` (its fragment kept, as the reader's navigation), answered with `html`. */
  openPage(url: string, html: string): Promise<{ page: Page; pageErrors: string[] }>;
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
    },
  });
  if (extension) await browser.installExtension(FIREFOX_EXTENSION);

  const assets = loadStaticAssets();

  const openPage = async (url: string, html: string) => {
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
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
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

  return {
    browser,
    openFixture(name) {
      const entry = fixture(name);
      return openPage(entry.url, fixtureHtml(entry));
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
