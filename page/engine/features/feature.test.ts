import { describe, expect, it } from 'vitest';
import { CardIntentSlot } from './feature';

describe('CardIntentSlot', () => {
  it('gives the move once', () => {
    const slot = new CardIntentSlot();
    expect(slot.take()).toBeUndefined();
    slot.put({ kind: 'tap', index: 3 });
    expect(slot.take()).toEqual({ kind: 'tap', index: 3 });
    expect(slot.take()).toBeUndefined();
  });

  it('adds up mention steps asked for while the bundle is on its way; another move replaces them', () => {
    const slot = new CardIntentSlot();
    slot.put({ kind: 'nav', directions: [1] });
    slot.put({ kind: 'nav', directions: [1, -1] });
    expect(slot.take()).toEqual({ kind: 'nav', directions: [1, 1, -1] });
    slot.put({ kind: 'nav', directions: [1] });
    slot.put({ kind: 'note', keyboard: true });
    expect(slot.take()).toEqual({ kind: 'note', keyboard: true });
  });
});
