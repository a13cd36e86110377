/**
 * How often a page that is not the story is looked at again while its DOM keeps changing (tickers, ads,
 * live pages, apps that render late). The first looks after a navigation come at most once a second, so
 * an article that renders late or a live page that turns to the story is caught quickly; a page that
 * keeps changing without ever passing is then looked at less and less often, so a busy tab costs next to
 * nothing over time. A new address (single-page navigation) starts again from the first look.
 */

/** The shortest wait between two looks at the same address. */
export const RESCAN_MIN_MS = 1000;
/** The longest: a page that becomes the story is still caught within this. */
export const RESCAN_MAX_MS = 16_000;
/** Looks at the shortest wait before the waits start to double. */
const LOOKS_AT_MIN = 3;

/** The least time from one look to the next, after `looks` looks at the current address. */
export function rescanInterval(looks: number): number {
  const doublings = Math.max(0, looks - LOOKS_AT_MIN);
  return Math.min(RESCAN_MAX_MS, RESCAN_MIN_MS * 2 ** doublings);
}

/** How long a page's DOM changes settle before another look (the gate) or scan (the engine). */
export const SETTLE_MS = 30;

/**
 * How long to wait, once the DOM changed, before looking again at a page that is not the story:
 * `looks` looks at this address so far, the last `sinceLast` ms ago; a new address is looked at once
 * the changes settle.
 */
export function nextLookDelay(looks: number, sinceLast: number, newAddress: boolean): number {
  return newAddress ? SETTLE_MS : Math.max(SETTLE_MS, rescanInterval(looks) - sinceLast);
}
