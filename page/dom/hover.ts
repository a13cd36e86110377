/**
 * Hover detection without touching the page: hit-tests the pointer against the mention ranges with
 * caretPositionFromPoint, once per animation frame at most.
 */

import { onAbort } from '../../core/abort';

export interface HitTarget {
  /** Mentions that start or run through each text node, as indices into `ranges`. */
  byNode: Map<Node, number[]>;
  ranges: AbstractRange[];
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function toRange(r: AbstractRange): Range {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** The mention under the point (x, y), if the point is on the mention's text itself. */
export function mentionAt(target: HitTarget, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const candidates = target.byNode.get(caret.node);
  if (!candidates) return null;
  for (const i of candidates) {
    const r = target.ranges[i] as AbstractRange;
    // The caret is the nearest insertion point, so confirm the pointer is over the text's boxes.
    for (const rect of Array.from(toRange(r).getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return i;
    }
  }
  return null;
}

/** Watches the pointer and reports the mention under it (null when it leaves every mention). */
/**
 * `onChange` gets the mention now under the pointer and when the pointer got there (the event's
 * timestamp, on the performance.now() clock): hit-testing waits for a frame, hover intent need not.
 */
export function watchHover(
  getTarget: () => HitTarget | null,
  onChange: (mention: number | null, since: number) => void,
  signal: AbortSignal,
): void {
  let current: number | null = null;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  /** When the first move of the frame being checked happened. */
  let movedAt = 0;
  const check = () => {
    frame = 0;
    const target = getTarget();
    const found = target ? mentionAt(target, lastX, lastY) : null;
    if (found !== current) {
      current = found;
      onChange(found, movedAt);
    }
  };
  const onMove = (e: PointerEvent) => {
    // Only the reader's pointer: a page's script could make moves over a mention to open its card.
    if (!e.isTrusted) return;
    lastX = e.clientX;
    lastY = e.clientY;
    if (!frame) {
      movedAt = e.timeStamp;
      frame = requestAnimationFrame(check);
    }
  };
  document.addEventListener('pointermove', onMove, { passive: true, capture: true, signal });
  onAbort(signal, () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  });
}

/** The first mention whose text lies inside `element` (for focus: a link or button that contains a mention). */
function mentionInElement(target: HitTarget, element: Element): number | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const list = target.byNode.get(node);
    if (list?.length) return Math.min(...list);
  }
  return null;
}

/** The mention inside a focused element, if it is short enough to be pointing at one (see watchFocus). */
export function mentionInFocus(target: HitTarget | null, el: Element): number | null {
  const short = (el.textContent ?? '').length <= 200;
  return target && short && el !== document.body && el !== document.documentElement
    ? mentionInElement(target, el)
    : null;
}

/**
 * Watches keyboard focus on the page and reports the mention inside the focused element (a link that
 * contains a marked name), or null when focus moves to something without one. Elements with long text
 * (a focusable article container) never count: focusing them is not pointing at a mention.
 */
export function watchFocus(
  getTarget: () => HitTarget | null,
  isOwnNode: (node: Node) => boolean,
  onChange: (mention: number | null, element: Element | null) => void,
  signal: AbortSignal,
): void {
  const onFocusIn = (e: FocusEvent) => {
    if (!e.isTrusted) return;
    const el = e.target;
    if (!(el instanceof Element) || isOwnNode(el)) return;
    onChange(mentionInFocus(getTarget(), el), el);
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
}

export type HoverListener = (mention: number | null, since: number) => void;

/**
 * One pointer watcher per page, many listeners: the active highlight and the card both follow the same
 * hit-test instead of each running its own on every frame.
 */
export class HoverChannel {
  private readonly listeners = new Set<HoverListener>();
  private last: { mention: number | null; since: number } = { mention: null, since: 0 };

  /** Calls `listener` with each change until `signal` aborts. */
  subscribe(listener: HoverListener, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    onAbort(signal, () => this.listeners.delete(listener));
  }

  emit(mention: number | null, since: number): void {
    this.last = { mention, since };
    for (const listener of this.listeners) listener(mention, since);
  }

  /** The mention under the pointer now and since when (for a listener that arrives mid-hover). */
  current(): { mention: number | null; since: number } {
    return this.last;
  }
}
