import { describe, expect, it } from 'vitest';
import { buildShareLink } from './link';
import { decodeShareHash } from './payload';

describe('share link', () => {
  it('puts the payload and a whole-word text directive in one fragment', async () => {
    const text = 'Trump said the minerals deal would be signed on Friday.';
    const start = text.indexOf('inerals deal');
    const note = {
      id: 'n1',
      exact: 'inerals deal',
      prefix: text.slice(0, start),
      suffix: text.slice(start + 12),
      position: { start, end: start + 12 },
      text: 'Why now?',
      createdAt: '2025-03-01T00:00:00.000Z',
    };
    const r = await buildShareLink('https://apnews.com/a#x', [note], { articleText: text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url).toMatch(/^https:\/\/apnews\.com\/a#bs=1\.[A-Za-z0-9_-]+:~:text=minerals%20deal$/);
    const decoded = await decodeShareHash(new URL(r.url).hash);
    expect(decoded.ok && decoded.payload.notes[0]?.text).toBe('Why now?');
  });
});
