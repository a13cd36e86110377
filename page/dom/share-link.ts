/**
 * The share link the reader opened: the `#bs=` part of the address this document was loaded from (its
 * navigation entry), never a fragment a page's script writes later (`location.hash`, `pushState`), which
 * could put its own words in a "From a share link" panel. Taken once per document: the first taker
 * (the engine's card-UI loader, or the notes) removes it from the address bar with
 * `history.replaceState`, so the page's scripts, its analytics and the next copy of the address no
 * longer carry it; the rest of the address stays, and so does any Text Fragment (the browser has
 * already scrolled to it by then). The engine and card UI bundles meet at a global of our isolated world.
 */

import { SHARE_PARAM, shareValueFromHash } from '../../core/share/fragment';

const TAKEN_KEY = Symbol.for('backstory.share-link');

export interface SharedLink {
  /** The article address the link opened (without its fragment). */
  article: string;
  /** The fragment as `#bs=…` (what the background decodes). */
  hash: string;
}

/**
 * `url` without its share value (and the `&` that joined it), keeping the rest of the fragment (another
 * anchor, a `:~:` directive where the browser shows it); no fragment left, no `#`. Null: nothing to remove.
 */
export function withoutShare(url: string): string | null {
  const i = url.indexOf('#');
  if (i === -1) return null;
  const fragment = url.slice(i + 1);
  const directiveAt = fragment.indexOf(':~:');
  const head = directiveAt === -1 ? fragment : fragment.slice(0, directiveAt);
  const directive = directiveAt === -1 ? '' : fragment.slice(directiveAt);
  const parts = head.split('&');
  const kept = parts.filter((part) => !part.startsWith(`${SHARE_PARAM}=`));
  if (kept.length === parts.length) return null;
  const rest = kept.join('&') + directive;
  return rest ? `${url.slice(0, i)}#${rest}` : url.slice(0, i);
}

/** The share link in the address the document was opened with, or null. */
export function sharedLinkOf(navigationUrl: string | undefined): SharedLink | null {
  if (!navigationUrl) return null;
  const i = navigationUrl.indexOf('#');
  if (i === -1) return null;
  const value = shareValueFromHash(navigationUrl.slice(i));
  return value ? { article: navigationUrl.slice(0, i), hash: `#${SHARE_PARAM}=${value}` } : null;
}

/** The address this document was loaded from (after redirects), as the reader's navigation made it. */
function navigationUrl(): string | undefined {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return entry?.name || undefined;
}

/**
 * The reader's share link on this page, read once (later calls answer the same), its fragment then
 * removed from the address bar if it is still there.
 */
export function takeSharedLink(): SharedLink | null {
  const global = globalThis as Record<symbol, unknown>;
  if (TAKEN_KEY in global) return global[TAKEN_KEY] as SharedLink | null;
  const link = sharedLinkOf(navigationUrl());
  global[TAKEN_KEY] = link;
  if (link) {
    const next = withoutShare(location.href);
    if (next !== null) {
      try {
        history.replaceState(history.state, '', next);
      } catch (error) {
        console.error('[Backstory] could not remove the share link from the address', error);
      }
    }
  }
  return link;
}
