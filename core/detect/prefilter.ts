/**
 * The prefilter: could a text be about the story at all? Detection needs Ukraine (or a Ukrainian
 * party) named at least twice, so a page with fewer anchor hits stops here. Anchors are loose
 * prefixes of those phrases (compiled at build time, see `anchorSource`): they never count fewer hits
 * than the matcher, so the prefilter never turns a story away.
 */

/** Ukraine (or a Ukrainian party) must be named at least this often for an article to be coverage. */
export const MIN_UKRAINE_HITS = 2;

/** Whether `anchors` (a global, case-insensitive pattern) hits at least `min` times across `parts`. */
export function hasAnchorHits(anchors: RegExp, parts: readonly string[], min = MIN_UKRAINE_HITS): boolean {
  let hits = 0;
  for (const part of parts) {
    anchors.lastIndex = 0;
    while (anchors.exec(part)) if (++hits >= min) return true;
  }
  return false;
}
