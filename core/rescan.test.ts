import { describe, expect, it } from 'vitest';
import { nextLookDelay, RESCAN_MAX_MS, RESCAN_MIN_MS, rescanInterval, SETTLE_MS } from './rescan';

describe('rescanInterval', () => {
  it('looks again at most once a second for the first looks at an address', () => {
    expect([0, 1, 2, 3].map(rescanInterval)).toEqual([RESCAN_MIN_MS, RESCAN_MIN_MS, RESCAN_MIN_MS, RESCAN_MIN_MS]);
  });

  it('then doubles the wait, up to the cap', () => {
    expect([4, 5, 6, 7, 8, 9, 50].map(rescanInterval)).toEqual([
      2000,
      4000,
      8000,
      16_000,
      16_000,
      16_000,
      RESCAN_MAX_MS,
    ]);
  });

  it('costs a page that keeps changing for a minute about a dozen looks instead of sixty', () => {
    let at = 0;
    let looks = 0;
    while (at < 60_000) {
      looks++;
      at += rescanInterval(looks);
    }
    expect(looks).toBeLessThanOrEqual(12);
  });
});

describe('nextLookDelay', () => {
  it('looks at a new address once the changes settle, else waits out the back-off (never less than the settle time)', () => {
    expect(nextLookDelay(10, 0, true)).toBe(SETTLE_MS);
    expect(nextLookDelay(0, 0, false)).toBe(RESCAN_MIN_MS);
    expect(nextLookDelay(0, 400, false)).toBe(RESCAN_MIN_MS - 400);
    expect(nextLookDelay(0, 5000, false)).toBe(SETTLE_MS);
  });
});
