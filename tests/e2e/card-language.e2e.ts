/**
 * The card language, end to end in Chromium with the built extension: `cardLanguage: 'uk'` in the stored
 * settings turns an open card's labels Ukrainian at once (no reload), the English dataset texts carry a
 * visible "(англійською)" marker and lang="en" inside a lang="uk" card, keyboard announcements follow, and
 * back to 'en' the card is English again. axe-core runs on the Ukrainian card (see cards.e2e.ts for how
 * the tests reach into the closed shadow root from the extension's isolated world).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../../core/settings';
import { mentionBox } from './support/card-probes';
import { type ChromiumSession, getPageState, launchChromium, storageSet } from './support/chromium';
import { pollUntil, ROOT, sleep } from './support/fixtures';
import { clickInShadow, type IsolatedWorld, isolatedWorld } from './support/isolated-world';

const STORY = 'story-en-ap';

interface LangProbe {
  entity: string;
  text: string;
  lang: string;
  summaryLang: string;
  contextLang: string;
  /** Button names (the visually hidden name where the button shows an icon). */
  buttons: string[];
  /** The marker after the summary (empty when there is none). */
  summaryMarker: string;
  markerLang: string;
  kind: string;
}

/** The open card's words and lang attributes, read in the isolated world (null when no card is open). */
function probeLanguage(): LangProbe | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  if (!api?.hasHost()) return null;
  const card = api.host().shadow.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
  if (!card) return null;
  const marker = card.querySelector<HTMLElement>('.summary .fallback');
  return {
    entity: card.dataset.entity ?? '',
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    text: card.innerText,
    lang: card.lang,
    summaryLang: card.querySelector<HTMLElement>('.summary')?.lang ?? '',
    contextLang: card.querySelector<HTMLElement>('.context')?.lang ?? '',
    summaryMarker: marker?.textContent?.trim() ?? '',
    markerLang: marker?.lang ?? '',
    kind: card.querySelector('.kind')?.textContent ?? '',
    buttons: [...card.querySelectorAll('button')].map((b) => (b.querySelector('.sr') ?? b).textContent?.trim() ?? ''),
  };
}

/** The open card's pin button (a real click: our UI ignores script-made events). */
const PIN = '.floating:not([aria-hidden="true"]) .card button[aria-pressed="false"]';

