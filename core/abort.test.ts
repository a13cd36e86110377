import { describe, expect, it, vi } from 'vitest';
import { childController, listenTo, onAbort, timeout } from './abort';

describe('onAbort', () => {
  it('runs the cleanup once, when the signal aborts', () => {
    const life = new AbortController();
    const cleanup = vi.fn();
    onAbort(life.signal, cleanup);
    expect(cleanup).not.toHaveBeenCalled();
    life.abort();
    life.abort();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('runs it at once on a signal that has already aborted', () => {
    const cleanup = vi.fn();
    onAbort(AbortSignal.abort(), cleanup);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe('childController', () => {
  it('aborts with its parent, with the parent’s reason', () => {
    const parent = new AbortController();
    const child = childController(parent.signal);
    parent.abort('page gone');
    expect(child.signal.aborted).toBe(true);
    expect(child.signal.reason).toBe('page gone');
  });

  it('aborts alone without touching its parent or its siblings', () => {
    const parent = new AbortController();
    const one = childController(parent.signal);
    const two = childController(parent.signal);
    one.abort();
    expect(parent.signal.aborted).toBe(false);
    expect(two.signal.aborted).toBe(false);
  });

  it('is born aborted under an aborted parent', () => {
    expect(childController(AbortSignal.abort()).signal.aborted).toBe(true);
  });
});

describe('timeout', () => {
  it('runs after the delay unless the signal aborts first', async () => {
    vi.useFakeTimers();
    try {
      const life = new AbortController();
      const ran: string[] = [];
      timeout(life.signal, () => ran.push('kept'), 10);
      const cancelled = new AbortController();
      timeout(cancelled.signal, () => ran.push('cancelled'), 10);
      cancelled.abort();
      timeout(AbortSignal.abort(), () => ran.push('never'), 0);
      await vi.advanceTimersByTimeAsync(20);
      expect(ran).toEqual(['kept']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('listenTo', () => {
  it('adds the listener to the event and removes the same one when the signal aborts', () => {
    const listeners = new Set<() => void>();
    const event = {
      addListener: (l: () => void) => listeners.add(l),
      removeListener: (l: () => void) => listeners.delete(l),
    };
    const life = new AbortController();
    const listener = () => {};
    listenTo(event, listener, life.signal);
    expect([...listeners]).toEqual([listener]);
    life.abort();
    expect(listeners.size).toBe(0);
    listenTo(event, listener, life.signal);
    expect(listeners.size).toBe(0);
  });
});
