/**
 * End to end in Firefox ESR with the built Firefox add-on, one browser for the whole file (each launch
 * costs ~15 s on a small machine). The Chromium suites' checks, as far as Firefox lets a test reach them:
 * - highlights, a client-rendered page, near misses and the hostile page, read from the page;
 * - the card (content and dates, pin, the keyboard walk with Alt+Shift+J/K, Tab in and Esc out, its
 *   settings menu with "Turn off on this site" and Undo, a tall card, "More in the sidebar", a strict
 *   page CSP, a card in Ukrainian), read in our content-script world through tabs.executeScript
 *   (support/firefox.ts), axe-core there (support/axe-shadow.ts);
 * - the popup, the sidebar (its pop-out route, sidepanel.html?tab=ID, in a window of its own), the
 *   options page and the handout, as extension pages at the add-on's fixed moz-extension address, axe-core
 *   injected into each (support/firefox-ui.ts), in light and dark (the pages' own dark rules applied:
 *   WebDriver BiDi has no media emulation);
 * - notes in the notes frame (found by asking each frame: BiDi does not report its address), the share
 *   link a student opens, a damaged link.
 * The handout is printed by Firefox (WebDriver BiDi's print); the sidebar's downloads are read from the
 * blob it hands the browser; Firefox's own sidebar document is browser UI, out of WebDriver BiDi's reach
 * (the messages that reach it are checked instead).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Lexer } from 'marked';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceText } from '../../core/detect/evidence';
import type { PageState } from '../../core/messages/page-state';
import type { Note } from '../../core/notes';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../core/settings';
import { buildShareLink } from '../../core/share/link';
import { decodeShareHash } from '../../core/share/payload';
import dataset from '../../data/generated/dataset.json';
import { axeInShadow } from './support/axe-shadow';
import { expectTallCard, expectTrumpCardInUkrainian, expectWaltzCard, walkCardMenu } from './support/card-checks';
import {
  type CardProbe,
  mentionBox,
  noteBoxes,
  probeCard,
  probeCardWords,
  probeUi,
  probeWalk,
  shadowCentre,
  shadowFocus,
} from './support/card-probes';
import {
  type FirefoxSession,
  firefoxIsolatedWorld,
  firefoxPageState,
  firefoxStorageGet,
  firefoxStorageSet,
  firefoxTabId,
  getHighlights,
  launchFirefox,
} from './support/firefox';
import {
  chord,
  clickText,
  copied,
  firefoxAxe,
  firefoxNotesFrame,
  firefoxProbeNotes,
  focusInNotesFrame,
  forceDark,
  forceDarkIn,
  notesFrameShown,
  pageAt,
  pdfPageCount,
  recordClipboard,
  waitForText,
} from './support/firefox-ui';
import { fixture, fixtureHtml, HOST_SELECTOR, IMPORTED_NOTE, pollUntil, STRICT_CSP, sleep } from './support/fixtures';
import { mentionCenter, namedHighlightTexts } from './support/highlights';
import {
  expectNothingLearned,
  FORGED_NOTE,
  hostileDone,
  hostileHtml,
  hostileReport,
  SHARED_NOTE,
  sharedLink,
} from './support/hostile';
import type { IsolatedWorld } from './support/isolated-world';
import { selectPassage } from './support/notes-probes';
import { countsOf, expectExports, expectTabReachesExports } from './support/sidebar-checks';
import { activeMention, focusDocumentStart, focusedControl, listedEntities } from './support/sidebar-probes';

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
      await page.waitForFunction(hostileDone, { timeout: 30_000 });
      expectNothingLearned(await page.evaluate(hostileReport));
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

describe('Firefox: the card', () => {
  let page: Page;
  let world: IsolatedWorld;
  let state: PageState;
  /** A point on the page with no mention and no card. */
  const away = { x: 4, y: 4 };
  const card = () => world.evaluate(probeCard, null);
  const waitCard = (want: 'open' | 'closed', timeoutMs = 3_000) =>
    pollUntil(card, (c) => (want === 'open') === (c !== null), {
      timeoutMs,
      intervalMs: 50,
      what: `the card ${want}`,
    });
  const hover = async (entityId: string, nth = 0, top = false) => {
    const box = await world.evaluate(mentionBox, { entityId, nth, top });
    // Away first, for a frame or two: the hover tracker hit-tests once a frame, and a pointer that left
    // and came back within one (no reader's hand is that quick) never left the mention for it.
    await page.mouse.move(away.x, away.y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    return box;
  };

  beforeAll(async () => {
    ({ page } = await ff.openFixture('story-en-ap'));
    await page.setViewport({ width: 1280, height: 900 });
    state = await firefoxPageState(ff, page, { until: (s) => s.mentions.some((m) => m.entityId === 'mike-waltz') });
    world = await firefoxIsolatedWorld(ff, page);
    await page.bringToFront();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the right card after hover intent: the role at the article date and the latest role', async () => {
    expect(fixture('story-en-ap').articleDate).toBe('2025-02-28');
    const box = await hover('mike-waltz');
    await sleep(250);
    expect(await card(), 'no card before the intent delay').toBeNull();
    const c = (await waitCard('open')) as CardProbe;
    expectWaltzCard(c, box);
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
  });

  it('pins a card so it stays when the pointer leaves; Esc closes it', async () => {
    await hover('jd-vance');
    const c = (await waitCard('open')) as CardProbe;
    await page.mouse.move(c.rect.x + 20, c.rect.y + 20, { steps: 4 });
    const pin = await world.evaluate(shadowCentre, '.floating:not([aria-hidden="true"]) button[aria-pressed]');
    if (!pin) throw new Error('no pin button in the card');
    await page.mouse.click(pin.x, pin.y);
    await page.mouse.move(away.x, away.y, { steps: 3 });
    await sleep(1_100);
    expect((await card())?.entity).toBe('jd-vance');
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
  });

  it('walks every mention with Alt+Shift+J, announces each, Tab enters the card, Esc returns focus, Alt+Shift+K goes back', async () => {
    await page.mouse.move(away.x, away.y);
    await page.focus('.Page-breadcrumbs a');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const seen: string[] = [];
    const announced: string[] = [];
    const walked = state.mentions;
    for (let i = 0; i < walked.length; i++) {
      await chord(page, ['Alt', 'Shift'], 'KeyJ');
      const probe = await pollUntil(
        () => world.evaluate(probeWalk, i),
        // (Announced at once; on screen once the page's scroll to it is over.)
        (p) => p.live.startsWith(`Mention ${i + 1} of`) && p.inView,
        { timeoutMs: 3_000, intervalMs: 40, what: `mention ${i + 1} announced and on screen` },
      );
      seen.push(probe.entity ?? '');
      announced.push(probe.live);
    }
    expect(seen).toEqual(walked.map((m) => m.entityId));
    expect(announced.every((a, i) => a.startsWith(`Mention ${i + 1} of ${state.mentions.length}:`))).toBe(true);

    await page.keyboard.press('Tab');
    expect((await card())?.focusInCard, 'Tab moves into the card').toBe(true);
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
    expect(await page.evaluate(() => document.activeElement?.closest('.Page-breadcrumbs') !== null)).toBe(true);

    await chord(page, ['Alt', 'Shift'], 'KeyK');
    const previous = await waitCard('open');
    expect(previous?.entity).toBe(walked.at(-2)?.entityId);
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
  });

  it('has no axe-core violations on the open card (light and dark)', async () => {
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
    for (const scheme of ['light', 'dark'] as const) {
      await hover('mike-waltz', 0, true);
      await waitCard('open');
      // (No media emulation over BiDi: the card's own dark rules are applied, support/firefox-ui.ts.)
      await world.evaluateSource(
        `globalThis.__darkRules = (${forceDarkIn.toString()})(globalThis[Symbol.for('backstory.page')].host().shadow, ${scheme === 'dark'})`,
      );
      const darkRules = await world.evaluate(() => (globalThis as { __darkRules?: number }).__darkRules ?? 0, null);
      if (scheme === 'dark') expect(darkRules).toBeGreaterThan(0);
      const result = await axeInShadow(world, '.floating:not([aria-hidden="true"]) .card');
      expect(result.violations, `${scheme}: ${JSON.stringify(result.violations, null, 1)}`).toEqual([]);
      // axe really looked into the card. (Firefox: axe leaves the contrast of the text under the body's
      // scroll fades, pseudo elements, undecided; none of it is a violation.)
      expect((result.passes['color-contrast'] ?? 0) + (result.incomplete['color-contrast'] ?? 0)).toBeGreaterThan(5);
      expect(result.passes['button-name'] ?? 0).toBeGreaterThanOrEqual(4);
      expect(result.passes['link-name'] ?? 0).toBeGreaterThanOrEqual(1);
      await page.keyboard.press('Escape');
      await waitCard('closed', 1_000);
    }
  });

  it('keeps "Turn off on this site" in the card’s settings menu: keyboard, notice, Undo; axe on the menu and the notice', async () => {
    const disabled = async () => {
      const { disabledSites, settings } = (await firefoxStorageGet(ff)) as {
        disabledSites?: string[];
        settings?: { sites?: { disabled?: string[] } };
      };
      return [...(disabledSites ?? []), ...(settings?.sites?.disabled ?? [])];
    };
    await page.mouse.move(away.x, away.y);
    await page.focus('.Page-breadcrumbs a');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await chord(page, ['Alt', 'Shift'], 'KeyJ');
    const opened = (await waitCard('open')) as CardProbe;
    expect(opened.text).not.toContain('Turn off on this site');
    // Tab in, pin, the settings menu by Enter (axe); Esc closes it only; ArrowDown opens it again.
    await walkCardMenu(world, (key) => page.keyboard.press(key), opened.entity);
    // Enter turns Backstory off here.
    await page.keyboard.press('Enter');
    await waitCard('closed', 1_000);
    await pollUntil(
      () => getHighlights(page),
      (h) => !h.names.some((n) => n !== 'backstory-active'),
      { timeoutMs: 3_000, what: 'the marks gone' },
    );
    await pollUntil(disabled, (hosts) => hosts.includes('apnews.com'), { timeoutMs: 3_000, what: 'apnews.com off' });
    const ui = await world.evaluate(probeUi, null);
    expect(ui.notice?.text).toContain('Backstory is off on apnews.com.');
    expect(ui.notice?.buttons).toEqual(['Undo', 'Close message']);
    expect(ui.focus, 'focus moves to Undo').toBe('button:Undo');
    const noticeAxe = await axeInShadow(world, '.notice');
    expect(noticeAxe.violations, JSON.stringify(noticeAxe.violations, null, 1)).toEqual([]);
    // Undo: on again, the marks come back.
    await page.keyboard.press('Enter');
    await pollUntil(disabled, (hosts) => !hosts.includes('apnews.com'), { timeoutMs: 3_000, what: 'apnews.com on' });
    await firefoxPageState(ff, page, { until: (s) => s.mentions.length === state.mentions.length && !s.off });
    expect((await getHighlights(page)).names).toContain('backstory-person');
    expect((await world.evaluate(probeUi, null)).notice?.text).toContain('Backstory is on again on apnews.com.');
    await page.keyboard.press('Escape');
    expect((await world.evaluate(probeUi, null)).notice).toBeNull();
  });

  it('"More in the sidebar" asks for the sidebar with the entity, and the background tells the open sidebar to select it', async () => {
    // (Firefox opens an add-on's sidebar when the add-on is installed, so it is open here: what can be
    // seen over WebDriver BiDi is what reaches the extension's pages, the driver page among them.)
    await ff.inExtension(() => {
      const g = globalThis as unknown as {
        __heard: unknown[];
        browser: { runtime: { onMessage: { addListener(fn: (m: unknown) => void): void } } };
      };
      g.__heard = [];
      g.browser.runtime.onMessage.addListener((m) => {
        g.__heard.push(m);
      });
    }, null);
    await hover('mike-waltz');
    await waitCard('open');
    const more = await world.evaluate(shadowCentre, '.floating:not([aria-hidden="true"]) button.primary');
    if (!more) throw new Error('no "More in the sidebar" button');
    await page.mouse.move(more.x, more.y, { steps: 3 });
    await page.mouse.click(more.x, more.y);
    const tabId = await firefoxTabId(ff, page);
    const heard = await pollUntil(
      () => ff.inExtension(() => (globalThis as unknown as { __heard: unknown[] }).__heard, null),
      (h) => h.some((m) => (m as { type?: string }).type === 'backstory:sidebar-select'),
      { timeoutMs: 5_000, what: 'the sidebar asked to select the entity' },
    );
    expect(heard).toContainEqual({ type: 'backstory:open-sidebar', entityId: 'mike-waltz' });
    expect(heard).toContainEqual({ type: 'backstory:sidebar-select', tabId, entityId: 'mike-waltz' });
    await page.keyboard.press('Escape');
    await waitCard('closed', 1_000);
  });

  it('keeps a tall card’s header and actions in view, with a cue and a keyboard-scrollable body', async () => {
    // A short window: the card is taller than the room below its mention.
    await page.setViewport({ width: 1280, height: 360 });
    try {
      await hover('mike-waltz', 0, true);
      await waitCard('open');
      await expectTallCard(world, (key) => page.keyboard.press(key));
      await page.keyboard.press('Escape');
      await waitCard('closed', 1_000);
    } finally {
      await page.setViewport({ width: 1280, height: 900 });
    }
  });

  it("loads the card's styles into our shadow root under a strict page CSP (default-src 'none'), and it works", async () => {
    // (At an address of its own: the card suite's page is open at the fixture's.)
    const entry = fixture('story-en-ap');
    const { page: strict, pageErrors } = await ff.openPage(`${entry.url}?strict-csp=1`, fixtureHtml(entry), {
      csp: STRICT_CSP,
    });
    try {
      await strict.setViewport({ width: 1280, height: 900 });
      await firefoxPageState(ff, strict, { until: (s) => s.mentions.some((m) => m.entityId === 'mike-waltz') });
      const strictWorld = await firefoxIsolatedWorld(ff, strict);
      await strict.bringToFront();
      const box = await strictWorld.evaluate(mentionBox, { entityId: 'mike-waltz', top: true });
      await strict.mouse.move(away.x, away.y);
      await strict.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await strict.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      const c = await pollUntil(
        () => strictWorld.evaluate(probeCard, null),
        (p) => p !== null,
        { timeoutMs: 5_000, what: 'the card under the strict CSP' },
      );
      expect(c?.entity).toBe('mike-waltz');
      // Styled: the card's own rules apply (its radius), not the browser's defaults.
      expect(c?.radius).toBe('10px');
      // (Firefox reports the policy blocking the page's own inline styles, scripts and favicon as page
      // errors: those aside, nothing.)
      expect(pageErrors.filter((e) => !e.startsWith('Content-Security-Policy:'))).toEqual([]);
      // One blocked <style>: the page's own (it has one), none of ours.
      expect(pageErrors.filter((e) => e.includes('(style-src-elem)'))).toHaveLength(1);
    } finally {
      await strict.close();
      await page.bringToFront();
    }
  });
});

