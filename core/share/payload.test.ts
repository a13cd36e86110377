import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareHash,
  decodeSharePayload,
  encodeSharePayload,
  fromBase64Url,
  LIMITS,
  type SharePayload,
  toBase64Url,
} from './payload';

const note = (i: number, text = 'Ask: who benefits?') => ({
  id: `n${i}`,
  exact: 'the minerals deal',
  prefix: 'Trump said ',
  suffix: ' would be signed',
  position: { start: 100 + i, end: 117 + i },
  text,
  entityId: 'us-ukraine-minerals-agreement',
  createdAt: '2025-03-01T10:00:00.000Z',
});

async function deflated(json: string): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return `1.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

describe('share payload codec', () => {
  it('round-trips notes and emphasis', async () => {
    const payload: SharePayload = { notes: [note(1), note(2)], emphasis: ['donald-trump', 'jd-vance'] };
    const enc = await encodeSharePayload(payload);
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const dec = await decodeShareHash(`#bs=${enc.value}:~:text=the%20minerals%20deal`);
    // Everything but the creation times, which a link no longer carries.
    const undated = payload.notes.map((n) => ({ ...n, createdAt: '' }));
    expect(dec).toEqual({ ok: true, payload: { ...payload, notes: undated } });
  });

  it("carries the sharer's chosen name and the day it was shared, never a time", async () => {
    const payload: SharePayload = { notes: [note(1)], emphasis: [], by: '  Ms. Koval  ', sharedOn: '2026-12-03' };
    const enc = await encodeSharePayload(payload);
    if (!enc.ok) throw new Error(enc.error);
    const dec = await decodeShareHash(`#bs=${enc.value}`);
    expect(dec.ok && dec.payload.by).toBe('Ms. Koval');
    expect(dec.ok && dec.payload.sharedOn).toBe('2026-12-03');
    // No name, no key; a name past its limit is cut; a time in place of a day is refused.
    const plain = await encodeSharePayload({ notes: [note(1)], emphasis: [], by: '   ' });
    const plainDec = plain.ok ? await decodeShareHash(`#bs=${plain.value}`) : null;
    expect(plainDec?.ok && Object.keys(plainDec.payload).sort()).toEqual(['emphasis', 'notes']);
    const long = await encodeSharePayload({ notes: [], emphasis: [], by: 'x'.repeat(200) });
    const longDec = long.ok ? await decodeShareHash(`#bs=${long.value}`) : null;
    expect(longDec?.ok && longDec.payload.by?.length).toBe(LIMITS.by);
    const timed = await encodeSharePayload({ notes: [], emphasis: [], sharedOn: '2026-12-03T10:00:00Z' });
    expect(timed.ok).toBe(false);
  });

  it('still reads links made when they carried creation times', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const wire = { v: 1, n: [{ i: 'n1', e: 'deal', p: '', s: '', t: 'x', c: '2025-03-01T10:00:00.000Z' }], h: [] };
    const value = `1.${deflateRawSync(JSON.stringify(wire)).toString('base64url')}`;
    const dec = await decodeShareHash(`#bs=${value}`);
    expect(dec.ok && dec.payload.notes[0]?.createdAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('refuses too many notes and trims long text', async () => {
    const many = Array.from({ length: LIMITS.notes + 1 }, (_, i) => note(i));
    expect(await encodeSharePayload({ notes: many, emphasis: [] })).toEqual({ ok: false, error: 'too-many-notes' });
    const enc = await encodeSharePayload({ notes: [note(1, 'x'.repeat(5000))], emphasis: [] });
    expect(enc.ok).toBe(true);
    if (enc.ok) {
      const dec = await decodeSharePayload(enc.value);
      expect(dec.ok && dec.payload.notes[0]?.text.length).toBe(LIMITS.noteText);
    }
  });

  it('reports too-large when 50 incompressible notes do not fit in 8 kB', async () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const rnd = (n: number) => Array.from({ length: n }, () => String.fromCharCode(33 + (next() % 90))).join('');
    const notes = Array.from({ length: 50 }, (_, i) => ({ ...note(i), text: rnd(900) + i }));
    expect(await encodeSharePayload({ notes, emphasis: [] })).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('gives typed errors for hostile payloads', async () => {
    expect(await decodeSharePayload('')).toMatchObject({ ok: false, error: 'no-payload' });
    expect(await decodeSharePayload('2.abc')).toMatchObject({ ok: false, error: 'unsupported-version' });
    expect(await decodeSharePayload('1.@@@')).toMatchObject({ ok: false, error: 'bad-encoding' });
    expect(await decodeSharePayload('1.AAAA')).toMatchObject({ ok: false });
    expect(await decodeSharePayload(`1.${'A'.repeat(9000)}`)).toMatchObject({ ok: false, error: 'too-large' });
    expect(await decodeSharePayload(await deflated('not json'))).toMatchObject({ ok: false, error: 'bad-json' });
    expect(await decodeSharePayload(await deflated('{"v":2}'))).toMatchObject({
      ok: false,
      error: 'unsupported-version',
    });
    // A deflate bomb: 10 MB of spaces compresses to a few kB.
    expect(await decodeSharePayload(await deflated(' '.repeat(10_000_000)))).toMatchObject({
      ok: false,
      error: 'too-large',
    });
    // Prototype pollution keys and script strings: stripped or rejected, nothing polluted.
    const hostile = `{"v":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"n":[{"i":"x","e":"<script>alert(1)</script>","p":"","s":"","t":"<img src=x onerror=alert(1)>","c":"2025-01-01T00:00:00Z","__proto__":{"polluted":1}}],"h":[]}`;
    const dec = await decodeSharePayload(await deflated(hostile));
    expect(dec.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (dec.ok) expect(Object.keys(dec.payload.notes[0] ?? {})).not.toContain('__proto__');
    // Deep nesting
    const deep = `{"v":1,"n":${'['.repeat(5000)}${']'.repeat(5000)},"h":[]}`;
    expect(await decodeSharePayload(await deflated(deep))).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it('property: random strings never throw and give a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const r = await decodeSharePayload(s);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: random bytes (valid base64url) never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const r = await decodeSharePayload(`1.${toBase64Url(bytes)}`);
        if (r.ok) expect(Array.isArray(r.payload.notes)).toBe(true);
        else expect(typeof r.error).toBe('string');
      }),
      { numRuns: 1500 },
    );
  });

  it('property: truncated links are errors, never partial data', async () => {
    const enc = await encodeSharePayload({ notes: [note(1), note(2), note(3)], emphasis: ['a'] });
    if (!enc.ok) throw new Error('encode failed');
    await fc.assert(
      fc.asyncProperty(fc.nat(enc.value.length - 1), async (cut) => {
        const r = await decodeSharePayload(enc.value.slice(0, cut));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('property: arbitrary JSON values inside a valid envelope are validated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const r = await decodeSharePayload(await deflated(JSON.stringify({ v: 1, n: value, h: [] })));
        if (r.ok) expect(r.payload.notes).toEqual([]);
        else expect(r.error).toBe('invalid-payload');
      }),
      { numRuns: 500 },
    );
  });

  it('property: valid notes round-trip', async () => {
    const arbNote = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      exact: fc.string({ minLength: 1, maxLength: 100 }),
      prefix: fc.string({ maxLength: 32 }),
      suffix: fc.string({ maxLength: 32 }),
      text: fc.string({ maxLength: 200 }),
      createdAt: fc.constant('2025-03-01T10:00:00.000Z'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arbNote, { maxLength: 5 }), async (notes) => {
        const enc = await encodeSharePayload({ notes, emphasis: [] });
        if (!enc.ok) return; // may be too large: a typed error
        const dec = await decodeSharePayload(enc.value);
        expect(dec).toEqual({
          ok: true,
          payload: { notes: notes.map((n) => ({ ...n, createdAt: '' })), emphasis: [] },
        });
      }),
      { numRuns: 300 },
    );
  });

  it('base64url rejects impossible lengths', () => {
    expect(fromBase64Url('A')).toBeNull();
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
  });
});
