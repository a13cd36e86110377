/**
 * The page-wide keys of the card UI, shared by the card bundle (which acts on them) and the engine's
 * loader (which loads the card bundle when one is pressed before it arrived). None of them is ours when
 * the reader is typing: on macOS Alt+Shift+J, K and N type Ô,  and ˜.
 */

/** Input types the reader types into (the others are buttons, boxes and pickers). */
const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/**
 * Whether the key goes to a place the reader types into: a text field, a text area, a select list or
 * editable content (looked up through open shadow roots to the element itself).
 */
export function inEditable(e: KeyboardEvent): boolean {
  const target = (typeof e.composedPath === 'function' ? e.composedPath()[0] : undefined) ?? e.target;
  const el = target as { localName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  return el.localName === 'input' && !NOT_TYPED.has(String(el.type ?? 'text').toLowerCase());
}

/** Keyboard shortcut for walking mentions: Alt+Shift+J (next) and Alt+Shift+K (previous). */
export function navDirection(e: KeyboardEvent): 1 | -1 | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  const direction = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : null;
  return direction && !inEditable(e) ? direction : null;
}

/**
 * The same keys are also the browser's commands (forwarded by the background): a command this soon after
 * the key was handled on the page is the same press, not a second step.
 */
export const KEY_THEN_COMMAND_MS = 400;

/** Alt+Shift+N: add a note to the selected text. */
export function isAddNoteKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n') && !inEditable(e);
}
