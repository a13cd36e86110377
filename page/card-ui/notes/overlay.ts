/**
 * Where the reader's notes are anchored, painted as boxes inside our closed shadow root rather than as a
 * CSS Custom Highlight: the highlight registry (`CSS.highlights`) is readable by every page script, and
 * a note's passage is private. The boxes do not take the pointer and sit at the host (fixed at the
 * viewport's origin), so they change neither the page's layout nor its hit-testing; they follow the
 * passage on scroll (any scroller, at the next frame) and on resize.
 */

import { onAbort } from '../../../core/abort';

const OVERLAY_CSS = `
.bs-note-marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.bs-note-mark { position: absolute; pointer-events: none; box-sizing: border-box;
  background: rgba(250, 204, 21, 0.28); border-bottom: 2px solid #b45309; border-radius: 2px; }
@media (prefers-color-scheme: dark) { .bs-note-mark { background: rgba(250, 204, 21, 0.22); border-bottom-color: #fbbf24; } }
@media (forced-colors: active) { .bs-note-mark { background: none; border-bottom: 2px solid Highlight; } }`;

export interface NoteOverlay {
  /** Paints these ranges (id → range), replacing what was painted. */
  paint(ranges: Map<string, AbstractRange>): void;
  /** The note whose passage is under this viewport point, if any. */
  noteAt(x: number, y: number): string | null;
}

/** The overlay in `shadow`, until `signal` aborts (then its boxes and watchers go). */
export function createNoteOverlay(
  shadow: ShadowRoot,
  loadStyles: (root: ShadowRoot, css: string) => void,
  signal: AbortSignal,
): NoteOverlay {
  loadStyles(shadow, OVERLAY_CSS);
  const layer = document.createElement('div');
  layer.className = 'bs-note-marks';
  layer.setAttribute('aria-hidden', 'true');
  shadow.append(layer);
  let ranges = new Map<string, AbstractRange>();
  let frame = 0;

  const rectsOf = (r: AbstractRange): DOMRect[] => {
    try {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return [...range.getClientRects()].filter((b) => b.width > 0 && b.height > 0);
    } catch {
      return []; // the page removed the text since
    }
  };

  const draw = () => {
    frame = 0;
    const boxes: HTMLElement[] = [];
    for (const r of ranges.values())
      for (const b of rectsOf(r)) {
        if (b.bottom < 0 || b.top > window.innerHeight) continue; // off screen: nothing to draw
        const box = document.createElement('div');
        box.className = 'bs-note-mark';
        box.style.transform = `translate(${b.left}px, ${b.top}px)`;
        box.style.width = `${b.width}px`;
        box.style.height = `${b.height}px`;
        boxes.push(box);
      }
    layer.replaceChildren(...boxes);
  };
  const schedule = () => {
    if (!frame && ranges.size) frame = requestAnimationFrame(draw);
  };
  // Capture: a scroll inside the article's own scroller does not bubble to the document.
  document.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  // Text that moves without a scroll (an image above it loads, a font arrives) moves the body's size.
  const resized = new ResizeObserver(schedule);
  resized.observe(document.body ?? document.documentElement);
  onAbort(signal, () => {
    if (frame) cancelAnimationFrame(frame);
    ranges = new Map();
    resized.disconnect();
    layer.remove();
  });

  return {
    paint(next) {
      ranges = next;
      if (frame) cancelAnimationFrame(frame);
      draw();
    },
    noteAt(x, y) {
      for (const [id, r] of ranges)
        for (const b of rectsOf(r)) if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return id;
      return null;
    },
  };
}
