/**
 * "Add note" on the reader's selection in the article: a small button in our closed root, opened by a
 * mouse selection, Shift+arrows or Alt+Shift+N (which focuses it). Only the passage (the page's own
 * text) is handed on; the note is written in the notes frame. A click with no selection is handed on
 * too (it may be on a noted passage). Only the reader's own events act: a page's script can make events.
 */
import { onAbort, timeout } from '../../../core/abort';
import type { Translator } from '../../../core/i18n';
import { describeRange, type QuoteSelector } from '../../../core/share/anchor';
import type { RegionText } from '../../dom/extract';
import { isAddNoteKey } from '../../dom/keys';
import { selectionOffsets } from './selection';

const ADD_CSS = `
.bs-add-note { position: fixed; font: 14px/1.4 system-ui, sans-serif; padding: 6px; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.bs-add-note button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #9ca3af;
  background: #f9fafb; color: #111827; cursor: pointer; }
.bs-add-note button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bs-add-note { background: #1f2937; border-color: #4b5563; }
  .bs-add-note button { background: #374151; color: #f9fafb; }
}`;

export interface AddNoteOptions {
  shadow: ShadowRoot;
  host: HTMLElement;
  loadStyles(root: ShadowRoot, css: string): void;
  regionText(): RegionText | null;
  words(): Translator;
  /** The reader asked to write a note on this passage. */
  onCompose(selector: QuoteSelector): void;
  /** A click that selected nothing, at this viewport point. */
  onClick(x: number, y: number): void;
  /** The selection that loaded the card UI asked for a note box (focused when by keyboard). */
  initial?: { keyboard: boolean };
}

type Offsets = { start: number; end: number };

/** The "Add note" button on the reader's selections, until `signal` aborts. */
export function startAddNote(o: AddNoteOptions, signal: AbortSignal): void {
  o.loadStyles(o.shadow, ADD_CSS);
  let box: HTMLElement | null = null;
  const close = () => {
    box?.remove();
    box = null;
  };
  const selectionRect = () => document.getSelection()?.getRangeAt(0).getBoundingClientRect() ?? new DOMRect();

  const open = (offsets: Offsets, focusButton: boolean) => {
    close();
    const rect = selectionRect();
    const words = o.words();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bs-add-button';
    button.textContent = words.t('noteAdd');
    box = document.createElement('div');
    box.className = 'bs-add-note';
    box.lang = words.language;
    box.append(button);
    box.style.top = `${Math.min(window.innerHeight - 40, rect.bottom + 6)}px`;
    box.style.left = `${Math.max(8, Math.min(window.innerWidth - 300, rect.left))}px`;
    button.addEventListener('click', (e) => {
      const region = o.regionText();
      if (!e.isTrusted || !region) return;
      o.onCompose(describeRange(region.text, offsets.start, offsets.end));
      close();
    });
    box.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') close();
    });
    o.shadow.append(box);
    if (focusButton) button.focus();
  };

  const onSelectionDone = (event: Event) => {
    if (!event.isTrusted || event.composedPath().includes(o.host)) return;
    const point = event instanceof MouseEvent ? { x: event.clientX, y: event.clientY } : null;
    // Let the selection settle after the click.
    timeout(
      signal,
      () => {
        const offsets = selectionOffsets(o.regionText());
        if (offsets) open(offsets, false);
        else {
          close();
          if (point) o.onClick(point.x, point.y);
        }
      },
      0,
    );
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (isAddNoteKey(e)) {
      const offsets = selectionOffsets(o.regionText());
      if (!offsets) return;
      e.preventDefault();
      open(offsets, true);
    } else if (e.shiftKey && e.key.startsWith('Arrow')) onSelectionDone(e);
  };
  document.addEventListener('mouseup', onSelectionDone, { signal });
  document.addEventListener('keyup', onKey, { signal });
  onAbort(signal, close);
  if (o.initial) {
    const keyboard = o.initial.keyboard;
    timeout(
      signal,
      () => {
        const offsets = selectionOffsets(o.regionText());
        if (offsets) open(offsets, keyboard);
      },
      0,
    );
  }
}
