/** End to end in Firefox ESR with the built Firefox extension: results read from the page's CSS highlights. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, getHighlights, launchFirefox } from './support/firefox';
import { HOST_SELECTOR, pollUntil, sleep } from './support/fixtures';
import { mentionCenter, namedHighlightTexts } from './support/highlights';
import { FORGED_NOTE, type HostileReport, hostileHtml, SHARED_NOTE, sharedLink } from './support/hostile';

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
      expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('annotates an article the page renders after load within 500 ms of its render', async () => {
    const { page, pageErrors } = await ff.openFixture('app-rendered');
    try {
      await page.waitForFunction(() => (window as { __annotatedAt?: number }).__annotatedAt !== undefined, {
        timeout: 10_000,
      });
      const took = await page.evaluate(() => {
        const w = window as { __renderedAt?: number; __annotatedAt?: number };
        return (w.__annotatedAt ?? Number.NaN) - (w.__renderedAt ?? Number.NaN);
      });
      expect(took).toBeLessThan(500);
      await page.waitForFunction(() => (window as { __renders?: number }).__renders === 2, { timeout: 10_000 });
      const final = await pollUntil(
        () => getHighlights(page),
        (h) => h.texts.includes('Yulia Svyrydenko'),
        { timeoutMs: 10_000, what: 'highlights on the re-rendered article' },
      );
      expect(final.texts).toContain('Scott Bessent');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens a card when the reader hovers a mention, and closes it when the pointer leaves', async () => {
    const { page, pageErrors } = await ff.openFixture('story-en-ap');
    try {
      await pollUntil(
        () => getHighlights(page),
        (h) => h.texts.includes('Volodymyr Zelenskyy'),
        { timeoutMs: 20_000, what: 'a highlighted mention of Zelenskyy' },
      );
      const at = await page.evaluate(mentionCenter, 'Volodymyr Zelenskyy');
      if (!at) throw new Error('no client rect for the mention');
      const cardBeside = () => page.evaluate(hostPaintedNear, at, HOST_SELECTOR);
      expect(await cardBeside()).toBe(false);

      await page.mouse.move(at.x, at.y, { steps: 3 });
      await pollUntil(
        () =>
          page.evaluate(() =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('backstory-active'),
          ),
        Boolean,
        { timeoutMs: 5_000, what: 'the active highlight on the hovered mention' },
      );
      // The card is painted beside the mention (inside our host element's shadow root).
      await pollUntil(cardBeside, Boolean, { timeoutMs: 5_000, what: 'a card beside the mention' });

      await page.mouse.move(2, 2, { steps: 3 });
      await pollUntil(cardBeside, (painted) => !painted, { timeoutMs: 5_000, what: 'the card closed' });
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a hostile page learns nothing of a note and opens nothing (tests/e2e/hostile.e2e.ts in Firefox)', async () => {
    // Opened from the reader's share link, while the page defines our old host tag, makes up the
    // reader's keys, hovers, taps and selections, and forges a share link of its own before and after load.
    const { page, pageErrors } = await ff.openPage(await sharedLink(), await hostileHtml());
    try {
      await page.waitForFunction(() => (window as { __hostile?: { done?: boolean } }).__hostile?.done === true, {
        timeout: 30_000,
      });
      const report = (await page.evaluate(
        () => (window as unknown as { __hostile: unknown }).__hostile,
      )) as HostileReport;
      expect(report.defined).toContain('backstory-ui');
      expect(report.constructed).toBe(0);
      expect(report.rootsSeen).toBe(0);
      expect(report.leaked).toBe('');
      expect(report.activeSeen).toBe(false);
      // window.find() finds neither note's text nor any word the page's own text lacks; the highlight
      // registry says nothing of where the notes are.
      expect(report.found).toEqual([]);
      expect(report.findLeaks).toEqual([]);
      expect(report.highlightNames.filter((n) => /note/.test(n))).toEqual([]);
      // The reader's link is shown, in the notes frame; the forged one never.
      const panel = await pollUntil(
        async () => {
          // (The frame's address is not reported over WebDriver BiDi: ask every frame.)
          const texts = await Promise.all(
            page
              .frames()
              .map((f) =>
                f
                  .evaluate(() =>
                    location.protocol === 'moz-extension:'
                      ? (document.querySelector('.bs-notes')?.textContent ?? '')
                      : '',
                  )
                  .catch(() => ''),
              ),
          );
          return texts.join('');
        },
        (text) => text.includes(SHARED_NOTE.text),
        { timeoutMs: 5_000, what: 'the shared note in the notes frame' },
      );
      expect(panel).not.toContain(FORGED_NOTE.text);
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
      expect(await page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBe(0);
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

/** Whether any point in a band above or below `at` hit-tests to our host element (runs in the page). */
function hostPaintedNear(at: { x: number; y: number }, host: string): boolean {
  for (let dy = 24; dy <= 320; dy += 16)
    for (const y of [at.y + dy, at.y - dy])
      for (const x of [at.x - 80, at.x, at.x + 80]) if (document.elementFromPoint(x, y)?.matches(host)) return true;
  return false;
}
