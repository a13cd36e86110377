/**
 * Bundled at bench time (esbuild, IIFE) and evaluated in the page: the extension's own region choice
 * (page/dom/region.ts, unchanged) and THE FLOOR — one bare TreeWalker pass that only reads that region's text.
 */
import { findArticleRegion } from '../../page/dom/region';

export interface FloorRun {
  /** findArticleRegion + the walk, ms. */
  total: number;
  /** The walk alone, ms. */
  walk: number;
  chars: number;
  nodes: number;
}

function floor(): FloorRun {
  const t0 = performance.now();
  const region = findArticleRegion(document);
  const t1 = performance.now();
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    parts.push((n as Text).data);
    nodes++;
  }
  const text = parts.join('');
  const t2 = performance.now();
  return { total: t2 - t0, walk: t2 - t1, chars: text.length, nodes };
}

(globalThis as unknown as { __backstoryBench: unknown }).__backstoryBench = {
  region: () => findArticleRegion(document),
  floor,
};
