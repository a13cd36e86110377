import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note, StoredNotes } from '../notes';
import { exportWebAnnotations, importWebAnnotations } from './web-annotation';

const URL_A = 'https://apnews.com/article/a';
const note = (id: string, url = URL_A): Note => ({
  id,
  url,
  exact: 'the minerals deal',
  prefix: 'said ',
  suffix: ' was',
  position: { start: 10, end: 27 },
  text: 'Discuss',
  entityId: 'us-ukraine-minerals-agreement',
  createdAt: '2025-03-01T10:00:00.000Z',
});
const STORED: StoredNotes = { [URL_A]: [note('a1'), note('a2')] };

describe('web annotation export/import', () => {
  it('exports one annotation per note with quote and position selectors', () => {
    const out = exportWebAnnotations(STORED);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: {
        source: URL_A,
        selector: [
          { type: 'TextQuoteSelector', exact: 'the minerals deal', prefix: 'said ', suffix: ' was' },
          { type: 'TextPositionSelector', start: 10, end: 27 },
        ],
      },
      body: [
        { type: 'TextualBody', value: 'Discuss' },
        { source: 'urn:backstory:entity:us-ukraine-minerals-agreement' },
      ],
    });
  });

  it('round-trips through import into an empty store', () => {
    const file = JSON.stringify(exportWebAnnotations(STORED));
    const r = importWebAnnotations({}, file);
    expect(r.rejected).toEqual([]);
    expect(r.merged).toEqual(STORED);
  });

  it('reports duplicates and rejects bad annotations with reasons', () => {
    const good = exportWebAnnotations({ 'https://bbc.com/x': [note('b1', 'https://bbc.com/x')] });
    const file = JSON.stringify({
      type: 'AnnotationCollection',
      items: [
        ...exportWebAnnotations(STORED),
        ...good,
        {
          type: 'Annotation',
          target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } },
        },
        { type: 'Annotation', target: { source: URL_A, selector: [] } },
        'junk',
      ],
    });
    const r = importWebAnnotations(STORED, file);
    expect(r.duplicates).toBe(2);
    expect(r.added).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([3, 4, 5]);
    expect(r.rejected[0]?.reason).toMatch(/target\.source/);
    expect(r.merged[URL_A]).toEqual(STORED[URL_A]);
  });

  it('file-level errors import nothing and keep stored notes', () => {
    for (const text of ['', 'not json', '{"a":1}', '42', 'null', 'x'.repeat(5_000_001)]) {
      const r = importWebAnnotations(STORED, text);
      expect(r.fileError).toBeDefined();
      expect(r.merged).toEqual(STORED);
    }
  });

  it('property: hostile import files never throw, never lose stored notes, never pollute prototypes', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'items', 'target', 'selector', 'body');
    const hostileString = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        'javascript:alert(1)',
        URL_A,
        '"><img src=x onerror=1>',
        'x'.repeat(20_000),
      ),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        hostileString,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    const annotationish = fc.record({
      type: fc.constantFrom('Annotation', 'x'),
      target: fc.record({ source: hostileString, selector: value }),
      body: value,
      created: fc.oneof(fc.string(), fc.constant('2025-01-01T00:00:00Z')),
    });
    fc.assert(
      fc.property(fc.oneof(value, fc.array(fc.oneof(annotationish, value), { maxLength: 6 })), (file) => {
        const text = typeof file === 'string' ? file : JSON.stringify(file);
        const r = importWebAnnotations(STORED, text);
        expect(r.merged[URL_A]).toEqual(STORED[URL_A]);
        expect(r.added + r.duplicates + r.rejected.length).toBeGreaterThanOrEqual(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const list of Object.values(r.merged)) for (const n of list) expect(n.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 2000 },
    );
  });

  it('deep nesting is a clear error, not a crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    let r: ReturnType<typeof importWebAnnotations> | undefined;
    expect(() => (r = importWebAnnotations(STORED, deep))).not.toThrow();
    expect(r?.merged).toEqual(STORED);
  });
});
