/**
 * The context sidebar end to end in Chromium with the built extension: the sidebar page opened at
 * sidepanel.html?tab=ID (the pop-out route) beside a fixture page served at its real URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceText } from '../../core/detect/evidence';
import type { PageState } from '../../core/messages/page-state';
import { buildView } from '../../core/sidebar/view';
import type { Dataset } from '../../data/schema';
import { axeViolations } from './support/axe';
import { type ChromiumSession, getPageState, saveDocsScreenshot, tabIdOf } from './support/chromium';
import { MANIFEST, pollUntil, ROOT, sleep } from './support/fixtures';
import { countsOf, expectExports, expectTabReachesExports } from './support/sidebar-checks';
import { activeMention, focusDocumentStart, focusedControl, listedEntities } from './support/sidebar-probes';
import { chromiumForSuite } from './support/suite';

const dataset = JSON.parse(readFileSync(path.join(ROOT, 'data/generated/dataset.json'), 'utf8')) as Dataset;

let ext: ChromiumSession;

chromiumForSuite((session) => {
  ext = session;
});

/**
 * Opens the sidebar bound to `page`'s tab the way "Pop out" does (its own popup window, so the story
 * page stays visible in its window), as an ordinary extension page.
 */
async function openSidebar(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page);
  const url = `chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`;
  const sw = await ext.serviceWorker();
  const [sidebar] = await Promise.all([
    ext.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }),
    sw.evaluate(async (u: string) => {
      const chrome = (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome;
      await chrome.windows.create({ url: u, type: 'popup', width: 420, height: 900 });
    }, url),
  ]);
  await sidebar.waitForLoadState('load');
  await sidebar.setViewportSize({ width: 420, height: 900 });
  return sidebar;
}

