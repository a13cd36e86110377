/**
 * End to end in Chromium with the built extension (.output/chrome-mv3): detection, mentions, highlights,
 * and "leave the page alone" checks on every fixture page, compared with the same page loaded in a
 * browser without the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageState } from '../../core/messages/page-state';
import {
  type ChromiumSession,
  firstDifference,
  getHighlightTexts,
  getPageState,
  hasHostElement,
  launchChromium,
  type OpenedPage,
  requestPageState,
  snapshotDom,
} from './support/chromium';
import { type FixtureEntry, MANIFEST, multisetMinus, pollUntil, STORY_ID, sleep } from './support/fixtures';
import { isolatedWorld } from './support/isolated-world';

/** How long after "done" a page is left alone before its DOM is compared. */
const QUIET_MS = 1_000;

let ext: ChromiumSession;
let plain: ChromiumSession;

beforeAll(async () => {
  ext = await launchChromium({ extension: true });
  plain = await launchChromium({ extension: false });
}, 60_000);

afterAll(async () => {
  await ext?.close();
  await plain?.close();
});

declare global {
  interface Window {
    __appRenders?: number;
  }
}

/** Waits until a page's own timers have run, so the two loads are compared in the same state. */
async function settle(page: Page, entry: FixtureEntry): Promise<void> {
  if (entry.file === 'story-en-liveblog.html') {
    await page.waitForSelector('#block-5', { timeout: 10_000 });
  } else if (entry.file === 'app-rendered.html') {
    await page.waitForFunction(() => (window as { __renders?: number }).__renders === 2, null, { timeout: 10_000 });
  } else if (entry.file === 'react-rerender.html') {
    await page.waitForFunction(() => document.querySelectorAll('#app .update').length === 1, null, {
      timeout: 10_000,
    });
  }
}

const ids = (state: PageState) => new Set(state.mentions.map((m) => m.entityId));
const texts = (state: PageState) => state.mentions.map((m) => m.text);

/** Waits (briefly) until the highlights agree with the page state's mentions, then returns both. */
async function settledHighlights(page: Page, until?: (s: PageState) => boolean) {
  let state = await getPageState(page, { until });
  let highlights = await getHighlightTexts(page);
  const deadline = Date.now() + 5_000;
  while (JSON.stringify(highlights) !== JSON.stringify(texts(state)) && Date.now() < deadline) {
    await sleep(200);
    state = await getPageState(page, { until });
    highlights = await getHighlightTexts(page);
  }
  return { state, highlights };
}

describe.each(MANIFEST)('$file ($lang, story: $story)', (entry) => {
  let withExt: OpenedPage;
  let without: OpenedPage;
  let state: PageState;
  let highlights: string[];

  beforeAll(async () => {
    withExt = await ext.openFixture(entry.file);
    without = await plain.openFixture(entry.file);
    await settle(withExt.page, entry);
    await settle(without.page, entry);
    ({ state, highlights } = await settledHighlights(withExt.page));
    // Late work (idle callbacks, deferred UI) must not touch the page either: compare after a quiet spell.
    await sleep(QUIET_MS);
  }, 60_000);

  afterAll(async () => {
    await withExt?.page.close();
    await without?.page.close();
  });

  it(entry.story ? 'is detected as the story' : 'is not detected as the story', () => {
    expect(state.status).toBe('done');
    if (entry.story) {
      expect(state.story, JSON.stringify(state.weighed)).not.toBeNull();
      expect(state.story?.id).toBe(STORY_ID);
    } else {
      expect(state.story, JSON.stringify(state.story?.evidence)).toBeNull();
    }
  });

  it('reads the article date', () => {
    expect(state.articleDate).toBe(entry.articleDate);
  });

  if (entry.story) {
    it('mentions every entity the page clearly names', () => {
      expect(state.mentions.length).toBeGreaterThan(0);
      const missing = entry.mustMention.filter((id) => !ids(state).has(id));
      expect(missing, `found: ${[...ids(state)].join(', ')}`).toEqual([]);
    });
  } else {
    it('has no mentions', () => {
      expect(state.mentions).toEqual([]);
    });
  }

  if (entry.mustNotMention?.length) {
    it('does not mention entities the page does not name', () => {
      const wrong = entry.mustNotMention!.filter((id) => ids(state).has(id));
      expect(wrong, JSON.stringify(state.mentions.filter((m) => wrong.includes(m.entityId)))).toEqual([]);
    });
  }

  it('highlights exactly the mentions, in document order', () => {
    expect(highlights).toEqual(texts(state));
  });

  if (entry.story) {
    it('keeps the page DOM byte-identical apart from its host element', async () => {
      const a = await snapshotDom(withExt.page);
      const b = await snapshotDom(without.page);
      expect(firstDifference(a, b) ?? 'identical').toBe('identical');
    });
  } else {
    it('adds no host element and no highlights', async () => {
      expect(await hasHostElement(withExt.page)).toBe(false);
      expect(highlights).toEqual([]);
      const a = await snapshotDom(withExt.page);
      const b = await snapshotDom(without.page);
      expect(firstDifference(a, b) ?? 'identical').toBe('identical');
    });
  }

  it('causes no page errors', () => {
    expect(multisetMinus(withExt.pageErrors, without.pageErrors)).toEqual([]);
  });
});

