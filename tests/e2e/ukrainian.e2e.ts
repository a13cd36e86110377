/**
 * The interface in Ukrainian, end to end in Chromium with the built extension (uiLanguage 'uk' in the
 * stored settings): the sidebar, the popup and a card show no English interface words; the only English
 * left is dataset text that has no Ukrainian version yet, marked lang="en" (and the article's own
 * headline and citation). Detection's evidence is in Ukrainian, dates are in the one Ukrainian format
 * (Intl.DateTimeFormat), and the dataset's Ukrainian texts (the main cast, the story) are shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../core/messages/page-state';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../core/settings';
import { axeViolations } from './support/axe';
import { expectTrumpCardInUkrainian } from './support/card-checks';
import { mentionBox, probeCardWords } from './support/card-probes';
import {
  type ChromiumSession,
  getPageState,
  launchChromium,
  saveDocsScreenshot,
  storageSet,
  tabIdOf,
} from './support/chromium';
import { englishWords, UK_DATE } from './support/english-words';
import { pollUntil } from './support/fixtures';
import { type IsolatedWorld, isolatedWorld } from './support/isolated-world';

describe('the interface in Ukrainian (Chromium)', () => {
  let ext: ChromiumSession;
  let story: Page;
  let state: PageState;

  beforeAll(async () => {
    ext = await launchChromium({ extension: true });
    await storageSet(ext, {
      [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), uiLanguage: 'uk' },
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
    ({ page: story } = await ext.openFixture('story-en-ap'));
    state = await getPageState(story, { until: (s) => s.story !== null && s.mentions.length > 0 });
  }, 90_000);

  afterAll(async () => {
    await ext?.close();
  });

  describe('the sidebar', () => {
    let sidebar: Page;

    beforeAll(async () => {
      const tabId = await tabIdOf(story);
      sidebar = await ext.context.newPage();
      await sidebar.setViewportSize({ width: 420, height: 900 });
      await sidebar.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
      await sidebar.waitForSelector('[data-entity-id]');
    });

    it('has no English interface words; dataset English is marked lang="en"', async () => {
      expect(await sidebar.getAttribute('html', 'lang')).toBe('uk');
      expect(await sidebar.evaluate(englishWords)).toEqual([]);
      // Its own words, and the dataset's Ukrainian texts where they exist.
      await expect(sidebar.textContent('#this-page-heading')).resolves.toBe('Ця сторінка');
      await expect(sidebar.textContent('.detection')).resolves.toContain('Історію розпізнано');
      await expect(sidebar.textContent('[data-entity-id="donald-trump"] .entity-name')).resolves.toBe('Дональд Трамп');
      expect(await sidebar.getAttribute('[data-entity-id="donald-trump"] .entity-name', 'lang')).toBeNull();
      await expect(sidebar.textContent('.story-title')).resolves.toBe('Угода між США та Україною про корисні копалини');
      expect(await sidebar.getAttribute('.summary', 'lang')).toBeNull();
      // Dataset text with no Ukrainian version yet: the English, marked.
      const untranslated = await sidebar.$$eval('.event-detail [lang="en"]', (els) => els.length);
      expect(untranslated).toBeGreaterThan(0);
    });

    it('gives the evidence in Ukrainian (message keys translated where shown)', async () => {
      const lines = await sidebar.$$eval('.detection .evidence li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(lines).toHaveLength(state.story?.evidence.length ?? -1);
      expect(lines.join(' ')).toMatch(/Згадує: угода про корисні копалини \(\d+×\)/);
      expect(lines.join(' ')).toContain('Опубліковано 28 лютого 2025 р.');
      for (const line of lines) expect(line).not.toMatch(/\b(Mentions|Names|Uses|Published|headline)\b/);
    });

    it('writes every date in one Ukrainian format', async () => {
      await expect(sidebar.textContent('.article-date time')).resolves.toBe('28 лютого 2025 р.');
      const dates = await sidebar.$$eval(
        '.reviewed time, .timeline-event time, .facts time, .entity-checked time',
        (ts) => ts.map((t) => t.textContent ?? ''),
      );
      expect(dates.length).toBeGreaterThan(20);
      for (const date of dates) expect(date).toMatch(UK_DATE);
      // A figure shows the date its own facts were checked (its asOf), not the review's.
      const checked = await sidebar.$$eval('[data-figure-id]', (els) =>
        els.map((el) => el.querySelector('.facts time')?.getAttribute('datetime')),
      );
      expect(checked.every(Boolean)).toBe(true);
    });

    it('filters by the Ukrainian name', async () => {
      await sidebar.fill('#entity-filter', 'трамп');
      const ids = await sidebar.$$eval('[data-entity-id]', (bs) => bs.map((b) => b.getAttribute('data-entity-id')));
      // Trump, and his claims whose Ukrainian names name him ("Заява Трампа…").
      expect(ids).toContain('donald-trump');
      for (const id of ids) expect(id).toMatch(/trump/);
      await expect(sidebar.textContent('#entity-filter-count')).resolves.toMatch(
        new RegExp(`^Показано ${ids.length} з \\d+$`),
      );
      await sidebar.fill('#entity-filter', '');
    });

    it('passes axe, and takes the Ukrainian screenshot for the docs', async () => {
      expect(await axeViolations(sidebar)).toEqual([]);
      await sidebar.evaluate(() => window.scrollTo(0, 0));
      await sidebar.mouse.move(0, 0);
      await sidebar.emulateMedia({ colorScheme: 'light' });
      saveDocsScreenshot('sidebar-uk.png', await sidebar.screenshot({ fullPage: false }));
    });
  });

  it('the popup has no English interface words: the reason line is the evidence in Ukrainian', async () => {
    const tabId = await tabIdOf(story);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="mentions"]').waitFor();
    await popup.locator('[data-testid="reason"]').waitFor();
    expect(await popup.evaluate(englishWords)).toEqual([]);
    const reason = (await popup.textContent('[data-testid="reason"]')) ?? '';
    expect(reason).toMatch(/^Чому: /);
    expect(reason).not.toContain('(англійською)');
    // The emphasis picker names entities in Ukrainian where the dataset can.
    await popup.locator('[data-testid="emphasis-picker"] summary').click();
    expect(await popup.evaluate(englishWords)).toEqual([]);
    await expect(popup.locator('[data-testid="emphasis-picker"]').textContent()).resolves.toContain('Дональд Трамп');
    await popup.close();
  });

  describe('a card', () => {
    let world: IsolatedWorld;

    beforeAll(async () => {
      world = await isolatedWorld(story, ext.extensionId as string);
    });

    afterAll(async () => {
      await world?.detach();
    });

    it("shows the dataset's Ukrainian texts unmarked, and its dates in the Ukrainian format", async () => {
      await story.bringToFront();
      await story.mouse.move(4, 4);
      const box = await world.evaluate(mentionBox, { entityId: 'donald-trump', top: true });
      await story.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      const card = await pollUntil(
        () => world.evaluate(probeCardWords, null),
        (c) => c?.entity === 'donald-trump',
        { timeoutMs: 5000, intervalMs: 50, what: "Trump's card" },
      );
      expectTrumpCardInUkrainian(card);
      expect([card?.summaryLang, card?.marker]).toEqual([null, '']);
    });
  });
});
