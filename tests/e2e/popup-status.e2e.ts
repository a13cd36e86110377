/**
 * The popup's status where there is nothing to annotate, end to end in Chromium (popup.html?tab=ID runs
 * the toolbar popup's code): a page that is not the story says why — the one or two reasons that decided
 * it, in plain words and in the interface language (English and Ukrainian) — and the popup opened with
 * no tab to act on (its page on its own, or a tab that is gone) says how it is used. axe-core on each.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../core/i18n';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../core/settings';
import { reasonText, whyNotStory } from '../../entrypoints/popup/why-not';
import { axeViolations } from './support/axe';
import { type ChromiumSession, getPageState, storageClear, storageSet, tabIdOf } from './support/chromium';
import { chromiumForSuite } from './support/suite';

let ext: ChromiumSession;

chromiumForSuite((session) => {
  ext = session;
});

beforeEach(async () => {
  await storageClear(ext);
});

async function openPopup(query: string): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 480 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`);
  await popup.waitForSelector('[data-testid="status"]');
  return popup;
}

/** The popup's status once it has read the page (it says "Reading this page…" until then). */
async function settledStatus(popup: Page, scanning: string): Promise<string> {
  const status = popup.getByTestId('status');
  await popup.waitForFunction(
    (text) => {
      const el = document.querySelector('[data-testid="status"]');
      return el !== null && el.textContent !== text;
    },
    scanning,
    { timeout: 10_000 },
  );
  return (await status.textContent()) ?? '';
}

describe('the popup on a page that is not the story', () => {
  it('says why a page the gate turned away is not the story', async () => {
    const { page } = await ext.openFixture('unrelated-en');
    const state = await getPageState(page);
    expect(state.story).toBeNull();
    expect(state.weighed).toBeUndefined();
    const popup = await openPopup(`?tab=${await tabIdOf(page)}`);
    expect(await settledStatus(popup, 'Reading this page…')).toBe('Not detected as the minerals deal story.');
    await popup.getByTestId('reason').waitFor();
    expect(await popup.getByTestId('reason').textContent()).toBe(
      'Why: The article names Ukraine or Ukraine’s leaders fewer than 2 times.',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  for (const name of ['nearmiss-impeachment-2019', 'nearmiss-alaska-2025']) {
    it(`says why ${name} is not the story: the rules detection applied, then its score`, async () => {
      const { page } = await ext.openFixture(name);
      const state = await getPageState(page);
      expect(state.story).toBeNull();
      expect(state.weighed, 'the engine weighed this page').toBeDefined();
      const reasons = whyNotStory(state);
      expect(reasons.length).toBeGreaterThanOrEqual(1);
      expect(reasons.length).toBeLessThanOrEqual(2);
      const words = reasons.map((r) => reasonText(r, translatorFor('en'))).join(' ');
      const popup = await openPopup(`?tab=${await tabIdOf(page)}`);
      expect(await settledStatus(popup, 'Reading this page…')).toBe('Not detected as the minerals deal story.');
      await popup.getByTestId('reason').waitFor();
      expect(await popup.getByTestId('reason').textContent()).toBe(`Why: ${words}`);
      if (name === 'nearmiss-impeachment-2019')
        expect(words).toMatch(/^It was published on [A-Z][a-z]+ \d{1,2}, 2019, before the story began\./);
      expect(await axeViolations(popup)).toEqual([]);
      await Promise.all([popup.close(), page.close()]);
    });
  }

  it('says it in Ukrainian when the interface is Ukrainian', async () => {
    await storageSet(ext, {
      [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), uiLanguage: 'uk' },
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
    const { page } = await ext.openFixture('unrelated-en');
    await getPageState(page);
    const popup = await openPopup(`?tab=${await tabIdOf(page)}`);
    expect(await settledStatus(popup, 'Читаю сторінку…')).toBe(
      'Не визначено як історію про угоду щодо корисних копалин.',
    );
    await popup.getByTestId('reason').waitFor();
    expect(await popup.getByTestId('reason').textContent()).toBe(
      'Чому: Україну чи її керівників у статті названо менше ніж 2 рази.',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the popup with no tab to act on', () => {
  for (const [what, query] of [
    ['opened on its own', ''],
    ['for a tab that is gone', '?tab=987654321'],
  ] as const) {
    it(`says how it is used when ${what}`, async () => {
      const popup = await openPopup(query);
      const status = await settledStatus(popup, 'Reading this page…');
      expect(status).toBe(
        'No web page to read here. Open a news article, then click the Backstory button in the browser’s toolbar.',
      );
      expect(status).not.toContain('cannot read');
      expect(await popup.getByTestId('reason').count()).toBe(0);
      // Still there: pause everywhere and the settings.
      await popup.getByRole('button', { name: 'Pause everywhere' }).waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });
  }
});
