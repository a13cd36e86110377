/**
 * Keeps the card beside its mention with floating-ui: a virtual reference whose boxes come from the
 * mention's range, below it (or above when there is no room), shifted into the viewport, never over
 * the mention (the card's height is capped to the room on its side), following scroll and resize.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';

const GAP = 6;
const PADDING = 8;

function liveRange(r: AbstractRange): Range | null {
  try {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    // The page removed or shortened the text node: no box.
    return null;
  }
}

/** A floating-ui virtual element for a range (a StaticRange has no boxes of its own). */
function rangeReference(r: AbstractRange) {
  const start = r.startContainer;
  return {
    getBoundingClientRect: () => liveRange(r)?.getBoundingClientRect() ?? new DOMRect(),
    getClientRects: () => liveRange(r)?.getClientRects() ?? ([] as unknown as DOMRectList),
    contextElement: (start.nodeType === Node.ELEMENT_NODE ? start : start.parentElement) as Element | undefined,
  };
}

/**
 * Positions `floating` (position: fixed) next to the range until the returned cleanup is called, and
 * shows it once placed (`reveal`; the off-screen warm-up only places it).
 */
export function followRange(
  r: AbstractRange,
  floating: HTMLElement,
  card: () => HTMLElement | null,
  reveal = true,
): () => void {
  const reference = rangeReference(r);
  let alive = true;
  const update = () => {
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(GAP),
        flip({ padding: PADDING, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: PADDING }),
        size({
          padding: PADDING,
          apply({ availableHeight }) {
            const el = card();
            if (el) el.style.maxHeight = `${Math.max(80, Math.floor(availableHeight))}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, placement, middlewareData }) => {
      if (!alive) return;
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      if (!reveal) return;
      const wasHidden = floating.style.visibility !== 'visible';
      floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
      // The moment a card becomes visible (user timing, read by `npm run bench`; benchmark builds only).
      if (__BACKSTORY_BENCH__ && wasHidden && floating.style.visibility === 'visible')
        performance.mark('backstory:card-visible');
      floating.dataset.placement = placement;
    });
  };
  const stop = autoUpdate(reference, floating, update, { animationFrame: false });
  return () => {
    alive = false;
    stop();
  };
}
