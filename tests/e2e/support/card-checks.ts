/**
 * Checks on the open card that the Chromium and the Firefox card tests share: each takes our
 * content-script world (support/isolated-world.ts, support/firefox.ts) and a key press, whichever
 * browser drives them, and reads the card through support/card-probes.ts.
 */
import { expect } from 'vitest';
import { axeInShadow } from './axe-shadow';
import {
  type Box,
  type CardProbe,
  type CardWordsProbe,
  focusLastCardTool,
  probeTallCard,
  probeUi,
} from './card-probes';
import { pollUntil, sleep } from './fixtures';
import type { IsolatedWorld } from './isolated-world';

/** Whether box `a` lies inside box `b` (a pixel of rounding allowed). */
export const within = (a: Box, b: Box) =>
  a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1 && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;

/** Whether boxes `a` and `b` overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Mike Waltz's card on story-en-ap (dated February 28, 2025), as read with `probeCard`: his role at the
 * article's date and his latest, in the card language's one date format (Intl.DateTimeFormat), beside
 * the mention at `mention`, never over it.
 */
export function expectWaltzCard(c: CardProbe, mention: Box): void {
  expect(c.entity).toBe('mike-waltz');
  expect(c.text).toContain('Mike Waltz');
  expect(c.text).toMatch(/Then \(February 28, 2025\)\s*U\.S\. national security adviser/);
  expect(c.text).toMatch(/Latest \(as of [A-Z][a-z]+ \d{1,2}, \d{4}\)\s*U\.S\. ambassador to the United Nations/);
  expect(c.text).toContain('More in the sidebar');
  expect(c.text).toMatch(/sources/i);
  expect(overlaps(c.rect, mention), 'the card never covers its mention').toBe(false);
}

/**
 * Donald Trump's card on story-en-ap with the interface in Ukrainian, as read with `probeCardWords`: the
 * dataset's Ukrainian name, unmarked, and the dates in the one Ukrainian format (Intl.DateTimeFormat).
 */
export function expectTrumpCardInUkrainian(card: CardWordsProbe | null): void {
  expect(card?.lang).toBe('uk');
  expect([card?.name, card?.nameLang]).toEqual(['Дональд Трамп', null]);
  expect(card?.asOf).toMatch(/^Факти станом на \d{1,2} [а-щьюяєіїґ']+ \d{4} р\.$/);
  expect(card?.labels.join(' ')).toContain('Тоді (28 лютого 2025 р.)');
}

/**
 * The open card's settings menu by keyboard, from a card just opened (focus on the page): Tab into the
 * card and pin it (axe moves our host while it runs, taking focus out of the card for a moment: a pinned
 * card stays), Tab to the settings button, Enter opens the menu on its item, which passes axe; Esc closes
 * the menu only, back on its button, the card (`entity`'s) stays; ArrowDown opens it again, focus on
 * "Turn off on this site".
 */
export async function walkCardMenu(
  world: IsolatedWorld,
  press: (key: 'Tab' | 'Enter' | 'Escape' | 'ArrowDown') => Promise<void>,
  entity: string,
): Promise<void> {
  let ui = await world.evaluate(probeUi, null);
  expect(ui.menuButton).toEqual({ name: 'Card settings', expanded: 'false', hasPopup: 'menu' });
  expect(ui.menuItems).toEqual([]);
  await press('Tab');
  expect((await world.evaluate(probeUi, null)).focus).toBe('button:Pin card');
  await press('Enter');
  await press('Tab');
  expect((await world.evaluate(probeUi, null)).focus).toBe('button:Card settings');
  await press('Enter');
  ui = await world.evaluate(probeUi, null);
  expect(ui.menuButton?.expanded).toBe('true');
  expect(ui.menuItems).toEqual(['Turn off on this site']);
  expect(ui.focus).toBe('menuitem:Turn off on this site');
  const axe = await axeInShadow(world, '.floating:not([aria-hidden="true"]) .card');
  expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
  await press('Escape');
  ui = await world.evaluate(probeUi, null);
  expect(ui.menuItems).toEqual([]);
  expect(ui.focus).toBe('button:Card settings');
  expect(ui.card?.entity).toBe(entity);
  await press('ArrowDown');
  expect((await world.evaluate(probeUi, null)).focus).toBe('menuitem:Turn off on this site');
}

/**
 * With a card open in a window 360 px high (taller than the room below its mention): the card fits and
 * keeps its header and actions in view, its body scrolls with a cue, is a named region that passes axe,
 * and the keyboard reaches and scrolls it (Tab from the last header button, PageDown, End).
 */
export async function expectTallCard(
  world: IsolatedWorld,
  press: (key: 'Tab' | 'PageDown' | 'End') => Promise<void>,
): Promise<void> {
  const tall = await pollUntil(
    () => world.evaluate(probeTallCard, null),
    // (The cue fades in.)
    (t) => t?.bodyScrolls === true && t.fadeBelow === '1',
    { timeoutMs: 3_000, intervalMs: 50, what: 'a card whose body scrolls, with its cue' },
  );
  if (!tall) throw new Error('no card');
  // The card fits the window and does not scroll as a whole: its body does.
  expect(tall.card.y).toBeGreaterThanOrEqual(0);
  expect(tall.card.y + tall.card.height).toBeLessThanOrEqual(360);
  expect(tall.cardScrolls).toBe(false);
  // The header (name and tools) and the actions (the main button) are inside the card's visible box.
  expect(within(tall.title, tall.card), 'the name in view').toBe(true);
  expect(within(tall.more, tall.card), '"More in the sidebar" in view').toBe(true);
  expect(tall.moreText).toBe('More in the sidebar');
  // A cue that there is more below (a line and a fade above the actions), none above yet.
  expect(tall.more_).toEqual(['below']);
  expect(tall.fadeBelow).toBe('1');
  expect(tall.fadeAbove).toBe('0');
  // The scrolling body is a named region the keyboard reaches and scrolls.
  expect(tall.body).toEqual({ tabIndex: 0, role: 'region', label: 'Card details' });
  const axe = await axeInShadow(world, '.floating:not([aria-hidden="true"]) .card');
  expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
  expect(axe.passes['scrollable-region-focusable'] ?? 0).toBeGreaterThanOrEqual(1);

  // Keyboard: from the card's last header button, Tab reaches the body; End scrolls it to the bottom.
  await world.evaluate(focusLastCardTool, null);
  await press('Tab');
  expect((await world.evaluate(probeUi, null)).focus).toBe('region:Card details');
  await press('PageDown');
  const down = await pollUntil(
    () => world.evaluate(probeTallCard, null),
    (t) => (t?.scrollTop ?? 0) > 0,
    { timeoutMs: 2_000, intervalMs: 50, what: 'the body scrolled by PageDown' },
  );
  expect(down?.more_).toContain('above');
  await press('End');
  const bottom = await pollUntil(
    () => world.evaluate(probeTallCard, null),
    (t) => t !== null && !t.more_.includes('below'),
    { timeoutMs: 2_000, intervalMs: 50, what: 'the body scrolled to its end' },
  );
  expect(bottom?.more_).toEqual(['above']);
  // (The cue above fades in: 120 ms.)
  await sleep(200);
  expect((await world.evaluate(probeTallCard, null))?.fadeAbove).toBe('1');
  expect(within(bottom?.lastSource as Box, bottom?.bodyBox as Box), 'the last source in view at the end').toBe(true);
  expect(within(bottom?.more as Box, bottom?.card as Box)).toBe(true);
}
