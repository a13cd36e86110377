import { describe, expect, it } from 'vitest';
import { inEditable, isAddNoteKey, navDirection } from './keys';

const key = (init: Partial<KeyboardEvent>) =>
  ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: '', key: '', ...init }) as KeyboardEvent;
/** A key pressed in an element (as the event's composed path starts at it). */
const keyIn = (target: object, init: Partial<KeyboardEvent>) =>
  key({ ...init, target: target as EventTarget, composedPath: () => [target as EventTarget] });

const J = { altKey: true, shiftKey: true, code: 'KeyJ', key: 'Ô' };

describe('page-wide keys', () => {
  it('reads Alt+Shift+J and Alt+Shift+K as next and previous, by physical key', () => {
    expect(navDirection(key({ altKey: true, shiftKey: true, code: 'KeyJ', key: 'Ô' }))).toBe(1);
    expect(navDirection(key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }))).toBe(-1);
  });

  it('leaves other chords to the page', () => {
    expect(navDirection(key({ altKey: true, code: 'KeyJ' }))).toBeNull();
    expect(navDirection(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyJ' }))).toBeNull();
    expect(navDirection(key({ altKey: true, shiftKey: true, code: 'KeyN' }))).toBeNull();
  });

  it('reads Alt+Shift+N as "add a note"', () => {
    expect(isAddNoteKey(key({ altKey: true, shiftKey: true, key: 'N' }))).toBe(true);
    expect(isAddNoteKey(key({ altKey: true, shiftKey: false, key: 'n' }))).toBe(false);
  });

  it('leaves every key to a text field, a text area, a select list and editable content (typing Ô is never swallowed)', () => {
    for (const target of [
      { localName: 'input', type: 'text' },
      { localName: 'input', type: 'search' },
      { localName: 'input', type: '' },
      { localName: 'textarea' },
      { localName: 'select' },
      { localName: 'div', isContentEditable: true },
    ]) {
      expect(inEditable(keyIn(target, J)), JSON.stringify(target)).toBe(true);
      expect(navDirection(keyIn(target, J)), JSON.stringify(target)).toBeNull();
      expect(navDirection(keyIn(target, { ...J, code: 'KeyK' })), JSON.stringify(target)).toBeNull();
      expect(isAddNoteKey(keyIn(target, { altKey: true, shiftKey: true, key: 'N' })), JSON.stringify(target)).toBe(
        false,
      );
    }
  });

  it('still walks from a link, a button or a check box', () => {
    for (const target of [
      { localName: 'a' },
      { localName: 'button' },
      { localName: 'input', type: 'checkbox' },
      { localName: 'body' },
    ]) {
      expect(navDirection(keyIn(target, J)), JSON.stringify(target)).toBe(1);
    }
  });
});
