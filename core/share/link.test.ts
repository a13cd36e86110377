import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shareValueFromHash } from './fragment';
import { buildShareLink, shareArticleUrl } from './link';
import { decodeShareHash, fromBase64Url } from './payload';

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

  it("drops the notes' creation times and the teacher's query string, keeping article-naming parameters", async () => {
    const note = {
      id: 'n1',
      exact: 'deal',
      prefix: '',
      suffix: '',
      text: 'Why now?',
      createdAt: '2025-03-01T09:41:27.123Z',
    };
    const r = await buildShareLink(
      'https://user:pw@news.example/world/deal?utm_source=mail&gift=SECRET-TOKEN&p=123&sessionid=abc#top',
      [note],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url.split('#')[0]).toBe('https://news.example/world/deal?p=123');
    const hash = new URL(r.url).hash;
    const value = shareValueFromHash(hash) ?? '';
    const json = inflateRawSync(fromBase64Url(value.replace(/^1\./, '')) as Uint8Array).toString();
    expect(json).not.toContain('2025-03-01');
    expect(json).not.toContain('SECRET');
    const decoded = await decodeShareHash(hash);
    expect(decoded.ok && decoded.payload.notes[0]).toMatchObject({ id: 'n1', text: 'Why now?', createdAt: '' });
    expect(shareArticleUrl('https://news.example/a?ID=7&utm_campaign=x')).toBe('https://news.example/a?ID=7');
  });
});
