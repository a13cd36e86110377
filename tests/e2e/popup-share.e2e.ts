/**
 * The popup's sharing buttons on a story page (popup.html?tab=ID runs the toolbar popup's code):
 * the share link and the context pack reach the clipboard, and the handout opens for the tab.
 */
import { Lexer } from 'marked';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeShareHash } from '../../core/share/payload';
import { type ChromiumSession, getPageState, launchChromium, tabIdOf } from './support/chromium';

let ext: ChromiumSession;

beforeAll(async () => {
  ext = await launchChromium({ extension: true });
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}, 60_000);

afterAll(async () => {
  await ext?.close();
});

async function openPopupFor(page: Page) {
  const tabId = await tabIdOf(page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Copy share link' }).waitFor();
  return popup;
}

describe('popup sharing on a story page', () => {
  it('copies a share link, a context pack, and opens the handout', async () => {
    const { page, entry } = await ext.openFixture('story-en-ap');
    await getPageState(page, { until: (s) => s.story !== null });
    const popup = await openPopupFor(page);

    await popup.getByRole('button', { name: 'Copy share link' }).click();
    await popup.getByText('Share link copied.').waitFor();
    const link = await popup.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${entry.url}#bs=`)).toBe(true);
    const decoded = await decodeShareHash(new URL(link).hash);
    expect(decoded.ok).toBe(true);

    await popup.getByRole('button', { name: 'Copy context pack' }).click();
    await popup.getByText(/Context pack copied/).waitFor();
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    const headings = new Lexer().lex(markdown).filter((t) => t.type === 'heading');
    expect(headings.length).toBeGreaterThan(2);
    expect(markdown).toContain(entry.url);

    const handoutOpened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('handout.html') });
    await popup.getByRole('button', { name: 'Make a handout' }).click();
    const handout = await handoutOpened;
    await handout.waitForSelector('mark');
    expect(await handout.locator('mark').count()).toBeGreaterThan(5);
    await Promise.all([page.close(), popup.close(), handout.close()]);
  });
});
