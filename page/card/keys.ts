/**
 * The page-wide keys of the card UI, shared by the card bundle (which acts on them) and the engine's
 * loader (which loads the card bundle when one is pressed before it arrived).
 */

/** Keyboard shortcut for walking mentions: Alt+Shift+J (next) and Alt+Shift+K (previous). */
export function navDirection(e: KeyboardEvent): 1 | -1 | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyJ') return 1;
  if (e.code === 'KeyK') return -1;
  return null;
}

/**
 * The same keys are also the browser's commands (forwarded by the background): a command this soon after
 * the key was handled on the page is the same press, not a second step.
 */
export const KEY_THEN_COMMAND_MS = 400;

/** Alt+Shift+N: add a note to the selected text. */
export function isAddNoteKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n');
}
