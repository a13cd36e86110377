/**
 * Hover and focus cards, end to end with the built extension: Chromium (.output/chrome-mv3) for the whole
 * behaviour, accessibility (axe-core) and screenshots; Firefox ESR (.output/firefox-mv2) for the hover flow.
 *
 * Our shadow root is closed, so page scripts (and Playwright's page-world helpers) cannot see into it.
 * The Chromium tests read the card from the extension's own isolated world over the DevTools protocol
 * (support/isolated-world.ts): the world the content scripts run in, where the PageApi global leads to
 * the real shadow root. axe-core runs there too: its source is evaluated in that world, and the host
 * element is given a `shadowRoot` getter *in that world only* (the page world never sees it), so axe
 * walks the real, closed, styled card as it would an open root.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeInShadow } from './support/axe-shadow';
import { expectTallCard, expectWaltzCard, walkCardMenu } from './support/card-checks';
import { type Box, type CardProbe, mentionBox, probeCard, probeUi } from './support/card-probes';
import {
  type ChromiumSession,
  getHighlightNames,
  getPageState,
  launchChromium,
  messageTab,
  saveDocsScreenshot,
  storageGet,
} from './support/chromium';
import { type FirefoxSession, launchFirefox } from './support/firefox';
import { CHROME_EXTENSION, fixture, HOST_SELECTOR, pollUntil, ROOT, sleep } from './support/fixtures';
import { clickInShadow, type IsolatedWorld, isolatedWorld, pressAltShiftBurst } from './support/isolated-world';

/** The extension APIs the tests use inside the service worker (no @types/chrome here). */
declare const chrome: {
  runtime: { onMessage: { addListener(fn: (message: unknown) => void): void } };
};

const STORY = 'story-en-ap';
/** Hover intent is ~500 ms, the grace period ~300 ms. */
const OPENED_MS = 900;
const CLOSED_MS = 800;

/** Runs in the isolated world: what our live region says. */
function liveRegionText(): string {
  return (
    (globalThis as unknown as Record<symbol, { host(): { shadow: ShadowRoot } } | undefined>)[
      Symbol.for('backstory.page')
    ]
      ?.host()
      .shadow.querySelector('[role=status]')?.textContent ?? ''
  );
}

function uiLoaded(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('backstory.card-ui')]);
}

const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