describe('card language in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  let world: IsolatedWorld;

  const probe = () => world.evaluate(probeLanguage, null);
  const setCardLanguage = (cardLanguage: Settings['cardLanguage']) =>
    storageSet(session, {
      [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), cardLanguage },
      [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
    });
  const waitProbe = (what: string, ok: (p: LangProbe | null) => boolean) =>
    pollUntil(probe, ok, { timeoutMs: 5000, intervalMs: 50, what });

  beforeAll(async () => {
    session = await launchChromium({ extension: true });
    const opened = await session.openFixture(STORY);
    page = opened.page;
    await getPageState(page, { until: (s) => s.mentions.some((m) => m.entityId === 'mike-waltz') });
    world = await isolatedWorld(page, session.extensionId as string);
  }, 90_000);

  afterAll(async () => {
    await world?.detach();
    await session?.close();
  });

  it('shows an open card in Ukrainian when cardLanguage becomes uk, with the English marker and lang attributes', async () => {
    await page.mouse.move(4, 4);
    const box = await world.evaluate(mentionBox, { entityId: 'mike-waltz', top: true });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const english = await waitProbe('an open English card', (p) => p?.entity === 'mike-waltz');
    expect(english?.lang).toBe('en');
    expect(english?.text).toContain('More in the sidebar');
    expect(english?.summaryMarker).toBe('');
    // Pinned, so it stays open whatever the pointer does while the setting changes.
    await clickInShadow(page, world, PIN);

    await setCardLanguage('uk');
    const uk = (await waitProbe('the card in Ukrainian', (p) => p?.lang === 'uk')) as LangProbe;
    expect(uk.entity).toBe('mike-waltz');
    // Dates in the one Ukrainian format (Intl.DateTimeFormat), never ISO.
    expect(uk.text).toMatch(/Тоді \(28 лютого 2025 р\.\)\s*U\.S\. national security adviser/);
    expect(uk.text).toMatch(/Остання посада \(станом на \d{1,2} [а-яіїєґ]+ \d{4} р\.\)/);
    expect(uk.text).toMatch(/Джерела/i);
    expect(uk.text).toContain('Більше на бічній панелі');
    // "Turn off on this site" is in the card's settings menu, behind this button.
    expect(uk.text).not.toContain('Вимкнути на цьому сайті');
    expect(uk.text).toContain('Налаштування картки');
    expect(uk.text).toMatch(/Факти станом на \d{1,2} [а-яіїєґ]+ \d{4} р\./);
    expect(uk.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(uk.kind).toBe('Особа');
    expect(uk.buttons).toContain('Закріпити картку');
    expect(uk.buttons).toContain('Закрити картку');
    expect(uk.text).not.toContain('More in the sidebar');
    // Dataset texts stay English, marked for the eye and for screen readers.
    expect(uk.summaryMarker).toBe('(англійською)');
    expect(uk.markerLang).toBe('uk');
    expect(uk.summaryLang).toBe('en');
    expect(uk.contextLang).toBe('en');
    expect(uk.text.match(/\(англійською\)/g)?.length).toBe(2);
  });

  it('has no axe-core violations on the Ukrainian card', async () => {
    const axeSource = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await world.evaluateSource(axeSource);
    const result = await world.evaluate(async () => {
      const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
        host(): { element: HTMLElement; shadow: ShadowRoot };
      };
      const { element, shadow } = api.host();
      // In this isolated world only: let axe walk into the closed root as if it were open.
      Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => shadow });
      const parent = element.parentNode as Node;
      const next = element.nextSibling;
      document.body.append(element);
      // (A name axe can find the host by while it is away from the page's root.)
      element.setAttribute('data-axe-host', '');
      interface AxeResults {
        violations: { id: string; nodes: { target: unknown; failureSummary: string }[] }[];
        passes: { id: string; nodes: unknown[] }[];
      }
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
      const r = await axe.run(
        { include: [[['[data-axe-host]', '.card']]] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
      );
      delete (element as unknown as Record<string, unknown>).shadowRoot;
      element.removeAttribute('data-axe-host');
      parent.insertBefore(element, next);
      return {
        violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
        passes: r.passes.map((p) => [p.id, p.nodes.length] as const),
      };
    }, null);
    expect(result.violations).toEqual([]);
    const passed = new Map(result.passes);
    expect(passed.get('valid-lang') ?? 0, 'axe checked the lang attributes').toBeGreaterThan(0);
    expect(passed.get('button-name') ?? 0).toBeGreaterThanOrEqual(4);
    expect(passed.get('color-contrast') ?? 0).toBeGreaterThan(5);
  });

  it('announces keyboard moves in Ukrainian', async () => {
    await page.keyboard.press('Alt+Shift+KeyJ');
    const live = await pollUntil(
      () =>
        world.evaluate(() => {
          const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
            host(): { shadow: ShadowRoot };
          };
          return api.host().shadow.querySelector('[role=status]')?.textContent ?? '';
        }, null),
      (text) => text.length > 0,
      { timeoutMs: 3000, what: 'the live region' },
    );
    expect(live).toMatch(/^Згадка \d+ з \d+: .+\. Натисніть Tab, щоб прочитати картку/);
  });

  it('goes back to English on the open card when cardLanguage becomes en, without a reload', async () => {
    expect(await probe()).not.toBeNull();
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await setCardLanguage('en');
    const en = (await waitProbe('the card in English', (p) => p?.lang === 'en')) as LangProbe;
    expect(en.text).toContain('More in the sidebar');
    expect(en.text).toMatch(/Sources/i);
    expect(en.text).not.toContain('(англійською)');
    expect(en.summaryMarker).toBe('');
    await sleep(100);
    expect(loads).toEqual([]);
  });
});