describe('sidebar beside a story page (story-en-ap)', () => {
  let story: Page;
  let sidebar: Page;
  let state: PageState;

  beforeAll(async () => {
    ({ page: story } = await ext.openFixture('story-en-ap'));
    state = await getPageState(story, { until: (s) => s.story !== null && s.mentions.length > 0 });
    sidebar = await openSidebar(story);
    await sidebar.waitForSelector('[data-entity-id]');
  });

  it('lists every mentioned entity, grouped by kind, with the page-state counts', async () => {
    expect(new Map(await sidebar.evaluate(listedEntities))).toEqual(countsOf(state));
    const headings = await sidebar.$$eval('.kind-group h3', (hs) => hs.map((h) => h.textContent));
    const expected = buildView(state, dataset).groups.map((g) => `${g.label} (${g.total} mentions)`);
    expect(headings).toEqual(expected);
    await expect(sidebar.textContent('.detection')).resolves.toContain('Story detected');
    await expect(sidebar.textContent('.article-date')).resolves.toContain('February 28, 2025');
    await expect(sidebar.textContent('.reviewed')).resolves.toContain('Facts reviewed as of');
    const evidence = await sidebar.$$eval('.detection .evidence li', (lis) => lis.map((li) => li.textContent));
    expect(evidence).toEqual(state.story?.evidence.map((line) => evidenceText(line)));
  });

  it('scrolls the page to a mention and flashes it when an entity is clicked', async () => {
    // The entity of the last mention in the article: far below the fold.
    const last = state.mentions[state.mentions.length - 1]!.entityId;
    await story.evaluate(() => window.scrollTo(0, 0));
    const before = await story.evaluate(() => window.scrollY);
    const viewportHeight = await story.evaluate(() => window.innerHeight);
    // Walk to the last mention of that entity (each click reveals the next one).
    const clicks = countsOf(state).get(last)!;
    for (let i = 0; i < clicks; i++) await sidebar.click(`[data-entity-id="${last}"]`);
    const seen = await pollUntil(
      () => story.evaluate(activeMention),
      (v) => v !== null && v.y !== before && v.top >= 0 && v.bottom <= viewportHeight,
      { timeoutMs: 5_000, what: 'the revealed mention in the viewport' },
    );
    expect(seen?.text).toBe(state.mentions[state.mentions.length - 1]!.text);
    await expect(sidebar.textContent('[role="status"]')).resolves.toMatch(new RegExp(`mention ${clicks} of ${clicks}`));
    await expect(sidebar.getAttribute(`[data-entity-id="${last}"]`, 'aria-current')).resolves.toBe('true');
  });

  it('filters the list', async () => {
    await sidebar.fill('#entity-filter', 'zelensk');
    const ids = await sidebar.$$eval('[data-entity-id]', (bs) => bs.map((b) => b.getAttribute('data-entity-id')));
    expect(ids).toEqual(['volodymyr-zelenskyy']);
    await sidebar.fill('#entity-filter', '');
    expect(await sidebar.locator('[data-entity-id]').count()).toBe(countsOf(state).size);
  });

  it('marks on the timeline only the events the article names or is dated within', async () => {
    // story-en-ap, published February 28, 2025, names the Oval Office meeting and the minerals deal
    // and quotes figures; it names Trump, Vance, Putin and others who took part in many other events.
    const marked = await sidebar.$$eval('.timeline-event[data-mentioned="true"]', (lis) =>
      lis.map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        named: li.getAttribute('data-named') === 'true',
        dated: li.getAttribute('data-dated') === 'true',
        badge: li.querySelector('.badge')?.textContent ?? '',
      })),
    );
    const mentioned = new Set(state.mentions.map((m) => m.entityId));
    const byDate = new Map(dataset.story.timeline.map((e) => [e.date, e]));
    for (const m of marked) {
      const event = byDate.get(m.date);
      const names = (event?.named ?? []).some((id) => mentioned.has(id)) && m.date <= (state.articleDate ?? '');
      const within =
        !!state.articleDate && state.articleDate >= m.date && state.articleDate <= (event?.endDate ?? m.date);
      expect(names || within, `${m.date} is marked: named ${names}, dated within ${within}`).toBe(true);
      expect([m.named, m.dated]).toEqual([names, within]);
    }
    // The meeting itself, named and the article's date.
    expect(marked.find((m) => m.date === '2025-02-28')).toMatchObject({ named: true, dated: true });
    // Events only someone it names took part in stay unmarked (the Alaska summit, the Vatican meeting).
    expect(marked.map((m) => m.date)).not.toContain('2025-08-15');
    expect(marked.map((m) => m.date)).not.toContain('2025-04-26');
    // The signing came after the article: naming the deal does not name it.
    expect(marked.map((m) => m.date)).not.toContain('2025-04-30');
    expect(marked.length).toBeLessThanOrEqual(5);
    const total = await sidebar.locator('.timeline-event').count();
    await expect(sidebar.textContent('#story .muted')).resolves.toContain(`${marked.length} of ${total} events`);
  });

  it('renders the timeline, with the events this page mentions marked, each sourced', async () => {
    const view = buildView(state, dataset);
    const events = await sidebar.$$eval('.timeline-event', (lis) =>
      lis.map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime'),
        mentioned: li.getAttribute('data-mentioned') === 'true',
        source: li.querySelector('.event-source a')?.getAttribute('href'),
      })),
    );
    expect(events).toEqual(view.timeline.map((e) => ({ date: e.date, mentioned: e.mentioned, source: e.source.url })));
    expect(events[0]?.date?.startsWith('1994')).toBe(true);
    expect(events.some((e) => e.mentioned)).toBe(true);
  });

  it('renders every mentioned figure with its sources, and the estimate beside a political claim', async () => {
    const view = buildView(state, dataset);
    const figures = await sidebar.$$eval('[data-figure-id]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-figure-id'),
        sources: el.querySelectorAll(':scope > .figure-sources a').length,
        compare: [...el.querySelectorAll('[data-compare-id]')].map((c) => c.getAttribute('data-compare-id')),
      })),
    );
    expect(figures.map((f) => f.id)).toEqual(view.figures.map((f) => f.figure.id));
    for (const f of figures) expect(f.sources).toBeGreaterThan(0);
    const claim = view.figures.find((f) => f.isClaim && f.compare.length > 0);
    expect(claim, 'story-en-ap quotes a political claim with an estimate to compare').toBeDefined();
    expect(figures.find((f) => f.id === claim!.figure.id)?.compare).toEqual(claim!.compare.map((c) => c.id));
    await expect(sidebar.textContent(`[data-figure-id="${claim!.figure.id}"] .compare`)).resolves.toContain(
      'according to',
    );
  });

  it('lists every source once, each with a copy-citation button, and the page itself', async () => {
    const view = buildView(state, dataset);
    const urls = await sidebar.$$eval('.sources [data-source-url]', (lis) =>
      lis.map((li) => li.getAttribute('data-source-url')),
    );
    expect(urls).toEqual(view.sources.map((s) => s.url));
    expect(new Set(urls).size).toBe(urls.length);
    expect(await sidebar.locator('.sources button', { hasText: 'Copy citation' }).count()).toBe(urls.length);
    const pageCitation = await sidebar.textContent('.page-citation p');
    expect(pageCitation).toContain(state.url);
    expect(pageCitation).toContain('(2025, February 28)');
  });

  it('downloads JSON that parses through its schema and CSV that papaparse reads back', async () => {
    const [json] = await Promise.all([sidebar.waitForEvent('download'), sidebar.click('text=Download JSON')]);
    const [csv] = await Promise.all([sidebar.waitForEvent('download'), sidebar.click('text=Download CSV')]);
    const findings = expectExports(
      {
        json: { name: json.suggestedFilename(), text: readFileSync((await json.path())!, 'utf8') },
        csv: readFileSync((await csv.path())!, 'utf8'),
      },
      state,
    );
    expect(findings.version).toBe(3);
    // Each entity carries the date its facts were last checked (issue 18).
    expect(findings.entities.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.checked))).toBe(true);
  });

  it('copies a Markdown summary and citations', async () => {
    // Extension origins cannot be granted clipboard-read: record what the sidebar writes instead.
    await sidebar.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void w.__copied.push(text) },
      });
    });
    const copied = () => sidebar.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    await sidebar.click('text=Copy Markdown summary');
    await expect(sidebar.textContent('[role="status"]')).resolves.toContain('Markdown summary copied');
    const [md] = await copied();
    expect(md).toContain('# Backstory:');
    expect(md).toContain(`<${state.url}>`);
    expect(md).toContain('## Figures');
    await sidebar.click('.page-citation button');
    expect((await copied())[1]).toBe(await sidebar.textContent('.page-citation p'));
    await sidebar.click('.sources button >> nth=0');
    const first = await sidebar.getAttribute('.sources [data-source-url] >> nth=0', 'data-source-url');
    const citation = (await copied())[2]!;
    expect(citation.endsWith(` ${first}`)).toBe(true);
    expect(citation).toMatch(/^.+\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. .+/);
  });

  it('selects the entity asked for by "More in the sidebar" (open-sidebar message)', async () => {
    const tabId = await tabIdOf(story);
    const target = [...countsOf(state).keys()][1]!;
    await sidebar.evaluate(
      ([tabId, entityId]) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime
          .sendMessage({ type: 'backstory:open-sidebar', tabId, entityId })
          .catch(() => {}),
      [tabId, target] as const,
    );
    await sidebar.waitForSelector(`[data-entity-id="${target}"][aria-current="true"]`, { timeout: 5_000 });
  });

  it('has no axe violations, in light and dark mode', async () => {
    await sidebar.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(sidebar)).toEqual([]);
    await sidebar.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(sidebar)).toEqual([]);
    await sidebar.emulateMedia({ colorScheme: 'light' });
  });

  it('works by keyboard alone: Tab reaches the filter, entities and exports; Enter reveals', async () => {
    // Start from the top of the document, as after opening it.
    await sidebar.fill('#entity-filter', '');
    await sidebar.evaluate(focusDocumentStart);
    await expectTabReachesExports(sidebar.keyboard, () => sidebar.evaluate(focusedControl));

    // Back to the filter by keyboard, type, Tab to the first entity, Enter reveals it on the page.
    await sidebar.focus('#entity-filter');
    await sidebar.keyboard.type('vance');
    await sidebar.keyboard.press('Tab');
    const focused = await sidebar.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entityId);
    expect(focused).toBe('jd-vance');
    // With reduced motion the page jumps (behavior 'auto') instead of scrolling smoothly.
    await story.emulateMedia({ reducedMotion: 'reduce' });
    await story.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await story.evaluate(() => window.scrollY);
    await sidebar.keyboard.press('Enter');
    await pollUntil(
      () => story.evaluate(() => window.scrollY),
      (y) => y !== before,
      { timeoutMs: 1_000, intervalMs: 50, what: 'the page to jump after Enter' },
    );
    await story.emulateMedia({ reducedMotion: null });
    await expect(sidebar.textContent('[role="status"]')).resolves.toContain('JD Vance: mention 1 of');
  });

  it('follows the page state when it changes (content-script broadcast)', async () => {
    // Add a paragraph that names another entity; the content script rescans and broadcasts.
    const before = await sidebar.locator('[data-entity-id]').count();
    await sidebar.fill('#entity-filter', '');
    await story.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Separately, Pete Hegseth spoke to reporters about the minerals deal and Ukraine.';
      const body = document.querySelector('[itemprop="articleBody"], article') ?? document.body;
      body.append(p);
    });
    const updated = await getPageState(story, { until: (s) => s.mentions.some((m) => m.entityId === 'pete-hegseth') });
    await sidebar.waitForSelector('[data-entity-id="pete-hegseth"]', { timeout: 5_000 });
    expect(await sidebar.locator('[data-entity-id]').count()).toBe(countsOf(updated).size);
    expect(countsOf(updated).size).toBeGreaterThan(before - 1);
  });

  it('takes a screenshot for the docs', async () => {
    await sidebar.fill('#entity-filter', '');
    await sidebar.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await sidebar.mouse.move(0, 0);
    await sidebar.emulateMedia({ colorScheme: 'light' });
    saveDocsScreenshot('sidebar.png', await sidebar.screenshot({ fullPage: false }));
  });
});

