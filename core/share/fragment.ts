/**
 * Where a share link's payload sits in an address: `#bs=<value>`, beside another anchor (`#top&bs=…`)
 * and before a Text Fragment directive (`:~:text=…`). No imports: the engine and card-UI bundles read
 * the fragment with this (page/dom/share-link.ts) without loading the payload's zod schemas.
 */

/** The fragment parameter that carries a share payload. */
export const SHARE_PARAM = 'bs';

/**
 * The share value from a URL fragment (`#bs=1.xxx`, `#bs=1.xxx:~:text=…`, or `#other&bs=…`), or null.
 * Chromium strips the `:~:` directive from `location.hash`; other browsers may not.
 */
export function shareValueFromHash(hash: string): string | null {
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  const directive = h.indexOf(':~:');
  if (directive !== -1) h = h.slice(0, directive);
  for (const part of h.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return null;
}