describe('cards in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  let world: IsolatedWorld;

  const card = () => world.evaluate(probeCard, null);
  const waitCard = async (want: 'open' | 'closed', ms = 3000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const c = await card();
      if ((want === 'open') === (c !== null)) return c;
      if (Date.now() > deadline) throw new Error(`card not ${want} after ${ms} ms: ${JSON.stringify(c)}`);
      await sleep(50);
    }
  };
  /** A point on the page with no mention and no card: the left margin near the top. */
  const away = { x: 4, y: 4 };

  async function openStory(opts: { csp?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
    await page?.close().catch(() => {});
    await world?.detach();
    const opened = await session.openFixture(STORY, { csp: opts.csp });
    page = opened.page;
    if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
    await getPageState(page, { until: (s) => s.mentions.some((m) => m.entityId === 'mike-waltz') });
    world = await isolatedWorld(page, session.extensionId as string);
    await page.mouse.move(away.x, away.y);
  }

  /** Points at a mention (scrolled into view; `top`: near the top, so its card has room below). */
  async function hover(entityId: string, nth = 0, at?: 'top') {
    const box = await world.evaluate(mentionBox, { entityId, nth, top: at === 'top' });
    const c = center(box);
    await page.mouse.move(away.x, away.y);
    await page.mouse.move(c.x, c.y, { steps: 4 });
    return box;
  }

  beforeAll(async () => {
    session = await launchChromium({ extension: true });
    await openStory();
  }, 90_000);

  afterAll(async () => {
    await world?.detach();
    await session?.close();
  });

  it('keeps the every-page content script small and the UI bundle separate', () => {
    const dir = path.join(CHROME_EXTENSION, 'content-scripts');
    const content = gzipSync(readFileSync(path.join(dir, 'content.js'))).length;
    expect(content).toBeLessThanOrEqual(30 * 1024);
    expect(statSync(path.join(dir, 'card-ui.js')).size).toBeGreaterThan(0);
    // The match index lives in the background (background/analysis.ts): a story page never parses it.
    const engine = readFileSync(path.join(dir, 'engine.js'), 'utf8');
    expect(engine.length).toBeLessThan(60 * 1024);
    expect(engine).not.toContain('"automaton"');
    expect(readFileSync(path.join(CHROME_EXTENSION, 'background.js'), 'utf8')).toContain('"automaton"');
    const manifest = JSON.parse(readFileSync(path.join(CHROME_EXTENSION, 'manifest.json'), 'utf8'));
    const listed = (manifest.content_scripts as { js: string[] }[]).flatMap((c) => c.js);
    expect(listed).not.toContain('content-scripts/card-ui.js');
    expect(listed).not.toContain('content-scripts/engine.js');
  });

  it('does not load the engine or the card UI on a page that is not the story', async () => {
    const other = await session.openFixture('unrelated-en');
    const otherWorld = await isolatedWorld(other.page, session.extensionId as string);
    await getPageState(other.page);
    await sleep(500);
    expect(await otherWorld.evaluate(uiLoaded, null)).toBe(false);
    // Nor the engine bundle: the gate's look was enough.
    expect(
      await otherWorld.evaluate(
        () => (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.engine')] !== undefined,
        null,
      ),
    ).toBe(false);
    expect(await other.page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBe(0);
    await otherWorld.detach();
    await other.page.close();
  });

  it('loads the card UI at the first hover on a mention, not with the annotation', async () => {
    const fresh = await session.openFixture(STORY);
    try {
      await getPageState(fresh.page, { until: (s) => s.mentions.length > 0 });
      const freshWorld = await isolatedWorld(fresh.page, session.extensionId as string);
      await fresh.page.mouse.move(away.x, away.y);
      await sleep(800);
      // Annotated, with the host element, but no card code yet.
      expect(await fresh.page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBe(1);
      expect(await freshWorld.evaluate(uiLoaded, null)).toBe(false);
      const box = await freshWorld.evaluate(mentionBox, { entityId: 'mike-waltz' });
      const c = center(box);
      await fresh.page.mouse.move(c.x, c.y, { steps: 4 });
      const card = await pollUntil(() => freshWorld.evaluate(probeCard, null), Boolean, {
        timeoutMs: 5000,
        intervalMs: 50,
        what: 'the first card',
      });
      expect(card?.entity).toBe('mike-waltz');
      expect(await freshWorld.evaluate(uiLoaded, null)).toBe(true);
      await freshWorld.detach();
    } finally {
      await fresh.page.close();
    }
  });

  /** The story in a fresh tab, annotated, with its card UI not loaded yet (no intent so far). */
  async function openWithoutCardUi() {
    const fresh = await session.openFixture(STORY);
    const state = await getPageState(fresh.page, { until: (s) => s.mentions.length > 1 });
    const freshWorld = await isolatedWorld(fresh.page, session.extensionId as string);
    await sleep(300);
    expect(await freshWorld.evaluate(uiLoaded, null)).toBe(false);
    return { fresh, state, freshWorld };
  }

  it('takes every mention key pressed while the card UI is on its way as a step', async () => {
    const keys = ['KeyJ', 'KeyJ', 'KeyK', 'KeyJ']; // forward twice, back once, forward again: the second mention
    // All four before the bundle arrives (one burst), or the first loading it and the rest in its first moments.
    for (const how of ['burst', 'presses'] as const) {
      const { fresh, state, freshWorld } = await openWithoutCardUi();
      try {
        if (how === 'burst') await pressAltShiftBurst(fresh.page, keys);
        else for (const code of keys) await fresh.page.keyboard.press(`Alt+Shift+${code}`);
        await pollUntil(
          () => freshWorld.evaluate(liveRegionText, null),
          (t) => t.length > 0,
          { timeoutMs: 5000, intervalMs: 50, what: `the announcement after the ${how}` },
        );
        await sleep(300); // every step taken (each announces; the last one stands)
        expect(await freshWorld.evaluate(liveRegionText, null)).toMatch(
          new RegExp(`^Mention 2 of ${state.mentions.length}:`),
        );
        expect((await freshWorld.evaluate(probeCard, null))?.entity).toBe(state.mentions[1]?.entityId);
        await freshWorld.detach();
      } finally {
        await fresh.page.close();
      }
    }
  });

  it('carries out the first mention key or command, which loads the card UI on its way', async () => {
    const liveText = liveRegionText;
    for (const how of ['key', 'command'] as const) {
      const { fresh, state, freshWorld } = await openWithoutCardUi();
      try {
        if (how === 'key') await fresh.page.keyboard.press('Alt+Shift+KeyJ');
        else {
          // As the background forwards the command, to the newest tab at the story's address (this one,
          // not the suite's own page at the same address).
          const sw = await session.serviceWorker();
          await sw.evaluate(async (url) => {
            type Tab = { id?: number };
            const { tabs } = (
              globalThis as unknown as {
                chrome: {
                  tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
                };
              }
            ).chrome;
            const newest = (await tabs.query({ url })).reduce((a, b) => ((b.id ?? 0) > (a.id ?? 0) ? b : a));
            await tabs.sendMessage(newest.id as number, { type: 'backstory:mention-nav', direction: 1 });
          }, fresh.page.url());
        }
        const card = await pollUntil(() => freshWorld.evaluate(probeCard, null), Boolean, {
          timeoutMs: 5000,
          intervalMs: 50,
          what: `the first card after the ${how}`,
        });
        expect(card?.entity).toBe(state.mentions[0]?.entityId);
        // Announced in the live region, which stood empty before it spoke.
        const live = await pollUntil(
          () => freshWorld.evaluate(liveText, null),
          (t) => t.length > 0,
          {
            timeoutMs: 2000,
            intervalMs: 50,
            what: 'the announcement',
          },
        );
        expect(live.startsWith(`Mention 1 of ${state.mentions.length}:`)).toBe(true);
        await freshWorld.detach();
      } finally {
        await fresh.page.close();
      }
    }
  });

  it('shows the right card after hover intent, with the role at the article date and the latest role', async () => {
    expect(fixture(STORY).articleDate).toBe('2025-02-28');
    const box = await hover('mike-waltz');
    await sleep(250);
    expect(await card(), 'no card before the intent delay').toBeNull();
    const c = (await waitCard('open')) as CardProbe;
    expectWaltzCard(c, box);
    expect(c.radius).toBe('10px');
  });

  it('stays while the pointer moves into it, and closes after the pointer leaves', async () => {
    const box = await hover('mike-waltz');
    const c = (await waitCard('open')) as CardProbe;
    // Into the card, crossing the gap within the grace period.
    const target = { x: Math.min(c.rect.x + 40, c.rect.x + c.rect.width - 10), y: c.rect.y + 20 };
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await sleep(OPENED_MS);
    expect((await card())?.entity).toBe('mike-waltz');
    // Away from both.
    await page.mouse.move(away.x, away.y, { steps: 3 });
    await waitCard('closed', CLOSED_MS + 1500);
    expect(box.width).toBeGreaterThan(0);
  });

  it('closes on Escape', async () => {
    await hover('marco-rubio');
    expect((await waitCard('open'))?.entity).toBe('marco-rubio');
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('shows what a figure counts, by whom and beside the figure it compares with', async () => {
    const state = await getPageState(page);
    const figure = state.mentions.find((m) => m.entityId === 'kiel-us-aid-estimate');
    expect(figure).toBeTruthy();
    await hover('kiel-us-aid-estimate');
    const c = (await waitCard('open')) as CardProbe;
    expect(c.entity).toBe('kiel-us-aid-estimate');
    expect(c.text).toMatch(/Counts/);
    expect(c.text).toMatch(/Independent estimate/);
    expect(c.text).toMatch(/Beside other figures/i);
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('walks every mention with the keyboard, announces each, Tab enters the card and Esc returns focus', async () => {
    const state = await getPageState(page);
    await page.mouse.move(away.x, away.y);
    await page.keyboard.press('Escape');
    await waitCard('closed', 1000);
    await page.focus('.Page-breadcrumbs a');
    // From the top of the page, "next" starts at the first mention.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const seen: string[] = [];
    const announced: string[] = [];
    for (let i = 0; i < state.mentions.length; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      const deadline = Date.now() + 2000;
      let probe: { card: CardProbe | null; live: string; inView: boolean } | null = null;
      while (Date.now() < deadline) {
        probe = await world.evaluate((n: number) => {
          const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
            host(): { shadow: ShadowRoot };
            annotator: { getMentions(): { range: AbstractRange }[] };
          };
          const shadow = api.host().shadow;
          const el = shadow.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
          const m = api.annotator.getMentions()[n] as { range: AbstractRange };
          const range = document.createRange();
          range.setStart(m.range.startContainer, m.range.startOffset);
          range.setEnd(m.range.endContainer, m.range.endOffset);
          const r = range.getBoundingClientRect();
          return {
            card: el ? ({ entity: el.dataset.entity ?? '' } as CardProbe) : null,
            live: shadow.querySelector('[role=status]')?.textContent ?? '',
            inView: r.top >= 0 && r.bottom <= window.innerHeight,
          };
        }, i);
        if (probe.live.startsWith(`Mention ${i + 1} of`)) break;
        await sleep(40);
      }
      seen.push(probe?.card?.entity ?? '');
      announced.push(probe?.live ?? '');
      expect(probe?.inView, `mention ${i + 1} scrolled into view`).toBe(true);
    }
    expect(seen).toEqual(state.mentions.map((m) => m.entityId));
    expect(announced.every((a, i) => a.startsWith(`Mention ${i + 1} of ${state.mentions.length}:`))).toBe(true);

    await page.keyboard.press('Tab');
    expect((await card())?.focusInCard, 'Tab moves into the card').toBe(true);
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
    expect(await page.evaluate(() => document.activeElement?.closest('.Page-breadcrumbs') !== null)).toBe(true);

    await page.keyboard.press('Alt+Shift+KeyK');
    // Back one from the last mention the walk reached.
    const previous = await waitCard('open');
    expect(previous?.entity).toBe(state.mentions.at(-2)?.entityId);
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('leaves Alt+Shift+J and K to a text field the reader types in (on macOS they type Ô and )', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __fieldKeys: { code: string; prevented: boolean }[] };
      w.__fieldKeys = [];
      (document.getElementById('q') as HTMLInputElement).addEventListener('keydown', (e) => {
        if (e.code === 'KeyJ' || e.code === 'KeyK') w.__fieldKeys.push({ code: e.code, prevented: e.defaultPrevented });
      });
    });
    await page.focus('#q');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyK');
    await sleep(300);
    // The field had both keys, neither stopped nor cancelled, and no card opened.
    expect(
      await page.evaluate(
        () => (window as unknown as { __fieldKeys: { code: string; prevented: boolean }[] }).__fieldKeys,
      ),
    ).toEqual([
      { code: 'KeyJ', prevented: false },
      { code: 'KeyK', prevented: false },
    ]);
    expect(await card()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('pins a card so it stays when the pointer leaves', async () => {
    await hover('jd-vance');
    const c = (await waitCard('open')) as CardProbe;
    await page.mouse.move(c.rect.x + 20, c.rect.y + 20, { steps: 4 });
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) button[aria-pressed]');
    await page.mouse.move(away.x, away.y, { steps: 3 });
    await sleep(CLOSED_MS);
    expect((await card())?.entity).toBe('jd-vance');
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('has no axe-core violations on the open card (light and dark)', async () => {
    const axeSource = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await hover('mike-waltz', 0, 'top');
      const open = (await waitCard('open')) as CardProbe;
      expect(open.rect.y + open.rect.height, 'the whole card is on screen').toBeLessThan(900);
      await world.evaluateSource(axeSource);
      const result = await world.evaluate(async () => {
        const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
          host(): { element: HTMLElement; shadow: ShadowRoot };
        };
        const { element, shadow } = api.host();
        // In this isolated world only: let axe walk into the closed root as if it were open.
        Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => shadow });
        // axe lays out its colour-contrast grid from document.body; our host hangs off <html>, so it
        // spends the run inside <body> (its styles do not depend on where it hangs: it inherits nothing).
        const parent = element.parentNode as Node;
        const next = element.nextSibling;
        document.body.append(element);
        // (A name axe can find the host by while it is away from the page's root.)
        element.setAttribute('data-axe-host', '');
        const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
        interface AxeResults {
          violations: {
            id: string;
            impact: string;
            help: string;
            nodes: { target: unknown; failureSummary: string }[];
          }[];
          passes: { id: string; nodes: { target: unknown }[] }[];
          incomplete: { id: string; nodes: { target: unknown; failureSummary: string }[] }[];
        }
        const r = await axe.run(
          { include: [[['[data-axe-host]', '.card']]] },
          {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          },
        );
        delete (element as unknown as Record<string, unknown>).shadowRoot;
        element.removeAttribute('data-axe-host');
        parent.insertBefore(element, next);
        return {
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(
              (n) =>
                `${JSON.stringify(n.target)} ${n.failureSummary} over ${JSON.stringify(
                  (n as unknown as { any: { relatedNodes: { target: unknown }[] }[] }).any[0]?.relatedNodes.map(
                    (r) => r.target,
                  ),
                )}`,
            ),
          })),
          passes: r.passes.map((p) => ({ id: p.id, nodes: p.nodes.length })),
          incomplete: r.incomplete.map((p) => ({
            id: p.id,
            nodes: p.nodes.map(
              (n) =>
                JSON.stringify(n.target) +
                ' ' +
                JSON.stringify((n as unknown as { any: { data: unknown }[] }).any[0]?.data),
            ),
          })),
        };
      }, null);
      expect(result.violations, `${scheme}: ${JSON.stringify(result.violations, null, 1)}`).toEqual([]);
      // axe really looked at the card: contrast, button names and link names were checked inside the root.
      const passed = new Map(result.passes.map((p) => [p.id, p.nodes]));
      expect(passed.get('color-contrast') ?? 0).toBeGreaterThan(5);
      expect(passed.get('button-name') ?? 0).toBeGreaterThanOrEqual(4);
      expect(passed.get('link-name') ?? 0).toBeGreaterThanOrEqual(1);
      await page.keyboard.press('Escape');
      await waitCard('closed', 500);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('takes screenshots of the card in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const box = await hover('mike-waltz', 0, 'top');
      const c = (await waitCard('open')) as CardProbe;
      await sleep(200);
      const x = Math.max(0, Math.min(box.x, c.rect.x) - 24);
      const y = Math.max(0, Math.min(box.y, c.rect.y) - 24);
      const right = Math.min(1280, Math.max(box.x + box.width, c.rect.x + c.rect.width) + 24);
      const bottom = Math.min(900, Math.max(box.y + box.height, c.rect.y + c.rect.height) + 24);
      const png = await page.screenshot({ clip: { x, y, width: right - x, height: bottom - y } });
      saveDocsScreenshot(`card-${scheme}.png`, png);
      await page.keyboard.press('Escape');
      await waitCard('closed', 500);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('leaves selection across a mention unchanged', async () => {
    const box = await world.evaluate(mentionBox, { entityId: 'mike-waltz' });
    // From the start of the paragraph's first line to well after the mention, on the same line.
    const para = await page.evaluate(
      (y: number) => {
        const p = [...document.querySelectorAll('p')].find((el) =>
          el.textContent?.includes('Mike Waltz told'),
        ) as Element;
        const r = p.getBoundingClientRect();
        return { x: r.x, y, right: r.right };
      },
      box.y + box.height / 2,
    );
    await page.mouse.move(para.x + 1, para.y);
    await page.mouse.down();
    // Resting on the mention mid-drag opens no card (the reader is selecting).
    await page.mouse.move(box.x + box.width / 2, para.y, { steps: 5 });
    await sleep(OPENED_MS);
    expect(await card()).toBeNull();
    await page.mouse.move(box.x + box.width + 120, para.y, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.startsWith('National security adviser Mike Waltz told')).toBe(true);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.keyboard.press('Escape');
  });

  it('lets a link that contains a mention get its own hover and click, and navigate', async () => {
    const target = 'https://apnews.com/hub/volodymyr-zelenskyy';
    session.serve(target, { body: '<!doctype html><title>Hub</title><h1>Hub</h1>' });
    const inLink = await world.evaluate(() => {
      const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
        annotator: { getMentions(): { entityId: string; range: AbstractRange }[] };
      };
      const a = document.querySelector('a[href$="/hub/volodymyr-zelenskyy"]') as HTMLElement;
      return api.annotator.getMentions().find((m) => a.contains(m.range.startContainer))?.entityId ?? null;
    }, null);
    expect(inLink, 'the link holds the start of a mention').toBe('volodymyr-zelenskyy');
    await page.evaluate(() => {
      const a = document.querySelector('a[href$="/hub/volodymyr-zelenskyy"]') as HTMLElement;
      const w = window as unknown as { __events: string[] };
      w.__events = [];
      for (const type of ['mouseover', 'mouseenter', 'mousedown', 'click'])
        a.addEventListener(type, () => w.__events.push(type));
    });
    const linkBox = await page.evaluate(() => {
      const a = document.querySelector('a[href$="/hub/volodymyr-zelenskyy"]') as HTMLElement;
      a.scrollIntoView({ block: 'center' });
      const r = a.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const c = center(linkBox);
    await page.mouse.move(c.x, c.y, { steps: 3 });
    const hovered = await page.evaluate(() =>
      document.querySelector('a[href$="/hub/volodymyr-zelenskyy"]')?.matches(':hover'),
    );
    expect(hovered).toBe(true);
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(events).toEqual(expect.arrayContaining(['mouseover', 'mouseenter']));
    await sleep(OPENED_MS);
    expect((await card())?.entity, 'hovering the mention inside the link shows its card').toBe('volodymyr-zelenskyy');
    await Promise.all([page.waitForURL(target, { timeout: 5000 }), page.mouse.click(c.x, c.y)]);
    expect(page.url()).toBe(target);
  });

  it('loads its styles into the shadow root under a strict page CSP', async () => {
    await openStory({ csp: true });
    await hover('mike-waltz');
    const c = (await waitCard('open')) as CardProbe;
    expect(c.entity).toBe('mike-waltz');
    expect(c.radius).toBe('10px');
    expect(c.background).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('shows the card of a mention inside a link that gets keyboard focus', async () => {
    await page.mouse.move(away.x, away.y);
    await page.focus('a[href$="/hub/volodymyr-zelenskyy"]');
    expect((await waitCard('open'))?.entity).toBe('volodymyr-zelenskyy');
    await page.keyboard.press('Tab');
    expect((await card())?.focusInCard, 'Tab moves into the card').toBe(true);
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/volodymyr-zelenskyy$/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('opens on tap and closes on a tap outside (touch)', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const box = await world.evaluate(mentionBox, { entityId: 'marco-rubio' });
    const c = center(box);
    await tap(c.x, c.y);
    expect((await waitCard('open', 400))?.entity, 'a tap opens at once').toBe('marco-rubio');
    await sleep(OPENED_MS);
    expect((await card())?.entity, 'and it stays').toBe('marco-rubio');
    await tap(away.x + 2, away.y + 200);
    await waitCard('closed', 500);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
  });

  it('follows the next/previous commands the background forwards', async () => {
    const send = (direction: 1 | -1) => messageTab(page, { type: 'backstory:mention-nav', direction });
    const state = await getPageState(page);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await sleep(500);
    await send(1);
    expect((await waitCard('open'))?.entity).toBe(state.mentions[0]?.entityId);
    await send(1);
    await sleep(300);
    expect((await card())?.entity).toBe(state.mentions[1]?.entityId);
    await send(-1);
    await sleep(300);
    expect((await card())?.entity).toBe(state.mentions[0]?.entityId);
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('"More in the sidebar" asks the background for the sidebar with the entity', async () => {
    const sw = await session.serviceWorker();
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __cardMessages: unknown[] };
      g.__cardMessages = [];
      chrome.runtime.onMessage.addListener((m) => {
        g.__cardMessages.push(m);
      });
    });
    await hover('mike-waltz');
    await waitCard('open');
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) button.primary');
    await sleep(300);
    const messages = await sw.evaluate(() => (globalThis as unknown as { __cardMessages: unknown[] }).__cardMessages);
    expect(messages).toContainEqual({ type: 'backstory:open-sidebar', entityId: 'mike-waltz' });
    await page.keyboard.press('Escape');
  });

  it('opens a source link from the card in a new tab', async () => {
    await hover('mike-waltz', 0, 'top');
    await waitCard('open');
    const link = await world.evaluate(() => {
      const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
        host(): { shadow: ShadowRoot };
      };
      const a = api.host().shadow.querySelector<HTMLAnchorElement>('.sources a') as HTMLAnchorElement;
      // The card's body scrolls when the card is taller than the room beside its mention.
      a.scrollIntoView({ block: 'nearest' });
      const r = a.getBoundingClientRect();
      return { href: a.href, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, null);
    expect(link.href).toMatch(/^https:\/\//);
    session.serve(link.href, { body: '<!doctype html><title>Source</title><p>Source page</p>' });
    // A real click: the pointer moves into the card (it stays open) and clicks the link.
    await page.mouse.move(link.x, link.y, { steps: 5 });
    const [popup] = await Promise.all([session.context.waitForEvent('page'), page.mouse.click(link.x, link.y)]);
    await popup.waitForLoadState('load');
    expect(popup.url()).toBe(link.href);
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await waitCard('closed', 500);
  });

  it('keeps a tall card’s header and actions in view, with a cue and a keyboard-scrollable body', async () => {
    const viewport = page.viewportSize();
    // A short window: the card is taller than the room below its mention.
    await page.setViewportSize({ width: 1280, height: 360 });
    try {
      await hover('mike-waltz', 0, 'top');
      await waitCard('open');
      await expectTallCard(world, (key) => page.keyboard.press(key));
      await page.keyboard.press('Escape');
      await waitCard('closed', 500);
    } finally {
      if (viewport) await page.setViewportSize(viewport);
    }
  });

  it('keeps "Turn off on this site" in the card’s settings menu: keyboard, Esc, notice, Undo', async () => {
    const state = await getPageState(page);
    await page.mouse.move(away.x, away.y);
    await page.keyboard.press('Escape');
    await waitCard('closed', 1000);
    await page.focus('.Page-breadcrumbs a');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.keyboard.press('Alt+Shift+KeyJ');
    const opened = (await waitCard('open')) as CardProbe;
    expect(state.mentions.map((m) => m.entityId)).toContain(opened.entity);
    // Not beside the main button any more: behind the settings button in the header.
    expect(opened.text).not.toContain('Turn off on this site');
    // Tab in, pin, the settings menu by Enter; Esc closes it only; ArrowDown opens it again.
    await walkCardMenu(world, (key) => page.keyboard.press(key), opened.entity);
    // Enter turns Backstory off here.
    await page.keyboard.press('Enter');
    await waitCard('closed', 1000);
    await pollUntil(
      () => getHighlightNames(page),
      (names) => !names.some((n) => n.startsWith('backstory-') && n !== 'backstory-active'),
      { timeoutMs: 3000, what: 'the marks gone' },
    );
    await pollUntil(
      () => disabledHosts(),
      (hosts) => hosts.includes('apnews.com'),
      {
        timeoutMs: 3000,
        what: 'apnews.com among the disabled sites',
      },
    );
    // Our notice (in our shadow root, not the page's DOM) says so, offers Undo and where to turn it on again.
    let ui = await world.evaluate(probeUi, null);
    expect(ui.notice?.text).toContain('Backstory is off on apnews.com.');
    expect(ui.notice?.text).toContain('click the Backstory button in the browser’s toolbar');
    expect(ui.notice?.buttons).toEqual(['Undo', 'Close message']);
    expect(ui.focus, 'focus moves to Undo').toBe('button:Undo');
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain('Backstory is off');
    const noticeAxe = await axeInShadow(world, '.notice');
    expect(noticeAxe.violations, JSON.stringify(noticeAxe.violations, null, 1)).toEqual([]);
    expect(noticeAxe.passes['button-name'] ?? 0).toBeGreaterThanOrEqual(2);

    // Undo: on again, the marks come back, and the live region says so.
    await page.keyboard.press('Enter');
    await pollUntil(
      () => disabledHosts(),
      (hosts) => !hosts.includes('apnews.com'),
      {
        timeoutMs: 3000,
        what: 'apnews.com no longer disabled',
      },
    );
    const back = await getPageState(page, { until: (s) => s.mentions.length === state.mentions.length && !s.off });
    expect(back.story).not.toBeNull();
    expect(await getHighlightNames(page)).toContain('backstory-person');
    ui = await world.evaluate(probeUi, null);
    expect(ui.notice?.text).toContain('Backstory is on again on apnews.com.');
    expect(ui.notice?.buttons).toEqual(['Close message']);
    expect(ui.focus).toBe('button:Close message');
    await pollUntil(
      () => world.evaluate(liveRegionText, null),
      (t) => t.includes('on again'),
      {
        timeoutMs: 2000,
        intervalMs: 50,
        what: 'the announcement',
      },
    );
    // Esc puts the notice away and gives focus back to where the reader was.
    await page.keyboard.press('Escape');
    expect((await world.evaluate(probeUi, null)).notice).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest('.Page-breadcrumbs') !== null)).toBe(true);
  });

  it('"Turn off on this site" with the pointer: the menu, the notice, and the site stays off once dismissed', async () => {
    await getPageState(page, { until: (s) => s.mentions.some((m) => m.entityId === 'mike-waltz') });
    await hover('mike-waltz', 0, 'top');
    const c = (await waitCard('open')) as CardProbe;
    await page.mouse.move(c.rect.x + 20, c.rect.y + 20, { steps: 4 });
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) button[aria-haspopup="menu"]');
    expect((await world.evaluate(probeUi, null)).menuItems).toEqual(['Turn off on this site']);
    // A press elsewhere in the card closes the menu; the card stays (WCAG 1.4.13: hoverable, persistent).
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) h2');
    expect((await world.evaluate(probeUi, null)).menuItems).toEqual([]);
    expect((await card())?.entity).toBe('mike-waltz');
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) button[aria-haspopup="menu"]');
    await clickInShadow(page, world, '.floating:not([aria-hidden="true"]) [role="menuitem"]');
    await waitCard('closed', 1000);
    const ui = await world.evaluate(probeUi, null);
    expect(ui.notice?.text).toContain('Backstory is off on apnews.com.');
    await clickInShadow(page, world, '.notice button.dismiss');
    expect((await world.evaluate(probeUi, null)).notice).toBeNull();
    const disabled = await pollUntil(
      () => disabledHosts(),
      (hosts) => hosts.includes('apnews.com'),
      {
        timeoutMs: 3000,
        what: 'apnews.com among the disabled sites',
      },
    );
    expect(disabled).toContain('apnews.com');
    expect((await getHighlightNames(page)).filter((n) => n.startsWith('backstory-person'))).toEqual([]);
    // Hovering a former mention does nothing any more.
    await hover('mike-waltz').catch(() => {});
    await sleep(OPENED_MS);
    expect(await card()).toBeNull();
  });

  /** Where the site switch is stored: the card's v1 key, and the settings the background folds it into. */
  async function disabledHosts(): Promise<string[]> {
    const { disabledSites, settings } = (await storageGet(session)) as {
      disabledSites?: string[];
      settings?: { sites?: { disabled?: string[] } };
    };
    return [...(disabledSites ?? []), ...(settings?.sites?.disabled ?? [])];
  }
});

describe('cards in Firefox', () => {
  let ff: FirefoxSession;
  let page: PuppeteerPage;

  beforeAll(async () => {
    ff = await launchFirefox({ extension: true });
    page = (await ff.openFixture(STORY)).page;
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
  });

  /** The line box of "Mike Waltz" in the page (found by text: no access to the extension here). */
  const waltzBox = () =>
    page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.textContent?.includes('Mike Waltz told'),
      ) as Element;
      p.scrollIntoView({ block: 'center' });
      const text = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent?.includes('Mike Waltz')) as Text;
      const start = (text.textContent as string).indexOf('Mike Waltz');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Mike Waltz'.length);
      const r = range.getClientRects()[0] as DOMRect;
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

  /** Points of a grid around the mention where our host element (the card) is hit. */
  const cardHits = (box: Box) =>
    page.evaluate(
      (b: Box, host: string) => {
        const hits: { x: number; y: number }[] = [];
        for (let dy = -300; dy <= 300; dy += 12) {
          for (let dx = -40; dx <= 400; dx += 20) {
            const x = b.x + dx;
            const y = b.y + dy;
            if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
            if (document.elementFromPoint(x, y)?.matches(host)) hits.push({ x, y });
          }
        }
        return hits;
      },
      box,
      HOST_SELECTOR,
    );

  it('hover opens a card beside the mention, moving in keeps it, leaving and Esc close it', async () => {
    // Wait for the highlights, then for the card bundle (loaded on demand).
    await page.waitForFunction(
      () => {
        const h = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
        return Boolean(h && [...h.keys()].some((k) => k.startsWith('backstory-')));
      },
      { timeout: 15_000 },
    );
    await sleep(1000);
    const box = await waltzBox();
    await page.mouse.move(2, 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await sleep(250);
    expect((await cardHits(box)).length, 'no card before the intent delay').toBe(0);
    await sleep(OPENED_MS);
    const hits = await cardHits(box);
    expect(hits.length, 'a card opened near the mention').toBeGreaterThan(10);
    const covered = await page.evaluate(
      (b: Box, host: string) =>
        document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2)?.matches(host) === true,
      box,
      HOST_SELECTOR,
    );
    expect(covered, 'the card does not cover the mention').toBe(false);

    const inside = hits[Math.floor(hits.length / 2)] as { x: number; y: number };
    await page.mouse.move(inside.x, inside.y, { steps: 5 });
    await sleep(OPENED_MS);
    expect((await cardHits(box)).length, 'stays while hovered').toBeGreaterThan(10);

    await page.mouse.move(2, 2, { steps: 3 });
    await sleep(CLOSED_MS + 300);
    expect((await cardHits(box)).length, 'closes after leaving').toBe(0);

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await sleep(OPENED_MS + 200);
    expect((await cardHits(box)).length).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await sleep(200);
    expect((await cardHits(box)).length, 'Esc closes it').toBe(0);
  });
});
