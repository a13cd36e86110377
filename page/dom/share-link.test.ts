import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedLinkOf, takeSharedLink, withoutShare } from './share-link';

const ARTICLE = 'https://apnews.com/article/minerals-deal?utm=1';

describe('share link fragments', () => {
  it('removes only the share value from an address, keeping the rest of it', () => {
    expect(withoutShare(`${ARTICLE}#bs=1.abc`)).toBe(ARTICLE);
    expect(withoutShare(`${ARTICLE}#top&bs=1.abc`)).toBe(`${ARTICLE}#top`);
    expect(withoutShare(`${ARTICLE}#bs=1.abc&top`)).toBe(`${ARTICLE}#top`);
    expect(withoutShare(`${ARTICLE}#bs=1.abc:~:text=Ukraine%20gave`)).toBe(`${ARTICLE}#:~:text=Ukraine%20gave`);
    expect(withoutShare(`${ARTICLE}#top`)).toBeNull();
    expect(withoutShare(ARTICLE)).toBeNull();
  });

  it('reads the link from the address the document was opened with', () => {
    expect(sharedLinkOf(`${ARTICLE}#bs=1.abc:~:text=x`)).toEqual({ article: ARTICLE, hash: '#bs=1.abc' });
    expect(sharedLinkOf(ARTICLE)).toBeNull();
    expect(sharedLinkOf(undefined)).toBeNull();
  });
});

describe('takeSharedLink', () => {
  const TAKEN = Symbol.for('backstory.share-link');
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete (globalThis as Record<symbol, unknown>)[TAKEN];
  });

  /** A document opened at `opened` whose address is now `now` (a page script may have changed it). */
  function page(opened: string, now: string) {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ name: opened } as PerformanceEntry]);
    const replaceState = vi.fn();
    vi.stubGlobal('location', { href: now });
    vi.stubGlobal('history', { state: { app: 1 }, replaceState });
    return replaceState;
  }

  it('takes the link the reader opened, once, and removes it from the address bar', () => {
    const replaceState = page(`${ARTICLE}#bs=1.abc`, `${ARTICLE}#bs=1.abc`);
    expect(takeSharedLink()).toEqual({ article: ARTICLE, hash: '#bs=1.abc' });
    expect(replaceState).toHaveBeenCalledExactlyOnceWith({ app: 1 }, '', ARTICLE);
    // Read once: the next taker (the other bundle) gets the same answer and changes nothing more.
    expect(takeSharedLink()).toEqual({ article: ARTICLE, hash: '#bs=1.abc' });
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('ignores a fragment the page wrote after load (location.hash, pushState)', () => {
    const replaceState = page(ARTICLE, `${ARTICLE}#bs=1.forged`);
    expect(takeSharedLink()).toBeNull();
    expect(replaceState).not.toHaveBeenCalled();
  });

  it("keeps the reader's link when the page rewrote the fragment since", () => {
    const replaceState = page(`${ARTICLE}#bs=1.abc`, `${ARTICLE}#bs=1.forged`);
    expect(takeSharedLink()).toEqual({ article: ARTICLE, hash: '#bs=1.abc' });
    expect(replaceState).toHaveBeenCalledWith({ app: 1 }, '', ARTICLE);
  });
});
