import { describe, expect, it } from 'vitest';
import { RESCAN_MAX_MS, RESCAN_MIN_MS, rescanInterval } from './rescan';

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
