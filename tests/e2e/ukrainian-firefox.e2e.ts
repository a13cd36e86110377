/**
 * The interface in Ukrainian in Firefox ESR (the built add-on, uiLanguage 'uk' in the stored settings):
 * the sidebar (its pop-out route, sidepanel.html?tab=ID, the page Firefox's sidebar shows) and the popup
 * show no English interface words, the evidence and the dates are Ukrainian, and the timeline marks only
 * the events the article names or is dated within. The same checks as ukrainian.e2e.ts in Chromium.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../core/messages/page-state';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../core/settings';
import { englishWords, UK_DATE } from './support/english-words';
import {
  type FirefoxSession,
  firefoxPageState,
  firefoxStorageSet,
  firefoxTabId,
  launchFirefox,
} from './support/firefox';
import { pollUntil } from './support/fixtures';

describe('the interface in Ukrainian (Firefox)', () => {
  let ff: FirefoxSession;
  let story: Page;
  let state: PageState;

  const openFor = async (file: string, viewport: { width: number; height: number }, window = false) => {
    const tabId = await firefoxTabId(ff, story);
    const { page } = await ff.openExtensionPage(`${file}?tab=${tabId}`, { window });
    await page.setViewport(viewport);
    return page;
  };

  beforeAll(async () => {
    ff = await launchFirefox();
    await firefoxStorageSet(ff, {
      [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), uiLanguage: 'uk' },
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
    ({ page: story } = await ff.openFixture('story-en-ap'));
    state = await firefoxPageState(ff, story, { until: (s) => s.story !== null && s.mentions.length > 0 });
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
  });

  it('the sidebar: no English interface words, the evidence and dates in Ukrainian, the timeline marked by name or date', async () => {
    const sidebar = await openFor('sidepanel.html', { width: 420, height: 900 }, true);
    await pollUntil(
      () => sidebar.evaluate(() => document.querySelectorAll('[data-entity-id]').length),
      (n) => n > 0,
      { timeoutMs: 10_000, what: 'the sidebar entities' },
    );
    expect(await sidebar.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await sidebar.evaluate(englishWords)).toEqual([]);
    const seen = await sidebar.evaluate(() => ({
      heading: document.querySelector('#this-page-heading')?.textContent,
      trump: document.querySelector('[data-entity-id="donald-trump"] .entity-name')?.textContent,
      evidence: [...document.querySelectorAll('.detection .evidence li')].map((li) => li.textContent ?? ''),
      articleDate: document.querySelector('.article-date time')?.textContent,
      dates: [...document.querySelectorAll('.reviewed time, .timeline-event time, .facts time')].map(
        (t) => t.textContent ?? '',
      ),
      marked: [...document.querySelectorAll('.timeline-event[data-mentioned="true"] time')].map((t) =>
        t.getAttribute('datetime'),
      ),
    }));
    expect(seen.heading).toBe('Ця сторінка');
    expect(seen.trump).toBe('Дональд Трамп');
    expect(seen.evidence).toHaveLength(state.story?.evidence.length ?? -1);
    expect(seen.evidence.join(' ')).toMatch(/Згадує: угода про корисні копалини \(\d+×\)/);
    expect(seen.articleDate).toBe('28 лютого 2025 р.');
    expect(seen.dates.length).toBeGreaterThan(20);
    for (const date of seen.dates) expect(date).toMatch(UK_DATE);
    // The Oval Office meeting (named, and the article's date); not the Alaska summit, the Vatican
    // meeting or the signing two months later, though the article names people who took part in them.
    expect(seen.marked).toContain('2025-02-28');
    for (const date of ['2025-08-15', '2025-04-26', '2025-04-30']) expect(seen.marked).not.toContain(date);
    expect(seen.marked.length).toBeLessThanOrEqual(5);
    await sidebar.close();
  });

  it('the popup: no English interface words, the reason line in Ukrainian', async () => {
    const popup = await openFor('popup.html', { width: 360, height: 600 });
    await pollUntil(
      () => popup.evaluate(() => document.querySelector('[data-testid="reason"]')?.textContent ?? ''),
      (text) => text.length > 0,
      { timeoutMs: 10_000, what: 'the reason line' },
    );
    expect(await popup.evaluate(englishWords)).toEqual([]);
    const reason = await popup.evaluate(() => document.querySelector('[data-testid="reason"]')?.textContent ?? '');
    expect(reason).toMatch(/^Чому: /);
    expect(reason).not.toContain('(англійською)');
    await popup.close();
  });
});
