/**
 * Backstory makes no network requests. Every request the browser makes is recorded (the harness
 * answers fixture URLs from disk and aborts everything else) while the extension works: story pages
 * annotated, a card opened by hovering, the popup, the sidebar and the options page. The same pages
 * are loaded in a browser without the extension; any request the extension run makes that the plain
 * run does not (other than to its own chrome-extension:// files) fails the test.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChromiumSession, getPageState, launchChromium, tabIdOf } from './support/chromium';
import { stripHash } from './support/fixtures';
import { hoverFirstMention } from './support/hover-mention';

const PAGES = ['story-en-ap', 'story-en-signing', 'story-uk', 'nearmiss-greenland'];

let ext: ChromiumSession;
let plain: ChromiumSession;
const extRequests: string[] = [];
const plainRequests: string[] = [];

const record = (list: string[]) => (request: Request) => list.push(`${request.method()} ${stripHash(request.url())}`);

beforeAll(async () => {
  ext = await launchChromium({ extension: true });
  plain = await launchChromium({ extension: false });
  ext.context.on('request', record(extRequests));
  plain.context.on('request', record(plainRequests));
  // Requests made by the service worker itself.
  (await ext.serviceWorker()).on?.('request' as never, record(extRequests) as never);
}, 90_000);

afterAll(async () => {
  await ext?.close();
  await plain?.close();
});

async function extensionPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForTimeout(1500);
  return page;
}

it('makes no requests of its own while annotating, showing cards, the popup, sidebar and options', async () => {
  for (const name of PAGES) {
    const { page } = await ext.openFixture(name);
    const state = await getPageState(page);
    if (state.mentions.length) expect(await hoverFirstMention(page)).toBe(true);
    const tabId = await tabIdOf(page);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    const sidebar = await extensionPage(`sidepanel.html?tab=${tabId}`);
    await popup.close();
    await sidebar.close();

    const { page: p2 } = await plain.openFixture(name);
    await p2.waitForTimeout(1500);
  }
  const options = await extensionPage('options.html');
  await options.close();

  const ours = extRequests.filter((r) => !/^\w+ chrome-extension:\/\//.test(r) && !/^\w+ (data|blob):/.test(r));
  const pageOwn = new Set(plainRequests);
  const extra = ours.filter((r) => !pageOwn.has(r));
  expect(extra).toEqual([]);
  // The recording works: the extension run's page loads are in it.
  expect(extRequests.some((r) => r.startsWith('GET https://apnews.com/'))).toBe(true);
  const ownBlocked = ext.blocked.filter((u) => !u.startsWith('chrome-extension://') && !plain.blocked.includes(u));
  expect(ownBlocked).toEqual([]);
});
