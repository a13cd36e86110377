/**
 * What the notes tests of both browsers (share.e2e.ts and support/notes.ts in Chromium, firefox.e2e.ts and
 * support/firefox-ui.ts in Firefox) evaluate in the page, in the notes frame and in our content-script
 * world. Each function runs *there*: self-contained, no imports, no closures.
 */

export interface NotesProbe {
  text: string;
  /** The class of the focused element in the frame ('' when the frame does not have focus). */
  focus: string;
  orphans: number;
  mine: number;
}

/** Runs in the page: selects the first occurrence of `passage` in a text node, as a reader would. */
export function selectPassage(passage: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(passage);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + passage.length);
    const sel = document.getSelection() as Selection;
    sel.removeAllRanges();
    sel.addRange(range);
    return;
  }
  throw new Error('passage not found');
}

/** Runs in the notes frame: what the notes panel shows (null: it shows nothing). */
export function notesPanel(): NotesProbe | null {
  const panel = document.querySelector('.bs-notes');
  if (!panel) return null;
  return {
    text: panel.textContent ?? '',
    focus: document.hasFocus() ? ((document.activeElement as HTMLElement | null)?.className ?? '') : '',
    orphans: panel.querySelectorAll('.bs-orphan').length,
    mine: panel.querySelectorAll('.bs-mine-note').length,
  };
}

/** Runs in our content-script world: focuses the notes frame in our closed root. */
export function focusNotesFrame(): null {
  const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
    host(): { shadow: ShadowRoot };
  };
  api.host().shadow.querySelector<HTMLIFrameElement>('iframe')?.focus();
  return null;
}

/** Runs in the notes frame: focuses the panel's control at `selector`; true once it has focus. */
export function focusInPanel(selector: string): boolean {
  const target = document.querySelector<HTMLElement>(`.bs-notes ${selector}`);
  target?.focus();
  return target !== null && document.activeElement === target && document.hasFocus();
}