/** Opens an extension page bound to `page`'s tab (`popup.html`, `sidepanel.html`, `handout.html`). */
async function openFor(
  page: Page,
  file: string,
  viewport?: { width: number; height: number },
  options: { window?: boolean } = {},
): Promise<Page> {
  const tabId = await firefoxTabId(ff, page);
  const { page: opened } = await ff.openExtensionPage(`${file}?tab=${tabId}`, options);
  if (viewport) await opened.setViewport(viewport);
  return opened;
}

/** axe over an extension page, light and then dark (its own dark rules applied: no media emulation over BiDi). */
async function axeLightAndDark(target: Page): Promise<void> {
  expect(await firefoxAxe(target), 'light').toEqual([]);
  expect(await forceDark(target, true), 'the page has dark rules').toBeGreaterThan(0);
  expect(await firefoxAxe(target), 'dark').toEqual([]);
  await forceDark(target, false);
}

describe('Firefox: the popup (popup.html?tab=ID)', () => {
  let story: Page;
  let entryUrl: string;
  let state: PageState;

  beforeAll(async () => {
    ({ page: story } = await ff.openFixture('story-en-ap'));
    entryUrl = fixture('story-en-ap').url;
    state = await firefoxPageState(ff, story, { until: (s) => s.story !== null && s.mentions.length > 0 });
  });

  afterAll(async () => {
    await story?.close();
  });

  it('on a story page: copies a context pack and opens the handout; axe light and dark (popup and handout)', async () => {
    const popup = await openFor(story, 'popup.html', { width: 360, height: 600 });
    try {
      expect(await waitForText(popup, 'This page covers the minerals deal story.', '[data-testid="status"]')).toBe(
        'This page covers the minerals deal story.',
      );
      await recordClipboard(popup);
      await clickText(popup, 'button', 'Copy context pack');
      await waitForText(popup, /Context pack copied/);
      const markdown = (await copied(popup))[0] as string;
      expect(new Lexer().lex(markdown).filter((t) => t.type === 'heading').length).toBeGreaterThan(2);
      expect(markdown).toContain(entryUrl);
      await axeLightAndDark(popup);

      await clickText(popup, 'button', 'Make a handout');
      const handout = await pageAt(ff, `${ff.extensionOrigin}/handout.html?tab=`);
      try {
        await pollUntil(
          () => handout.evaluate(() => document.body.dataset.ready ?? ''),
          (ready) => ready !== '',
          { timeoutMs: 20_000, what: 'the handout ready' },
        );
        const marks = await handout.evaluate(() => ({
          ready: document.body.dataset.ready,
          marks: document.querySelectorAll('.article-body mark').length,
          numbered: document.querySelectorAll('.article-body mark + sup.ref').length,
          notes: document.querySelectorAll('.context .notes > li').length,
        }));
        expect(marks.ready).toBe('ready');
        expect(marks.marks).toBeGreaterThan(2);
        expect(marks.numbered).toBe(marks.marks);
        expect(marks.notes).toBeGreaterThan(2);
        expect(await firefoxAxe(handout), 'the handout').toEqual([]);
      } finally {
        await handout.close();
      }
    } finally {
      await popup.close();
    }
  });

  it('shows what a share link will carry before it is copied: nothing offered when empty; the emphasis picked by keyboard, the name it is signed with; the link carries both', async () => {
    const firstMentioned = [...new Set(state.mentions.map((m) => m.entityId))];
    const second = firstMentioned[1] as string;
    const popup = await openFor(story, 'popup.html', { width: 360, height: 600 });
    const shareState = () =>
      popup.evaluate(() => ({
        empty: document.querySelector('[data-testid="share-empty"]')?.textContent ?? null,
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
        preview: document.querySelector<HTMLElement>('[data-testid="share-preview"]')?.innerText ?? null,
        disabled: [...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy share link')?.disabled,
      }));
    try {
      await waitForText(popup, 'Emphasise in the share link');
      // No note and no emphasis: the link would carry nothing, and is not offered.
      const before = await pollUntil(shareState, (s) => s.empty !== null, { what: 'the empty share' });
      expect(before).toMatchObject({ preview: null, disabled: true });
      expect(before.empty).toContain('This link would carry nothing');

      await popup.focus('[data-testid="emphasis-picker"] summary');
      await popup.keyboard.press('Enter');
      const values = await popup.$$eval('[data-testid="emphasis-picker"] input[type="checkbox"]', (boxes) =>
        boxes.map((b) => (b as HTMLInputElement).value),
      );
      expect(values).toEqual(firstMentioned);
      await popup.focus(`[data-testid="emphasis-picker"] input[value="${second}"]`);
      await popup.keyboard.press(' ');
      await waitForText(popup, 'Emphasise in the share link (1)');
      const stored = await pollUntil(
        async () => ((await firefoxStorageGet(ff, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
        (e) => (e[entryUrl]?.length ?? 0) > 0,
        { timeoutMs: 5_000, intervalMs: 100, what: 'stored emphasis' },
      );
      expect(stored[entryUrl]).toEqual([second]);
      // The teacher signs it; the preview shows what students will see.
      await popup.focus('#share-name');
      await popup.keyboard.type('Ms. Koval');
      const name = dataset.entities.find((e) => e.id === second)?.name as string;
      const shown = await pollUntil(
        shareState,
        (s) => (s.preview ?? '').includes('Ms. Koval') && (s.preview ?? '').includes(name),
        { timeoutMs: 5_000, what: 'the preview with the name and the emphasis' },
      );
      expect(shown).toMatchObject({ empty: null, disabled: false });
      expect(shown.preview).toContain(`Shared by Ms. Koval on`);
      expect(await firefoxAxe(popup)).toEqual([]);

      await recordClipboard(popup);
      await clickText(popup, 'button', 'Copy share link');
      await waitForText(popup, 'Share link copied.');
      const decoded = await decodeShareHash(new URL((await copied(popup))[0] as string).hash);
      expect(decoded.ok && decoded.payload.emphasis).toEqual([second]);
      expect(decoded.ok && decoded.payload.by).toBe('Ms. Koval');
    } finally {
      await popup.close();
      await firefoxStorageSet(ff, { emphasis: {} });
    }
  });

  it('shows detection, the reason and the count; turns the site off and on again without a reload', async () => {
    const popup = await openFor(story, 'popup.html', { width: 360, height: 600 });
    try {
      await waitForText(popup, 'mentions marked', '[data-testid="mentions"]');
      const shown = await popup.evaluate(() => ({
        status: document.querySelector('[data-testid="status"]')?.textContent,
        reason: document.querySelector('[data-testid="reason"]')?.textContent ?? '',
        mentions: document.querySelector('[data-testid="mentions"]')?.textContent,
      }));
      expect(shown.status).toBe('This page covers the minerals deal story.');
      expect(shown.reason).toContain(evidenceText(state.story?.evidence[0] as never));
      expect(shown.mentions).toBe(`${state.mentions.length} mentions marked`);
      await clickText(popup, 'button', 'Turn off on apnews.com');
      const off = await firefoxPageState(ff, story, { until: (s) => s.off === 'site' });
      expect(off.mentions).toEqual([]);
      expect((await getHighlights(story)).names).toEqual([]);
      expect((await firefoxStorageGet(ff, 'settings')).settings).toMatchObject({ sites: { disabled: ['apnews.com'] } });
      await waitForText(popup, 'Backstory is off on this site.');
      expect(await firefoxAxe(popup)).toEqual([]);
      await clickText(popup, 'button', 'Turn on again on apnews.com');
      const on = await firefoxPageState(ff, story, { until: (s) => s.story !== null && !s.off });
      expect(on.mentions.length).toBe(state.mentions.length);
      await pollUntil(
        () => getHighlights(story),
        (h) => h.names.includes('backstory-person'),
        { timeoutMs: 5_000, what: 'the marks back' },
      );
    } finally {
      await popup.close();
    }
  });

  it('on a page that is not the story: says why; axe', async () => {
    const { page } = await ff.openFixture('unrelated-en');
    expect((await firefoxPageState(ff, page)).story).toBeNull();
    const popup = await openFor(page, 'popup.html', { width: 360, height: 480 });
    try {
      expect(await waitForText(popup, 'Not detected', '[data-testid="status"]')).toBe(
        'Not detected as the minerals deal story.',
      );
      expect(await waitForText(popup, 'Why:', '[data-testid="reason"]')).toBe(
        'Why: The article names Ukraine or Ukraine’s leaders fewer than 2 times.',
      );
      expect(await firefoxAxe(popup)).toEqual([]);
    } finally {
      await Promise.all([popup.close(), page.close()]);
    }
  });
});

describe('Firefox: the sidebar (sidepanel.html?tab=ID, the pop-out route)', () => {
  let story: Page;
  let sidebar: Page;
  let state: PageState;

  beforeAll(async () => {
    ({ page: story } = await ff.openFixture('story-en-ap'));
    state = await firefoxPageState(ff, story, { until: (s) => s.story !== null && s.mentions.length > 0 });
    // In a window of its own, as "Pop out" opens it: the story page stays shown in its window.
    sidebar = await openFor(story, 'sidepanel.html', { width: 420, height: 900 }, { window: true });
    await pollUntil(
      () => sidebar.evaluate(() => document.querySelectorAll('[data-entity-id]').length),
      (n) => n > 0,
      { timeoutMs: 10_000, what: 'the sidebar entities' },
    );
  });

  afterAll(async () => {
    await sidebar?.close();
    await story?.close();
  });

  it('lists every mentioned entity with the page-state counts, why the page was matched, and its date', async () => {
    expect(new Map(await sidebar.evaluate(listedEntities))).toEqual(countsOf(state));
    const text = await sidebar.evaluate(() => ({
      detection: document.querySelector('.detection')?.textContent ?? '',
      date: document.querySelector('.article-date')?.textContent ?? '',
      evidence: [...document.querySelectorAll('.detection .evidence li')].map((li) => li.textContent),
    }));
    expect(text.detection).toContain('Story detected');
    expect(text.date).toContain('February 28, 2025');
    expect(text.evidence).toEqual(state.story?.evidence.map((line) => evidenceText(line)));
    const marked = await sidebar.$$eval('.timeline-event[data-mentioned="true"]', (lis) =>
      lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
    );
    expect(marked).toContain('2025-02-28');
    expect(marked).not.toContain('2025-04-30');
  });

  it('clicking an entity scrolls the story page to its mentions and says which one', async () => {
    const last = state.mentions[state.mentions.length - 1]?.entityId as string;
    await story.evaluate(() => window.scrollTo(0, 0));
    const clicks = countsOf(state).get(last) as number;
    // Each click reveals the next mention and says which.
    for (let i = 1; i <= clicks; i++) {
      await clickText(sidebar, `[data-entity-id="${last}"]`);
      await waitForText(sidebar, `mention ${i} of ${clicks}`, '[role="status"]');
    }
    const seen = await pollUntil(
      () => story.evaluate(activeMention),
      (v) => v !== null && v.y > 0 && v.top >= 0 && v.bottom <= v.h,
      { timeoutMs: 5_000, what: 'the revealed mention in the viewport' },
    );
    expect(seen?.text).toBe(state.mentions[state.mentions.length - 1]?.text);
  });

  it('filters the list by keyboard', async () => {
    await sidebar.focus('#entity-filter');
    await sidebar.keyboard.type('zelensk');
    await pollUntil(
      () => sidebar.$$eval('[data-entity-id]', (bs) => bs.map((b) => b.getAttribute('data-entity-id'))),
      (ids) => ids.length === 1 && ids[0] === 'volodymyr-zelenskyy',
      { timeoutMs: 5_000, what: 'the filtered list' },
    );
    await sidebar.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#entity-filter') as HTMLInputElement;
      input.select();
    });
    await sidebar.keyboard.press('Backspace');
    await pollUntil(
      () => sidebar.evaluate(() => document.querySelectorAll('[data-entity-id]').length),
      (n) => n === countsOf(state).size,
      { timeoutMs: 5_000, what: 'the whole list again' },
    );
  });

  it('exports JSON that parses through its schema and CSV that papaparse reads back; copies a Markdown summary', async () => {
    // What the sidebar hands the browser to save (a blob link it clicks), read back in the page.
    await sidebar.evaluate(() => {
      const w = window as unknown as { __saved: Promise<{ name: string; text: string }>[] };
      w.__saved = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) {
          w.__saved.push(fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() })));
          return;
        }
        click.call(this);
      };
    });
    const saved = async (n: number) => {
      await pollUntil(
        () => sidebar.evaluate(() => (window as unknown as { __saved: unknown[] }).__saved.length),
        (count) => count >= n,
        { timeoutMs: 5_000, what: `download ${n}` },
      );
      return sidebar.evaluate(
        (i: number) => (window as unknown as { __saved: Promise<{ name: string; text: string }>[] }).__saved[i],
        n - 1,
      ) as Promise<{ name: string; text: string }>;
    };
    await clickText(sidebar, 'button', 'Download JSON');
    const json = await saved(1);
    await clickText(sidebar, 'button', 'Download CSV');
    expectExports({ json, csv: (await saved(2)).text }, state);
    await recordClipboard(sidebar);
    await clickText(sidebar, 'button', 'Copy Markdown summary');
    await waitForText(sidebar, 'Markdown summary copied', '[role="status"]');
    const [md] = await copied(sidebar);
    expect(md).toContain('# Backstory:');
    expect(md).toContain(`<${state.url}>`);
  });

  it('works by keyboard alone: Tab reaches the filter, the entities and the exports, each with a visible focus; Enter reveals', async () => {
    await sidebar.evaluate(focusDocumentStart);
    await expectTabReachesExports(sidebar.keyboard, () => sidebar.evaluate(focusedControl));

    // The filter, then Tab to the first entity; Enter reveals it on the page.
    await sidebar.focus('#entity-filter');
    await sidebar.keyboard.type('vance');
    await sidebar.keyboard.press('Tab');
    expect(await sidebar.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entityId)).toBe(
      'jd-vance',
    );
    await story.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await story.evaluate(() => window.scrollY);
    await sidebar.keyboard.press('Enter');
    await pollUntil(
      () => story.evaluate(() => window.scrollY),
      (y) => y !== before,
      { timeoutMs: 3_000, intervalMs: 50, what: 'the page to move to the mention after Enter' },
    );
    expect(await waitForText(sidebar, 'JD Vance: mention 1 of', '[role="status"]')).toContain('JD Vance: mention 1 of');
    await sidebar.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#entity-filter') as HTMLInputElement;
      input.select();
    });
    await sidebar.keyboard.press('Backspace');
  });

  it('has no axe violations, in light and dark mode', async () => {
    await axeLightAndDark(sidebar);
  });

  it('beside a near miss: "Not detected here", then "Annotate anyway" annotates the page; axe', async () => {
    const { page } = await ff.openFixture('nearmiss-sidebar');
    const near = await openFor(page, 'sidepanel.html', { width: 420, height: 900 }, { window: true });
    try {
      expect((await firefoxPageState(ff, page)).story).toBeNull();
      await waitForText(near, 'Not detected here', '#not-detected-heading');
      expect(await firefoxAxe(near)).toEqual([]);
      await clickText(near, 'button', 'Annotate anyway');
      const forced = await firefoxPageState(ff, page, { until: (s) => s.forced === true });
      await waitForText(near, 'Annotated because you asked', '.detection');
      expect(await near.evaluate(() => document.querySelectorAll('[data-entity-id]').length)).toBe(
        countsOf(forced).size,
      );
      expect(await firefoxAxe(near)).toEqual([]);
    } finally {
      await Promise.all([near.close(), page.close()]);
    }
  });
});

