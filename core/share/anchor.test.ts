import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from './anchor';

const ARTICLE =
  'President Zelenskyy met President Trump in the Oval Office on Friday. The minerals deal was not signed. ' +
  'Vance said the deal was not signed because of the meeting. Later, the minerals deal was signed in April.';

describe('anchor', () => {
  it('re-attaches to the same place in unchanged text', () => {
    const start = ARTICLE.indexOf('the minerals deal was signed');
    const sel = describeRange(ARTICLE, start, start + 'the minerals deal was signed'.length);
    expect(anchor(ARTICLE, sel)).toEqual({ status: 'anchored', start, end: sel.position?.end, method: 'exact' });
  });

  it('picks the occurrence whose context agrees, not the first one', () => {
    const second = ARTICLE.indexOf('was not signed', ARTICLE.indexOf('was not signed') + 1);
    const sel = describeRange(ARTICLE, second, second + 14);
    const changed = `Breaking: ${ARTICLE}`;
    const result = anchor(changed, sel);
    expect(result).toMatchObject({ status: 'anchored', start: second + 10, method: 'exact' });
  });

  it('falls back to prefix/suffix context when the quote itself was edited', () => {
    const start = ARTICLE.indexOf('Vance said');
    const sel = describeRange(ARTICLE, start, start + 'Vance said the deal'.length);
    const edited = ARTICLE.replace('Vance said the deal', 'Vance said that the deal');
    const result = anchor(edited, sel);
    expect(result.status).toBe('anchored');
    if (result.status === 'anchored') expect(edited.slice(result.start, result.end)).toBe('Vance said that the deal');
  });

  it('orphans a note whose passage is gone', () => {
    const sel = { exact: 'Greenland purchase', prefix: 'something else entirely ', suffix: ' and more text here' };
    expect(anchor(ARTICLE, sel)).toEqual({ status: 'orphan' });
    expect(anchor('', sel)).toEqual({ status: 'orphan' });
    expect(anchor(ARTICLE, { exact: '', prefix: '', suffix: '' })).toEqual({ status: 'orphan' });
  });

  it('property: any range of unchanged text re-anchors to an equal quote', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const s = a % text.length;
        const e = s + 1 + (b % (text.length - s));
        const sel = describeRange(text, s, e);
        const r = anchor(text, sel);
        expect(r.status).toBe('anchored');
        if (r.status === 'anchored') expect(text.slice(r.start, r.end)).toBe(sel.exact);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: inserting text elsewhere keeps the same passage', () => {
    fc.assert(
      fc.property(
        fc.nat(ARTICLE.length - 20),
        fc.integer({ min: 5, max: 20 }),
        fc.string({ maxLength: 40 }),
        (s, len, ins) => {
          const sel = describeRange(ARTICLE, s, s + len);
          const changed = ins + ARTICLE;
          const r = anchor(changed, sel);
          expect(r).toMatchObject({ status: 'anchored', start: s + ins.length, end: s + len + ins.length });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: never throws on arbitrary selectors', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.option(fc.nat()),
        (text, exact, prefix, suffix, p) => {
          const r = anchor(text, { exact, prefix, suffix, position: p == null ? undefined : { start: p, end: p } });
          if (r.status === 'anchored') expect(r.start).toBeLessThanOrEqual(r.end);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
