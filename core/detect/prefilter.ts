/**
 * The prefilter: could a text be about the story at all? Detection needs Ukraine (or a Ukrainian
 * party) named at least twice, so a page with fewer anchor hits stops here. Anchors are loose
 * prefixes of those phrases (compiled at build time, see `anchorSource`): they never count fewer hits
 * than the matcher, so the prefilter never turns a story away.
 */

/** Ukraine (or a Ukrainian party) must be named at least this often for an article to be coverage. */
export const MIN_UKRAINE_HITS = 2;

/** How much of the article region's text the prefilter reads on a page: a story names Ukraine long before this. */
export const PREFILTER_TEXT_LIMIT = 30_000;

/**
 * The anchors, by script: the Latin ones always run; another script's only over text that has a letter
 * of that script (an English page never compiles or runs the Cyrillic, Arabic or CJK alternatives).
 * Each pattern is lowercase stems matched against lowercased text: lowercasing once is cheaper than a
 * case-insensitive pattern in a cold content script and finds everything it would.
 */
export interface AnchorGroup {
  /** A character class the text must contain for this group to run ('' for the Latin group). */
  script: string;
  source: string;
}

export interface Anchors {
  groups: { probe: RegExp | null; source: string; pattern: RegExp | null }[];
  /** Any letter of the scripts the probed groups cover: one scan rules them all out on most pages. */
  anyScript: RegExp | null;
}

/** Scripts other than Latin, by the character class that tells a text has them. */
export const SCRIPTS: Record<string, string> = {
  cyrillic: '[\u0400-\u04ff]',
  arabic: '[\u0600-\u06ff]',
  devanagari: '[\u0900-\u097f]',
  cjk: '[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]',
  hangul: '[\uac00-\ud7af]',
};

/** Every caller builds the patterns the same way (flag 'g'), compiled only when a text needs them. */
export function anchorPattern(groups: readonly AnchorGroup[]): Anchors {
  const scripts = groups.flatMap((g) => (g.script ? [g.script] : []));
  return {
    groups: groups.map((g) => ({ probe: g.script ? new RegExp(g.script) : null, source: g.source, pattern: null })),
    anyScript: scripts.length ? new RegExp(scripts.join('|')) : null,
  };
}

/** Whether `anchors` hit at least `min` times across `parts`. */
export function hasAnchorHits(anchors: Anchors, parts: readonly string[], min = MIN_UKRAINE_HITS): boolean {
  let hits = 0;
  for (const part of parts) {
    const text = part.toLowerCase();
    const otherScripts = anchors.anyScript?.test(text) ?? false;
    for (const group of anchors.groups) {
      if (group.probe && !(otherScripts && group.probe.test(text))) continue;
      group.pattern ??= new RegExp(group.source, 'g');
      const pattern = group.pattern;
      pattern.lastIndex = 0;
      while (pattern.exec(text)) if (++hits >= min) return true;
    }
  }
  return false;
}
