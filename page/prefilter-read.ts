/**
 * The gate's read of a page: the article region's text, as the browser gives it in one native call,
 * and the headline, tested against the prefilter's anchors. No walk of our own: `textContent` also
 * holds the text of skipped subtrees (scripts, asides) inside the region, so it can only count more
 * anchor hits than the engine's careful read, never fewer.
 */
import { hasAnchorHits } from '../core/detect/prefilter';
import { headlineOf, metaIndex } from './metadata';
import { findArticleRegion } from './region';

/** How much of the region's text the prefilter reads: a story names Ukraine long before this. */
export const PREFILTER_TEXT_LIMIT = 30_000;
/** `textContent` counts scripts and asides too, so the gate reads four times as far (natively, cheap). */
const GATE_TEXT_LIMIT = 4 * PREFILTER_TEXT_LIMIT;

export function mightBeStoryPage(doc: Document, anchors: RegExp): boolean {
  const region = findArticleRegion(doc);
  const text = region.textContent ?? '';
  const head = text.length > GATE_TEXT_LIMIT ? text.slice(0, GATE_TEXT_LIMIT) : text;
  return hasAnchorHits(anchors, [headlineOf(doc, region, metaIndex(doc)), head]);
}
