/**
 * The gate's read of a page: the start of the article region's text and the headline, tested against
 * the prefilter's anchors. A bare native walk over text nodes, skipping only script and style text
 * (news pages inline megabytes of JSON): it also reads asides and navigation inside the region, so it
 * can only count more anchor hits than the engine's careful read (page/extract.ts), never fewer.
 */
import { hasAnchorHits } from '../core/detect/prefilter';
import { headlineOnly } from './metadata';
import { findArticleRegion } from './region';

/** How much of the region's text the prefilter reads: a story names Ukraine long before this. */
export const PREFILTER_TEXT_LIMIT = 30_000;
/** The gate also reads asides and menus inside the region, so it reads twice as far. */
const GATE_TEXT_LIMIT = 2 * PREFILTER_TEXT_LIMIT;
/** Text nodes under these are code or data, not prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export function mightBeStoryPage(doc: Document, anchors: RegExp): boolean {
  return lookAtPage(doc, anchors).passed;
}

/** The look itself, with the region it found (handed to the engine, which then need not search again). */
export function lookAtPage(doc: Document, anchors: RegExp): { passed: boolean; region: Element } {
  const region = findArticleRegion(doc);
  const passed = hasAnchorHits(anchors, [headlineOnly(doc, region), proseHead(doc, region, GATE_TEXT_LIMIT)]);
  return { passed, region };
}

/** The region's text nodes outside scripts and styles, concatenated until `limit` characters. */
function proseHead(doc: Document, region: Element, limit: number): string {
  const walker = doc.createTreeWalker(region, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (!NOT_PROSE.has((node.parentNode as Element).nodeName)) text += (node as Text).data;
  }
  return text;
}
