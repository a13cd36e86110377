/**
 * The gate's read of a page: the start of the article region's text and the headline, tested against
 * the prefilter's anchors. A bare native read of text, skipping only script and style text (news
 * pages inline megabytes of JSON): it also reads asides and navigation inside the region, so it
 * can only count more anchor hits than the engine's careful read (page/dom/extract.ts), never fewer.
 */
import { type Anchors, hasAnchorHits, PREFILTER_TEXT_LIMIT } from '../../core/detect/prefilter';
import { headlineOnly } from '../dom/metadata';
import { findArticleRegion } from '../dom/region';

/** The gate also reads asides and menus inside the region, so it reads twice as far. */
const GATE_TEXT_LIMIT = 2 * PREFILTER_TEXT_LIMIT;
/** Text nodes under these are code or data, not prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const NOT_PROSE_SELECTOR = [...NOT_PROSE].join(', ').toLowerCase();

/** The look itself, with the region it found (handed to the engine, which then need not search again). */
export function lookAtPage(doc: Document, anchors: Anchors): { passed: boolean; region: Element; chars: number } {
  const region = findArticleRegion(doc);
  const prose = proseHead(region, GATE_TEXT_LIMIT);
  const passed = hasAnchorHits(anchors, [headlineOnly(doc, region), prose]);
  return { passed, region, chars: prose.length };
}

/**
 * The region's text outside scripts and styles, concatenated until about `limit` characters. A subtree
 * without code is read in one native call; one with code is read child by child. (A script-driven walk
 * over every text node cost several times more in a cold content script, and reading the whole region
 * at once costs more on very long pages.)
 */
function proseHead(region: Element, limit: number): string {
  let text = '';
  const read = (parent: Node): void => {
    for (let node = parent.firstChild; node && text.length < limit; node = node.nextSibling) {
      if (node.nodeType === 3 /* Node.TEXT_NODE */) text += (node as Text).data;
      else if (node.nodeType !== 1 /* Node.ELEMENT_NODE */ || NOT_PROSE.has(node.nodeName)) continue;
      else if ((node as Element).querySelector(NOT_PROSE_SELECTOR)) read(node);
      else text += node.textContent;
    }
  };
  read(region);
  return text;
}
