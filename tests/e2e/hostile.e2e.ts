/**
 * A hostile page, end to end in Chromium (Firefox: firefox.e2e.ts): the page defines our old host tag
 * first (whose ElementInternals once handed it our closed shadow root), tries to define the built-in
 * elements, makes up the reader's clicks, keys, hovers, taps and selections, and forges a share link
 * before and after load, while the reader has a private note stored and opened the page from a real
 * share link. It must learn nothing of either note and change nothing: no stored note, no setting, no
 * card opened, no forged "From a share link". The page's script reports from window.__hostile
 * (story-en-ap.html with tests/fixtures/pages/hostile.js); our side is read in the extension's isolated world.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, getPageState, launchChromium, storageGet, storageSet } from './support/chromium';
import { pollUntil, sleep } from './support/fixtures';
import { namedHighlightTexts } from './support/highlights';
import {
  expectNothingLearned,
  FORGED_NOTE,
  HOSTILE_URL,
  hostileDone,
  hostileHtml,
  hostileReport,
  SHARED_NOTE,
  STORED_NOTE,
  sharedLink,
} from './support/hostile';
import { type IsolatedWorld, isolatedWorld } from './support/isolated-world';
import { notedPassages, notesFrame, probeNotes } from './support/notes';

/** What the extension keeps that a page must never change. */
const KEPT = ['notes', 'emphasis', 'settings', 'disabledSites'];

/** Runs in the isolated world: what our UI shows (null: no host yet). */
function probeUi(): { card: string | null; live: string; addBox: boolean } | null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as
    | { hasHost(): boolean; host(): { shadow: ShadowRoot } }
    | undefined;
  if (!api?.hasHost()) return null;
  const shadow = api.host().shadow;
  const card = shadow.querySelector<HTMLElement>('.floating:not([hidden]):not([aria-hidden="true"]) .card');
  return {
    card: card?.dataset.entity ?? null,
    live: shadow.querySelector('[role=status]')?.textContent ?? '',
    addBox: shadow.querySelector('.bs-add-note') !== null,
  };
}

/**
 * Runs in the isolated world, as a page that had got hold of our root would: made-up clicks on every
 * control, new text in every text area, made-up keys on every control.
 */
function untrustedEverything(): number {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    host(): { shadow: ShadowRoot };
  };
  const shadow = api.host().shadow;
  let n = 0;
  for (const el of shadow.querySelectorAll<HTMLElement>('button, input, summary, textarea')) {
    if (el instanceof HTMLTextAreaElement) {
      el.value = 'REWRITTEN BY THE NEWS PAGE';
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    el.click();
    for (const key of ['Enter', ' ', 'Escape'])
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    n++;
  }
  return n;
}

/** Edit boxes open in the notes frame. */
async function editBoxes(page: Page): Promise<number> {
  return (await notesFrame(page)?.evaluate(() => document.querySelectorAll('.bs-edit-text').length)) ?? 0;
}

async function kept(session: ChromiumSession): Promise<Record<string, unknown>> {
  const all = await storageGet(session);
  return Object.fromEntries(KEPT.map((k) => [k, all[k]]));
}

describe('a hostile page in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  let pageErrors: string[];
  let world: IsolatedWorld;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    session = await launchChromium({ extension: true });
    await storageSet(session, { notes: { [HOSTILE_URL]: [STORED_NOTE] } });
    await sleep(300);
    before = await kept(session);
    session.serve(HOSTILE_URL, { body: await hostileHtml() });
    ({ page, pageErrors } = await session.open(await sharedLink()));
    await getPageState(page, { until: (s) => s.mentions.length > 0 });
    world = await isolatedWorld(page, session.extensionId as string);
  }, 90_000);

  afterAll(async () => {
    await world?.detach();
    await session?.close();
  });

  it('learns nothing of the notes and opens nothing, whatever it defines, makes up or forges', async () => {
    await page.waitForFunction(hostileDone, null, { timeout: 20_000 });
    const report = await page.evaluate(hostileReport);
    // Set up (our old tag defined first) and learning nothing: no element, root, note word, walked or
    // hovered mention, find() hit or note highlight of ours.
    expectNothingLearned(report);
    // Its made-up keys, hovers and taps ran, and the highlight registry it read was not empty.
    expect(report.rounds).toBeGreaterThanOrEqual(24);
    expect(report.highlightNames.length).toBeGreaterThan(0);

    const ui = await world.evaluate(probeUi, null);
    expect(ui?.card).toBeNull();
    expect(ui?.live).toBe('');
    expect(ui?.addBox).toBe(false);
    // The reader's own note and the reader's share link are shown (in the notes frame, where the page's
    // find() does not reach); the forged link is not.
    const panel = (await probeNotes(page))?.text ?? '';
    expect(panel).toContain(STORED_NOTE.text);
    expect(panel).toContain(SHARED_NOTE.text);
    expect(panel).not.toContain(FORGED_NOTE.text);
    const candidates = [STORED_NOTE.exact, SHARED_NOTE.exact, FORGED_NOTE.exact];
    expect((await notedPassages(page, world, candidates)).sort()).toEqual(
      [STORED_NOTE.exact, SHARED_NOTE.exact].sort(),
    );
    expect(await kept(session)).toEqual(before);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('takes no made-up click or key on our controls, even from a script holding our root', async () => {
    // A card open too (by the reader's own pointer), so its "Turn off on this site" is there to press.
    const at = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('backstory-person');
      const r = [...(h ?? [])][0] as AbstractRange;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0] as DOMRect;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(2, 2);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await pollUntil(
      () => world.evaluate(probeUi, null),
      (u) => u?.card !== null,
      { timeoutMs: 5_000, intervalMs: 50, what: 'a card opened by the pointer' },
    );
    const panelBefore = (await probeNotes(page))?.text;
    expect(await world.evaluate(untrustedEverything, null)).toBeGreaterThanOrEqual(3);
    await sleep(800);
    expect((await probeNotes(page))?.text).toBe(panelBefore);
    expect(await editBoxes(page)).toBe(0);
    expect(await kept(session)).toEqual(before);
    // Still annotated: "Turn off on this site" was not taken.
    expect((await page.evaluate(namedHighlightTexts, 'backstory-person')).length).toBeGreaterThan(0);

    // The reader's own click on Edit still works.
    await notesFrame(page)?.click(`.bs-mine-note[data-id="${STORED_NOTE.id}"] .bs-edit`);
    await pollUntil(
      () => editBoxes(page),
      (n) => n === 1,
      { timeoutMs: 3_000, intervalMs: 50, what: 'the edit box after a real click' },
    );
    await page.keyboard.press('Escape');
    expect(await kept(session)).toEqual(before);
  }, 60_000);
});
