import { describe, expect, it, vi } from 'vitest';
import { CardIntentSlot, type ContentFeature, type PageApi, startFeatures } from './feature';

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

describe('startFeatures', () => {
  const api = {} as PageApi;
  /** A feature that listens to `target` under its signal, then perhaps throws. */
  const listening = (name: string, target: EventTarget, heard: string[], fail = false): ContentFeature => ({
    name,
    setup(_api, signal) {
      target.addEventListener('ping', () => heard.push(name), { signal });
      if (fail) throw new Error(`${name} broke`);
    },
  });

  it('gives each feature a signal of its own: one that fails to start stops alone, the rest stop with the engine', () => {
    const target = new EventTarget();
    const heard: string[] = [];
    const life = new AbortController();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    startFeatures(
      [listening('first', target, heard), listening('broken', target, heard, true), listening('last', target, heard)],
      api,
      life.signal,
    );
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['first', 'last']);
    life.abort();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['first', 'last']);
  });
});
