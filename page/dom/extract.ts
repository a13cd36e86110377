/**
 * Reads the article region's text: every visible-content text node, concatenated, with block
 * boundaries noted so a match never runs from one paragraph into the next. Reads only: never
 * touches the page's nodes.
 */
import { isSkipped } from './region';

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'BR',
  'HR',
  'DT',
  'DD',
  'DL',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'MAIN',
]);

export interface RegionText {
  text: string;
  breaks: number[];
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  /** Whether reading stopped at a limit before the end of the region. */
  truncated: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Reads the region's text; with a `limit`, stops once that many characters are read (`truncated`). */
export function extractText(root: Element, limit = Number.POSITIVE_INFINITY): RegionText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  let length = 0;
  const breakHere = () => {
    if (breaks[breaks.length - 1] !== length) breaks.push(length);
  };

  // Whether each open element on the way down is a block (so climbing out of it closes one without
  // reading its tag again: every DOM read is a binding call, and cold content-script code pays for each).
  const blocks: boolean[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    let firstChild: Node | null = null;
    let isBlock = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        if (length >= limit) return { text: parts.join(''), breaks, nodes, starts, truncated: true };
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName;
      isBlock = BLOCK_TAGS.has(tag);
      if (!isSkipped(el, tag)) {
        if (isBlock) breakHere();
        firstChild = el.firstChild;
      }
    }
    if (firstChild) {
      blocks.push(isBlock);
      node = firstChild;
      continue;
    }
    // An element not descended into (empty, or skipped): a block still ends here.
    if (isBlock) breakHere();
    // Climb until there is a next sibling, closing blocks on the way up.
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === root) return { text: parts.join(''), breaks, nodes, starts, truncated: false };
      if (blocks.pop()) breakHere();
      next = node.nextSibling;
    }
    node = next;
  }
  return { text: parts.join(''), breaks, nodes, starts, truncated: false };
}

/** The text node and offset at a position in the region text (binary search). */
export function locate(region: RegionText, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = region;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo] as Text, offset: offset - (starts[lo] as number) };
}
