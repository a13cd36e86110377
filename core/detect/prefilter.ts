/**
 * The prefilter: could a text be about the story at all? Detection needs Ukraine (or a Ukrainian
 * party) named at least twice, so a page with fewer anchor hits stops here. Anchors are loose
 * prefixes of those phrases (compiled at build time, see `anchorSource`): they never count fewer hits
 * than the matcher, so the prefilter never turns a story away.
 */

/** Ukraine (or a Ukrainian party) must be named at least this often for an article to be coverage. */
export const MIN_UKRAINE_HITS = 2;

/**
 * The anchors' pattern: lowercase stems, matched against lowercased text (`hasAnchorHits`). Lowercasing
 * once is cheaper than a case-insensitive pattern in a cold content script and finds everything it would.
 * Every caller builds it with the same flags, so a page's scripts share one compiled pattern.
 */
export function anchorPattern(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** Whether `anchors` (from `anchorPattern`) hits at least `min` times across `parts`. */
export function hasAnchorHits(anchors: RegExp, parts: readonly string[], min = MIN_UKRAINE_HITS): boolean {
  let hits = 0;
  for (const part of parts) {
    const text = part.toLowerCase();
    anchors.lastIndex = 0;
    while (anchors.exec(text)) if (++hits >= min) return true;
  }
  return false;
}