describe('story-en-ap.html specifics', () => {
  it('marks a name split across inline elements (<a>Volodymyr</a> Zelenskyy)', async () => {
    const { page } = await ext.openFixture('story-en-ap');
    try {
      const state = await getPageState(page);
      expect(state.mentions).toContainEqual({ entityId: 'volodymyr-zelenskyy', text: 'Volodymyr Zelenskyy' });
      const split = await page.evaluate(() => {
        const link = document.querySelector('a[href="https://apnews.com/hub/volodymyr-zelenskyy"]');
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        for (const [name, highlight] of registry) {
          if (!name.startsWith('backstory')) continue;
          for (const r of highlight) {
            if (!link?.contains(r.startContainer) || link.contains(r.endContainer)) continue;
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          }
        }
        return null;
      });
      expect(split).toBe('Volodymyr Zelenskyy');
    } finally {
      await page.close();
    }
  });
});

describe('signals the page can hear', () => {
  it('sends the page no window messages or document events while it loads, annotates and loads the card UI', async () => {
    const session = await launchChromium({ extension: true });
    try {
      // Recorded from before the page's first script, as a page's own listeners would see them: window
      // messages, and the start-up event WXT's own content-script context dispatches on `document` under
      // a name made of the extension's id (a page that knows the id could detect Backstory with it).
      const names = ['content', 'engine', 'card-ui'].map(
        (entry) => `${session.extensionId}:${entry}:wxt:content-script-started`,
      );
      await session.context.addInitScript((eventNames: string[]) => {
        const seen: unknown[] = [];
        (window as unknown as { __messages: unknown[] }).__messages = seen;
        window.addEventListener('message', (e) => seen.push(e.data), true);
        for (const name of eventNames) document.addEventListener(name, () => seen.push(name), true);
      }, names);
      const { page } = await session.openFixture('story-en-ap');
      const state = await getPageState(page);
      expect(state.story).not.toBeNull();
      await sleep(500);
      const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
      expect(messages).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the background analyses story pages', () => {
  it('marks text added after the background service worker was stopped (the analysis wakes it)', async () => {
    const session = await launchChromium({ extension: true });
    try {
      const { page, pageErrors } = await session.openFixture('story-en-ap');
      const before = await getPageState(page);
      expect(before.story?.id).toBe(STORY_ID);
      expect(ids(before).has('keir-starmer')).toBe(false);
      // Stopped from one of the extension's own pages (same origin as the worker), as Chrome stops an idle
      // worker after 30 s; its status comes from the DevTools protocol (playwright-core's list lags).
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      const cdp = await session.context.newCDPSession(options);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) statuses.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await pollUntil(
        async () => statuses.at(-1),
        (status) => status === 'stopped',
        { what: 'the service worker to stop' },
      );
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Keir Starmer spoke to Volodymyr Zelenskyy by phone after the meeting.';
        document.querySelector('article')?.append(p);
      });
      const after = await getPageState(page, { until: (s) => ids(s).has('keir-starmer') });
      expect(texts(after)).toContain('Keir Starmer');
      expect(statuses.at(-1)).toBe('running');
      expect(pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/**
 * Runs in the isolated world: the looks and scans our content scripts made in this frame (countScan in
 * core/messages/engine.ts; release builds write no user timing a test could count).
 */
const scanCount = () => (globalThis as Record<symbol, number | undefined>)[Symbol.for('backstory.scans')] ?? 0;

describe('a page that is not the story and keeps changing', () => {
  it('is looked at again, less and less often (core/rescan.ts)', async () => {
    const { page, pageErrors } = await ext.openFixture('unrelated-en');
    const world = await isolatedWorld(page, ext.extensionId as string);
    try {
      const looks = () => world.evaluate(scanCount, null);
      await pollUntil(looks, (n) => n >= 1, { what: "the gate's first look" });
      // A ticker: the page's own text changes every 100 ms, never about the story.
      await page.evaluate(() => {
        const ticker = document.createElement('p');
        document.querySelector('article')?.append(ticker);
        let n = 0;
        setInterval(() => {
          ticker.textContent = `Markets update ${++n}`;
        }, 100);
      });
      await sleep(8_500);
      // Once a second for three looks, then 2 s and 4 s apart: 5 looks in all by now (9 at once a second).
      const count = await looks();
      expect(count).toBeGreaterThanOrEqual(4);
      expect(count).toBeLessThanOrEqual(6);
      expect((await getPageState(page)).story).toBeNull();
      expect(pageErrors).toEqual([]);
    } finally {
      await world.detach();
      await page.close();
    }
  });
});

describe('a story page whose article keeps changing', () => {
  const analyses = async () => {
    const sw = await ext.serviceWorker();
    return sw.evaluate(() => performance.getEntriesByName('backstory:analyze').length);
  };

  it('backs off from a live counter in the article, and does not re-analyse text that did not change', async () => {
    const { page, pageErrors } = await ext.openFixture('story-en-ap');
    const world = await isolatedWorld(page, ext.extensionId as string);
    try {
      await getPageState(page, { until: (s) => s.story !== null });
      const scans = () => world.evaluate(scanCount, null);
      await sleep(300);
      // The same paragraphs rebuilt from scratch (a framework re-render): new nodes, the same words.
      const before = await analyses();
      await page.evaluate(() => {
        const article = document.querySelector('article');
        if (article) for (const p of Array.from(article.querySelectorAll('p'))) p.replaceWith(p.cloneNode(true));
      });
      await sleep(400);
      expect(await analyses()).toBe(before);
      const { highlights, state } = await settledHighlights(page);
      expect(highlights).toEqual(texts(state));
      expect(highlights.length).toBeGreaterThan(0);

      // A counter ticking every 100 ms inside the article for 5 s: 50 changes, far fewer rescans.
      const startScans = await scans();
      await page.evaluate(() => {
        const counter = document.createElement('p');
        document.querySelector('article')?.append(counter);
        let n = 0;
        const tick = setInterval(() => {
          counter.textContent = `Readers online: ${++n}`;
          if (n === 50) clearInterval(tick);
        }, 100);
      });
      await sleep(5_300);
      const rescans = (await scans()) - startScans;
      expect(rescans).toBeGreaterThanOrEqual(5);
      expect(rescans).toBeLessThanOrEqual(15);
      // Still annotated, and still right.
      const after = await settledHighlights(page);
      expect(after.state.story?.id).toBe(STORY_ID);
      expect(after.highlights).toEqual(texts(after.state));
      expect(pageErrors).toEqual([]);
    } finally {
      await world.detach();
      await page.close();
    }
  });
});

describe('story-en-liveblog.html: posts added later', () => {
  it('marks the auto-appended post and the posts behind "load more"', async () => {
    const { page, pageErrors } = await ext.openFixture('story-en-liveblog');
    try {
      const initial = await getPageState(page);
      // Every post is part of the article, not just the first one: block-4 and block-1 each name him in full.
      expect(texts(initial).filter((t) => t === 'Volodymyr Zelenskyy').length).toBeGreaterThanOrEqual(2);
      await page.waitForSelector('#block-5', { timeout: 10_000 });
      const afterAuto = await getPageState(page, { until: (s) => ids(s).has('emmanuel-macron') });
      expect(afterAuto.story?.id).toBe(STORY_ID);
      expect(ids(afterAuto).has('keir-starmer')).toBe(false);

      await page.click('#load-more');
      await page.waitForSelector('#block-0b', { timeout: 5_000 });
      const { state, highlights } = await settledHighlights(
        page,
        (s) => ids(s).has('keir-starmer') && ids(s).has('coalition-of-the-willing'),
      );
      expect(highlights).toEqual(texts(state));
      const lateTexts = await page.evaluate(() =>
        ['#block-5', '#block-0b'].map((sel) => document.querySelector(sel)?.textContent ?? ''),
      );
      expect(lateTexts[0]).toContain('Emmanuel Macron');
      expect(highlights).toContain('Emmanuel Macron');
      expect(highlights).toContain('Keir Starmer');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('app-rendered.html: an article the page renders after load, then renders again', () => {
  it('is annotated within 500 ms of its render, and the page state never says "done" before that', async () => {
    const { page } = await ext.openFixture('app-rendered');
    try {
      // Ask as a popup would, from the moment the page is there: every answer before the story is
      // found must say "scanning", never "done" with no story.
      const answers: PageState[] = [];
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const answer = PageState.parse(await requestPageState(page));
        answers.push(answer);
        if (answer.story) break;
        await sleep(20);
      }
      const found = answers.findIndex((a) => a.story !== null);
      expect(found, JSON.stringify(answers.map((a) => a.status))).toBeGreaterThanOrEqual(0);
      expect(answers.slice(0, found).filter((a) => a.status === 'done')).toEqual([]);

      await page.waitForFunction(() => (window as { __annotatedAt?: number }).__annotatedAt !== undefined, null, {
        timeout: 10_000,
      });
      const { renderedAt, annotatedAt } = await page.evaluate(() => {
        const w = window as { __renderedAt?: number; __annotatedAt?: number };
        return { renderedAt: w.__renderedAt ?? Number.NaN, annotatedAt: w.__annotatedAt ?? Number.NaN };
      });
      expect(annotatedAt - renderedAt).toBeLessThan(500);
      // The second render replaced every node: the final marks are on the new text.
      const { state, highlights } = await settledHighlights(page, (s) => s.mentions.length > 0);
      expect(highlights).toEqual(texts(state));
      expect(highlights).toContain('Yulia Svyrydenko');
    } finally {
      await page.close();
    }
  });
});

describe('react-rerender.html: a page whose own app re-renders', () => {
  async function runApp(session: ChromiumSession) {
    const opened = await session.openFixture('react-rerender');
    const { page } = opened;
    await page.waitForFunction(() => document.querySelectorAll('#app .update').length === 1, null, {
      timeout: 10_000,
    });
    const rendersAfterTimer = await page.evaluate(() => window.__appRenders ?? 0);
    await page.click('#more-updates');
    await page.waitForFunction(() => document.querySelectorAll('#app .update').length === 2, null, {
      timeout: 10_000,
    });
    const rendersAfterClick = await page.evaluate(() => window.__appRenders ?? 0);
    return { ...opened, rendersAfterTimer, rendersAfterClick };
  }

  it('keeps the app working and its text intact, and highlights the new text', async () => {
    const a = await runApp(ext);
    const b = await runApp(plain);
    try {
      expect(a.rendersAfterTimer).toBeGreaterThanOrEqual(2);
      expect(a.rendersAfterClick).toBeGreaterThan(a.rendersAfterTimer);
      expect(a.rendersAfterClick).toBe(b.rendersAfterClick);

      const { state, highlights } = await settledHighlights(
        a.page,
        (s) => ids(s).has('marco-rubio') && ids(s).has('scott-bessent'),
      );
      expect(state.story?.id).toBe(STORY_ID);
      expect(highlights).toEqual(texts(state));
      expect(highlights).toContain('Marco Rubio');
      expect(highlights).toContain('Scott Bessent');

      // One more render after we have marked the page: the app must still own its DOM.
      await a.page.click('#more-updates');
      await b.page.click('#more-updates');
      for (const p of [a.page, b.page]) {
        await p.waitForFunction(() => document.querySelectorAll('#app .update').length === 3, null, {
          timeout: 10_000,
        });
      }
      expect(await a.page.evaluate(() => window.__appRenders)).toBe(await b.page.evaluate(() => window.__appRenders));

      // The text the reader sees (rendered text), with and without the extension.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is exactly what is compared
      const renderedText = () => document.body.innerText;
      const textA = await a.page.evaluate(renderedText);
      const textB = await b.page.evaluate(renderedText);
      expect(firstDifference(textA, textB) ?? 'identical').toBe('identical');
      const appA = await a.page.evaluate(() => document.getElementById('app')?.innerHTML);
      const appB = await b.page.evaluate(() => document.getElementById('app')?.innerHTML);
      expect(firstDifference(appA ?? '', appB ?? '') ?? 'identical').toBe('identical');

      const after = await settledHighlights(a.page);
      expect(after.highlights).toEqual(texts(after.state));
      expect(multisetMinus(a.pageErrors, b.pageErrors)).toEqual([]);
    } finally {
      await a.page.close();
      await b.page.close();
    }
  });
});

describe('strict CSP (default-src none)', () => {
  it('still highlights the story, with no CSP violations of our own and no page errors', async () => {
    const a = await ext.openFixture('story-en-ap', { csp: true });
    const b = await plain.openFixture('story-en-ap', { csp: true });
    try {
      const { state, highlights } = await settledHighlights(a.page);
      expect(state.story?.id).toBe(STORY_ID);
      expect(highlights.length).toBeGreaterThan(0);
      expect(highlights).toEqual(texts(state));
      // Give late violations (styles in our UI, fonts, images) a moment to be reported.
      await sleep(500);
      const csp = (lines: string[]) => lines.filter((l) => /content security policy/i.test(l));
      expect(multisetMinus(csp(a.console), csp(b.console))).toEqual([]);
      expect(multisetMinus(a.pageErrors, b.pageErrors)).toEqual([]);
    } finally {
      await a.page.close();
      await b.page.close();
    }
  });
});

describe('harness sanity', () => {
  it('serves fixtures at their real URLs and blocks everything else', async () => {
    const { page } = await plain.openFixture('unrelated-en');
    try {
      expect(page.url()).toBe('https://www.bbc.co.uk/news/articles/c0weather2025mar07');
      const ok = await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      expect(ok).toBe('blocked');
    } finally {
      await page.close();
    }
  });

  it('can see a highlight the page itself registers (so "no highlights" is meaningful)', async () => {
    const { page } = await plain.openFixture('unrelated-en');
    try {
      await page.evaluate(() => {
        const range = document.createRange();
        const h1 = document.querySelector('h1')!;
        range.selectNodeContents(h1);
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set(
          'backstory-probe',
          new Highlight(range),
        );
      });
      expect(await getHighlightTexts(page)).toEqual([await page.textContent('h1')]);
    } finally {
      await page.close();
    }
  });
});
