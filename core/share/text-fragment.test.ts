import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShareUrl, directiveFor, encodeTextTerm, formatTextDirective, toWordBoundaries } from './text-fragment';

describe('text fragments', () => {
  it('percent-encodes the reserved characters -, & and ,', () => {
    expect(encodeTextTerm('U.S.-Ukraine deal, signed & sealed')).toBe(
      'U.S.%2DUkraine%20deal%2C%20signed%20%26%20sealed',
    );
    expect(formatTextDirective({ prefix: 'the', start: 'minerals deal', suffix: 'was' })).toBe(
      'text=the-,minerals%20deal,-was',
    );
  });

  it('writes short passages whole and long ones as start,end', () => {
    expect(directiveFor('the minerals deal', { articleText: 'x the minerals deal y' })).toEqual({
      start: 'the minerals deal',
    });
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(directiveFor(long, { articleText: long })).toEqual({
      start: 'one two three four',
      end: 'nine ten eleven twelve',
    });
  });

  it('adds whole-word context when the start is not unique', () => {
    const article = 'The deal was signed. Later the deal was signed again.';
    expect(
      directiveFor('the deal', { articleText: article, prefix: 'signed. Later ', suffix: ' was signed ag' }),
    ).toEqual({
      prefix: 'Later',
      start: 'the deal',
      suffix: 'was signed',
    });
  });

  it('combines with the share payload in one fragment', () => {
    const url = buildShareUrl('https://apnews.com/a?x=1#old', '1.abc', [{ start: 'minerals-deal' }]);
    expect(url).toBe('https://apnews.com/a?x=1#bs=1.abc:~:text=minerals%2Ddeal');
    expect(buildShareUrl('https://apnews.com/a', null, [])).toBe('https://apnews.com/a');
  });

  it('widens a range to whole words', () => {
    const t = 'The minerals deal';
    expect(toWordBoundaries(t, 6, 10)).toEqual({ start: 4, end: 12 });
  });

  it('property: encoded terms never contain directive syntax and decode back', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        let enc: string;
        try {
          enc = encodeTextTerm(s);
        } catch {
          return; // lone surrogates cannot be encoded: callers never pass them from page text
        }
        expect(enc).not.toMatch(/[-&,#:~ ]/);
        expect(decodeURIComponent(enc)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
