import { describe, expect, it } from 'vitest';
import { isAddNoteKey, navDirection } from './keys';

const key = (init: Partial<KeyboardEvent>) =>
  ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: '', key: '', ...init }) as KeyboardEvent;

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
});
