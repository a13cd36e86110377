/** End to end in Firefox ESR with the built Firefox extension: results read from the page's CSS highlights. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, getHighlights, launchFirefox } from './support/firefox';
import { HOST_TAG, pollUntil, sleep } from './support/fixtures';

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await ff?.close();
});

describe('Firefox', () => {
  let storyTookMs = 0;

  it('highlights the story on story-en-ap.html', async () => {
    const started = Date.now();
    const { page, pageErrors } = await ff.openFixture('story-en-ap');
    try {
      const { texts } = await pollUntil(
        () => getHighlights(page),
        (h) => h.texts.length > 0,
        { timeoutMs: 20_000, what: 'backstory highlights in Firefox' },
      );
      storyTookMs = Date.now() - started;
      // Let the scan finish, then read the final set.
      await sleep(500);
      const final = await getHighlights(page);
      expect(final.texts.length).toBeGreaterThanOrEqual(texts.length);
      expect(final.texts).toContain('Donald Trump');
      expect(final.texts).toContain('Volodymyr Zelenskyy');
      expect(final.texts).toContain('JD Vance');
      expect(final.texts.filter((t) => t.trim() === '')).toEqual([]);
      expect(await page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST_TAG)).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('leaves a near-miss page (the 2019 impeachment call) alone', async () => {
    const { page, pageErrors } = await ff.openFixture('nearmiss-impeachment-2019');
    try {
      // Wait comfortably longer than the story page took to get its highlights.
      await sleep(Math.max(3_000, storyTookMs * 2));
      const { texts } = await getHighlights(page);
      expect(texts).toEqual([]);
      expect(await page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST_TAG)).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('leaves the sidebar near-miss alone (story headline only in "Most viewed")', async () => {
    const { page } = await ff.openFixture('nearmiss-sidebar');
    try {
      await sleep(Math.max(3_000, storyTookMs * 2));
      expect((await getHighlights(page)).texts).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