describe('Firefox: the options page', () => {
  it('changes reach an open tab (people unmarked, then marked again); axe light and dark', async () => {
    const { page } = await ff.openFixture('story-en-ap');
    const { page: options } = await ff.openExtensionPage('options.html');
    try {
      await firefoxPageState(ff, page, { until: (s) => s.mentions.some((m) => m.entityId === 'donald-trump') });
      await waitForText(options, 'People');
      await axeLightAndDark(options);
      await clickText(options, 'label.check', 'People');
      await pollUntil(
        () => getHighlights(page),
        (h) => !h.names.includes('backstory-person') && h.names.includes('backstory-organisation'),
        { timeoutMs: 10_000, what: 'people unmarked' },
      );
      const noPeople = await firefoxPageState(ff, page);
      expect(noPeople.mentions.map((m) => m.entityId)).not.toContain('donald-trump');
      await clickText(options, 'label.check', 'People');
      await pollUntil(
        () => getHighlights(page),
        (h) => h.names.includes('backstory-person'),
        { timeoutMs: 10_000, what: 'people marked again' },
      );
    } finally {
      await Promise.all([options.close(), page.close()]);
    }
  });

  it('imports notes from a file, reporting rejected entries, and never drops stored ones on a bad file; deletes them all', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backstory-ff-notes-'));
    const { page: options } = await ff.openExtensionPage('options.html');
    try {
      const file = (name: string, body: unknown) => {
        const at = path.join(dir, name);
        writeFileSync(at, JSON.stringify(body));
        return at;
      };
      await waitForText(options, 'Import notes from a file');
      const inputId = await options.evaluate(() => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === 'Import notes from a file',
        );
        const input = (label?.control ?? label?.querySelector('input')) as HTMLInputElement | null;
        if (!input) return null;
        input.id ||= 'test-import-notes';
        return input.id;
      });
      const input = (await options.$(`#${inputId}`)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file('good.json', { version: 1, notes: [IMPORTED_NOTE, { id: 'b' }] }));
      await waitForText(options, 'Imported 1; already stored 0; rejected 1.');
      await input.uploadFile(file('bad.json', { hello: 'world' }));
      await waitForText(options, 'That file is not a Backstory notes export. Nothing was imported.');
      expect((await firefoxStorageGet(ff, 'notes')).notes).toEqual({ 'https://apnews.com/x': [IMPORTED_NOTE] });
      await clickText(options, 'button', 'Delete all notes');
      await clickText(options, 'button', 'Yes, delete all');
      await waitForText(options, 'All notes deleted.');
      expect((await firefoxStorageGet(ff, 'notes')).notes).toEqual({});
      expect(await firefoxAxe(options)).toEqual([]);
    } finally {
      await options.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Firefox: notes, the share link and the student', () => {
  const PASSAGE = 'Ukraine gave up the nuclear weapons';
  const NOTE_TEXT = 'Compare with the Budapest Memorandum card: what was promised?';
  const EDITED = 'Edited: who signed the Budapest Memorandum, and what did each side promise?';
  const entry = fixture('story-en-ap');
  let teacherPage: Page;
  let world: IsolatedWorld;
  const storedNotes = async () => ((await firefoxStorageGet(ff, 'notes')).notes ?? {}) as Record<string, Note[]>;
  /** Scrolls the passage into view (only boxes on screen are drawn) and counts the note boxes. */
  const noteBoxesOnPassage = async (page: Page, w: IsolatedWorld) => {
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('gave up the nuclear'));
      p?.scrollIntoView({ block: 'center' });
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return w.evaluate(noteBoxes, null);
  };

  afterAll(async () => {
    await teacherPage?.close();
    await firefoxStorageSet(ff, { notes: {}, emphasis: {} });
  });

  it('a teacher selects a passage and adds a note with the keyboard (Alt+Shift+N, the notes frame); axe on the frame', async () => {
    ({ page: teacherPage } = await ff.openFixture('story-en-ap'));
    await firefoxPageState(ff, teacherPage, { until: (s) => s.mentions.length > 0 });
    await teacherPage.evaluate(selectPassage, PASSAGE);
    await chord(teacherPage, ['Alt', 'Shift'], 'KeyN'); // loads the notes (card UI bundle), focuses "Add note"
    world = await firefoxIsolatedWorld(ff, teacherPage);
    await pollUntil(
      () => world.evaluate(shadowFocus, null),
      (f) => f.includes('bs-add-button'),
      { timeoutMs: 8_000, intervalMs: 100, what: 'focus on "Add note"' },
    );
    await teacherPage.keyboard.press('Enter'); // the note box in the notes frame, focus in its textarea
    await pollUntil(
      () => firefoxProbeNotes(teacherPage),
      (p) => p?.focus === 'bs-note-text',
      { timeoutMs: 8_000, intervalMs: 100, what: 'focus in the new note' },
    );
    await teacherPage.keyboard.type(NOTE_TEXT);
    await teacherPage.keyboard.press('Tab'); // "Save note"
    await teacherPage.keyboard.press('Enter');
    const stored = await pollUntil(storedNotes, (n) => (n[entry.url]?.length ?? 0) > 0, {
      timeoutMs: 10_000,
      intervalMs: 200,
      what: 'the stored note',
    });
    const notes = stored[entry.url] as Note[];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ exact: PASSAGE, text: NOTE_TEXT, url: entry.url });
    await pollUntil(
      () => firefoxProbeNotes(teacherPage),
      (p) => p?.text.includes(NOTE_TEXT) === true,
      { timeoutMs: 5_000, what: 'the note listed in the panel' },
    );
    await teacherPage.evaluate(() => document.getSelection()?.removeAllRanges());
    await pollUntil(
      () => noteBoxesOnPassage(teacherPage, world),
      (n) => n > 0,
      {
        timeoutMs: 5_000,
        what: 'the noted passage painted',
      },
    );
    const frame = await firefoxNotesFrame(teacherPage);
    if (!frame) throw new Error('no notes frame');
    expect(await firefoxAxe(frame, { frame: true }), 'the notes frame, light').toEqual([]);
    expect(await forceDark(frame, true)).toBeGreaterThan(0);
    expect(await firefoxAxe(frame, { frame: true }), 'the notes frame, dark').toEqual([]);
    await forceDark(frame, false);
  });

  it('the teacher ticks an entity to emphasise in the page panel, with the keyboard', async () => {
    expect(await focusInNotesFrame(teacherPage, world, '.bs-emphasis-pick summary')).toBe(true);
    await teacherPage.keyboard.press('Enter'); // opens the list
    await teacherPage.keyboard.press('Tab'); // the first entity's checkbox
    await teacherPage.keyboard.press(' ');
    const stored = await pollUntil(
      async () => ((await firefoxStorageGet(ff, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
      (e) => (e[entry.url]?.length ?? 0) > 0,
      { timeoutMs: 5_000, intervalMs: 200, what: 'the stored emphasis' },
    );
    const state = await firefoxPageState(ff, teacherPage);
    // The list is in order of first mention.
    expect(stored[entry.url]).toEqual([state.mentions[0]?.entityId]);
    // Untick it again (Space), for what follows.
    await teacherPage.keyboard.press(' ');
    await pollUntil(
      async () => ((await firefoxStorageGet(ff, 'emphasis')).emphasis ?? {}) as Record<string, string[]>,
      (e) => e[entry.url] === undefined || e[entry.url]?.length === 0,
      { timeoutMs: 5_000, intervalMs: 200, what: 'the emphasis cleared' },
    );
  });

  it('the teacher shares from the page panel: names the link, sees what students will see, copies it', async () => {
    expect(await focusInNotesFrame(teacherPage, world, '.bs-share summary')).toBe(true);
    await teacherPage.keyboard.press('Enter'); // opens "Share with students"
    const frame = (await firefoxNotesFrame(teacherPage)) as NonNullable<Awaited<ReturnType<typeof firefoxNotesFrame>>>;
    expect(await focusInNotesFrame(teacherPage, world, '#bs-share-name')).toBe(true);
    // (The field keeps the last name the teacher signed with, the popup's included: typed over.)
    await chord(teacherPage, ['Control'], 'KeyA');
    await teacherPage.keyboard.type('Mr. Petrenko');
    const preview = await waitForText(frame, /^Shared by Mr\. Petrenko on /m, '[data-testid="share-preview"]');
    expect(preview).toContain(NOTE_TEXT);
    await recordClipboard(frame);
    expect(await focusInNotesFrame(teacherPage, world, '[data-key="share-copy"]')).toBe(true);
    await teacherPage.keyboard.press('Enter');
    await waitForText(frame, 'Share link copied: 1 note.');
    const [link] = await copied(frame);
    expect(link?.startsWith(`${entry.url}#bs=`)).toBe(true);
    const decoded = await decodeShareHash(new URL(link as string).hash);
    expect(decoded.ok && decoded.payload.by).toBe('Mr. Petrenko');
    expect(decoded.ok && decoded.payload.notes.map((n) => n.text)).toEqual([NOTE_TEXT]);
    expect(link).toContain(':~:text=');
  });

  it('the teacher edits, deletes and restores a note in the page panel, with the keyboard', async () => {
    expect(await focusInNotesFrame(teacherPage, world, '.bs-edit')).toBe(true);
    await teacherPage.keyboard.press('Enter'); // Edit: focus moves into the textarea
    await pollUntil(
      () => firefoxProbeNotes(teacherPage),
      (p) => p?.focus === 'bs-edit-text',
      { timeoutMs: 3_000, intervalMs: 50, what: 'focus in the edit box' },
    );
    await chord(teacherPage, ['Control'], 'KeyA');
    await teacherPage.keyboard.type(EDITED);
    await teacherPage.keyboard.press('Tab'); // Save
    await teacherPage.keyboard.press('Enter');
    await pollUntil(storedNotes, (s) => s[entry.url]?.[0]?.text === EDITED, {
      timeoutMs: 5_000,
      what: 'the edited note stored',
    });
    await pollUntil(
      () => firefoxProbeNotes(teacherPage),
      (p) => p?.text.includes(EDITED) === true && p.focus === 'bs-edit',
      { timeoutMs: 5_000, what: 'the panel shows the edit, focus back on Edit' },
    );
    expect(await focusInNotesFrame(teacherPage, world, '.bs-delete')).toBe(true);
    await teacherPage.keyboard.press('Enter'); // Delete: focus moves to Undo
    await pollUntil(storedNotes, (s) => s[entry.url] === undefined, { timeoutMs: 5_000, what: 'the note deleted' });
    await pollUntil(
      () => noteBoxesOnPassage(teacherPage, world),
      (n) => n === 0,
      {
        timeoutMs: 5_000,
        what: 'the noted passage no longer painted',
      },
    );
    expect((await firefoxProbeNotes(teacherPage))?.text).toContain('Note deleted.');
    await teacherPage.keyboard.press('Enter'); // Undo
    await pollUntil(storedNotes, (s) => s[entry.url]?.[0]?.text === EDITED, {
      timeoutMs: 5_000,
      what: 'the note restored',
    });
    await pollUntil(
      () => noteBoxesOnPassage(teacherPage, world),
      (n) => n > 0,
      {
        timeoutMs: 5_000,
        what: 'the noted passage painted again',
      },
    );
  });

  it('a student opens the share link: the note beside its passage, the emphasised entity marked, who shared it; closed, the note reopens at a click on its passage', async () => {
    const notes = (await storedNotes())[entry.url] as Note[];
    expect(notes.map((n) => n.text)).toEqual([EDITED]);
    const emphasised = 'jd-vance';
    const link = await buildShareLink(entry.url, notes, {
      emphasis: [emphasised],
      by: 'Ms. Koval',
      sharedOn: '2026-12-01',
    });
    if (!link.ok) throw new Error(`no share link: ${link.error}`);
    // The student's browser has none of the teacher's notes (nor the teacher's tab at the same address).
    await teacherPage.close();
    await firefoxStorageSet(ff, { notes: {}, emphasis: {} });
    const { page, pageErrors } = await ff.openPage(link.url, fixtureHtml(entry));
    try {
      const state = await firefoxPageState(ff, page, { until: (s) => s.mentions.length > 0 });
      const panel = await pollUntil(
        () => firefoxProbeNotes(page),
        (p) => p?.text.includes(EDITED) === true,
        { timeoutMs: 15_000, intervalMs: 250, what: 'the notes panel with the shared note' },
      );
      expect(panel?.text).toContain('Shared by Ms. Koval on December 1, 2026');
      expect(panel?.text).toContain('Your teacher asks you to look at: JD Vance.');
      expect(panel?.text).not.toContain('Emphasise in the share link');
      expect(panel?.text).not.toContain('Share with students');
      const student = await firefoxIsolatedWorld(ff, page);
      expect(await noteBoxesOnPassage(page, student), 'the noted passage is painted').toBeGreaterThan(0);
      const mentionTexts = state.mentions.filter((m) => m.entityId === emphasised).map((m) => m.text);
      const emphasisTexts = await pollUntil(
        () => page.evaluate(namedHighlightTexts, 'backstory-emphasis'),
        (t) => t.length > 0,
        { timeoutMs: 5_000, what: 'the emphasis highlight' },
      );
      expect(emphasisTexts.sort()).toEqual(mentionTexts.sort());
      // Nothing saved until the student saves; the link is gone from the address once read.
      expect(await storedNotes()).toEqual({});
      expect(await page.evaluate(() => location.href)).toBe(entry.url);

      // Closed, the panel comes back at a click on the noted passage.
      expect(await focusInNotesFrame(page, student, '[data-key="close"]')).toBe(true);
      await page.keyboard.press('Enter');
      await pollUntil(
        () => student.evaluate(notesFrameShown, null),
        (shown) => !shown,
        {
          timeoutMs: 5_000,
          what: 'the panel closed',
        },
      );
      const at = await page.evaluate((passage) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const i = node.data.indexOf(passage);
          if (i === -1) continue;
          node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const range = document.createRange();
          range.setStart(node, i + 2);
          range.setEnd(node, i + 8);
          const r = range.getClientRects()[0] as DOMRect;
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      }, PASSAGE);
      if (!at) throw new Error('passage not found');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.mouse.click(at.x, at.y);
      await pollUntil(() => student.evaluate(notesFrameShown, null), Boolean, {
        timeoutMs: 5_000,
        what: 'the panel open again',
      });
      expect((await firefoxProbeNotes(page))?.text).toContain(EDITED);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a damaged link changes nothing on the page and says it could not be read', async () => {
    const { page, pageErrors } = await ff.openPage(`${entry.url}#bs=1.AAAAbroken`, fixtureHtml(entry));
    try {
      await firefoxPageState(ff, page, { until: (s) => s.mentions.length > 0 });
      const panel = await pollUntil(
        () => firefoxProbeNotes(page),
        (p) => p !== null,
        { timeoutMs: 10_000, intervalMs: 200, what: 'the unreadable-link notice' },
      );
      expect(panel?.text).toContain('could not be read');
      expect(await (await firefoxIsolatedWorld(ff, page)).evaluate(noteBoxes, null)).toBe(0);
      expect(await storedNotes()).toEqual({});
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a page with stored notes shows them on the next visit, before any hover', async () => {
    const note: Note = {
      id: 'kept',
      url: entry.url,
      exact: PASSAGE,
      prefix: '',
      suffix: '',
      text: 'Kept from last time',
      createdAt: '2026-12-03T10:00:00.000Z',
    };
    await firefoxStorageSet(ff, { notes: { [entry.url]: [note] } });
    const { page } = await ff.openFixture('story-en-ap');
    try {
      await page.mouse.move(4, 4);
      const panel = await pollUntil(
        () => firefoxProbeNotes(page),
        (p) => p !== null && p.mine === 1,
        { timeoutMs: 10_000, intervalMs: 200, what: 'the notes panel on the next visit' },
      );
      expect(panel?.text).toContain(note.text);
      const w = await firefoxIsolatedWorld(ff, page);
      await pollUntil(
        () => noteBoxesOnPassage(page, w),
        (n) => n > 0,
        {
          timeoutMs: 5_000,
          what: 'the noted passage painted',
        },
      );
    } finally {
      await page.close();
      await firefoxStorageSet(ff, { notes: {} });
    }
  });
});

describe('Firefox: the handout (handout.html?tab=ID)', () => {
  const PASSAGE = 'Ukraine gave up the nuclear weapons';
  const NOTE_TEXT = 'What did each side promise in 1994?';

  afterAll(async () => {
    await firefoxStorageSet(ff, { notes: {}, emphasis: {} });
  });

  /** What the handout shows: the marks, their numbers, the context notes and the teacher's notes. */
  const readHandout = (handout: Page) =>
    handout.evaluate(() => ({
      ready: document.body.dataset.ready ?? '',
      marks: [...document.querySelectorAll<HTMLElement>('.article-body mark')].map((m) => ({
        entity: m.dataset.entity ?? '',
        n: Number(m.dataset.n),
        sup: m.nextElementSibling?.matches('sup.ref') ? m.nextElementSibling.textContent : null,
      })),
      notes: [...document.querySelectorAll<HTMLLIElement>('.context .notes > li')].map(
        (li) => li.querySelector('strong')?.textContent ?? '',
      ),
      teacherNotes: [...document.querySelectorAll('.article-body .teacher-note')].map((a) => ({
        text: a.textContent ?? '',
        after: a.previousElementSibling?.textContent ?? '',
      })),
      passage: document.querySelector('.article-body .tn-passage')?.textContent ?? '',
      ref: document.querySelector('.article-body sup.tn-ref')?.textContent ?? '',
      pressed: document.querySelector('.choose button[aria-pressed="true"]')?.textContent ?? '',
    }));

  it("by default only the emphasised entities, numbered, with the teacher's note beside its passage; prints on two A4 pages; axe", async () => {
    const entry = fixture('story-en-ap');
    await firefoxStorageSet(ff, {
      emphasis: { [entry.url]: ['budapest-memorandum', 'jd-vance'] },
      notes: {
        [entry.url]: [
          {
            id: 'n1',
            url: entry.url,
            exact: PASSAGE,
            prefix: '',
            suffix: '',
            text: NOTE_TEXT,
            createdAt: '2026-12-03T10:00:00.000Z',
          },
        ],
      },
    });
    const { page } = await ff.openFixture('story-en-ap');
    await firefoxPageState(ff, page, { until: (s) => s.story !== null && s.mentions.length > 0 });
    const handout = await openFor(page, 'handout.html');
    try {
      const h = await pollUntil(
        () => readHandout(handout),
        (r) => r.ready !== '',
        { timeoutMs: 20_000, what: 'the handout ready' },
      );
      expect(h.ready).toBe('ready');
      expect([...h.notes].sort()).toEqual(['Budapest Memorandum', 'JD Vance']);
      expect(h.marks.map((m) => m.entity).sort()).toEqual(['budapest-memorandum', 'jd-vance']);
      for (const m of h.marks) expect(m.sup).toBe(String(m.n));
      expect(h.pressed).toBe('Emphasised only');
      expect(h.teacherNotes).toHaveLength(1);
      expect(h.teacherNotes[0]?.text).toContain(NOTE_TEXT);
      expect(h.teacherNotes[0]?.after).toContain(PASSAGE);
      expect([h.passage, h.ref]).toEqual([PASSAGE, 'T1']);
      expect(await firefoxAxe(handout)).toEqual([]);

      // Firefox prints it (WebDriver BiDi's print) on two A4 pages at most.
      const pdf = Buffer.from(await handout.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);

      // The teacher chooses what goes in: everything marked on the page gives more notes.
      await clickText(handout, '.choose button', 'Everything marked on the page');
      const all = await pollUntil(
        () => readHandout(handout),
        (r) => r.notes.length > h.notes.length,
        { timeoutMs: 5_000, what: 'the handout with everything marked' },
      );
      expect(all.pressed).toBe('Everything marked on the page');
      expect(await firefoxAxe(handout)).toEqual([]);
    } finally {
      await Promise.all([handout.close(), page.close()]);
    }
  });
});

describe('Firefox: a card in Ukrainian', () => {
  afterAll(async () => {
    await firefoxStorageSet(ff, {
      [SETTINGS_KEY]: structuredClone(DEFAULT_SETTINGS),
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
  });

  it("shows the dataset's Ukrainian texts and the dates in the Ukrainian format, with no English interface words; axe", async () => {
    await firefoxStorageSet(ff, {
      [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), uiLanguage: 'uk' },
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
    const { page } = await ff.openFixture('story-en-ap');
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await firefoxPageState(ff, page, { until: (s) => s.mentions.some((m) => m.entityId === 'donald-trump') });
      const world = await firefoxIsolatedWorld(ff, page);
      await page.bringToFront();
      const box = await world.evaluate(mentionBox, { entityId: 'donald-trump', top: true });
      await page.mouse.move(4, 4);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      const card = await pollUntil(
        () => world.evaluate(probeCardWords, null),
        (c) => c?.entity === 'donald-trump',
        { timeoutMs: 5_000, intervalMs: 50, what: "Trump's card" },
      );
      expectTrumpCardInUkrainian(card);
      for (const b of card?.buttons ?? []) expect(b).not.toMatch(/[A-Za-z]{2,}/);
      const axe = await axeInShadow(world, '.floating:not([aria-hidden="true"]) .card');
      expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
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