describe('sidebar beside a near miss (nearmiss-sidebar)', () => {
  let page: Page;
  let sidebar: Page;
  let state: PageState;

  beforeAll(async () => {
    ({ page } = await ext.openFixture('nearmiss-sidebar'));
    state = await getPageState(page);
    sidebar = await openSidebar(page);
    await sidebar.waitForSelector('#not-detected-heading');
  });

  afterAll(async () => {
    await sidebar?.close();
    await page?.close();
  });

  it('says "not detected here" with the evidence weighed', async () => {
    expect(state.story).toBeNull();
    await expect(sidebar.textContent('#not-detected-heading')).resolves.toBe('Not detected here');
    expect(await sidebar.locator('[data-entity-id]').count()).toBe(0);
    if (state.weighed) {
      const lines = await sidebar.$$eval('.not-detected .evidence li', (lis) => lis.map((li) => li.textContent));
      expect(lines).toEqual(state.weighed.evidence.map((line) => evidenceText(line)));
      await expect(sidebar.textContent('.not-detected')).resolves.toContain(`score ${state.weighed.score}`);
    }
    expect(await axeViolations(sidebar)).toEqual([]);
  });

  it('"Annotate anyway" annotates the page and the sidebar follows', async () => {
    await sidebar.click('text=Annotate anyway');
    const forced = await getPageState(page, { until: (s) => s.forced === true });
    await sidebar.waitForSelector('#this-page-heading');
    await expect(sidebar.textContent('.detection')).resolves.toContain('Annotated because you asked');
    expect(await sidebar.locator('[data-entity-id]').count()).toBe(countsOf(forced).size);
    await sleep(100);
    expect(await axeViolations(sidebar)).toEqual([]);
  });
});

describe('every near-miss page shows "not detected here"', () => {
  for (const entry of MANIFEST.filter((e) => e.file.startsWith('nearmiss-') && !e.story)) {
    it(entry.file, async () => {
      const { page } = await ext.openFixture(entry.file);
      const state = await getPageState(page);
      expect(state.story).toBeNull();
      const sidebar = await openSidebar(page);
      await sidebar.waitForSelector('#not-detected-heading');
      await expect(sidebar.isVisible('text=Annotate anyway')).resolves.toBe(true);
      expect(await sidebar.locator('.not-detected .evidence li').count()).toBe(state.weighed?.evidence.length ?? 0);
      await sidebar.close();
      await page.close();
    });
  }
});
