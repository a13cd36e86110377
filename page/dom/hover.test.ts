import { describe, expect, it } from 'vitest';
import { HoverChannel } from './hover';

describe('HoverChannel', () => {
  it('tells every listener until its signal aborts, and remembers the current hover for a listener that arrives later', () => {
    const channel = new HoverChannel();
    const heard: (number | null)[] = [];
    const listening = new AbortController();
    channel.subscribe((mention) => heard.push(mention), listening.signal);
    channel.subscribe(() => heard.push(-1), AbortSignal.abort());
    expect(channel.current()).toEqual({ mention: null, since: 0 });
    channel.emit(3, 120);
    expect(channel.current()).toEqual({ mention: 3, since: 120 });
    listening.abort();
    channel.emit(null, 300);
    expect(heard).toEqual([3]);
    expect(channel.current()).toEqual({ mention: null, since: 300 });
  });
});
