import { describe, expect, it } from 'vitest';
import { formatDate, translatorFor } from '../../core/i18n';
import { reasonText, whyNotStory } from './why-not';

const weighed = (evidence: { key: string; vars?: Record<string, string | number> }[], score = 1.2) => ({
  articleDate: null,
  weighed: { score, threshold: 50, evidence },
});

describe('whyNotStory', () => {
  it('says a page the gate turned away names Ukraine too rarely', () => {
    expect(whyNotStory({ articleDate: null })).toEqual([{ key: 'whyNotUkraine', vars: { min: 2 } }]);
  });

  it('gives the rules detection applied, most decisive first, at most two', () => {
    const state = weighed([
      { key: 'evMentionsCommon' },
      { key: 'evNotNamed' },
      { key: 'evPublishedBefore', vars: { date: '2019-10-01', from: '2025-02-28' } },
      { key: 'evElsewhere' },
    ]);
    expect(whyNotStory(state)).toEqual([{ key: 'whyNotBefore', date: '2019-10-01' }, { key: 'whyNotNamed' }]);
  });

  it('falls back on the score when no rule decided it, and adds it after a single rule', () => {
    expect(whyNotStory(weighed([{ key: 'evMentions' }], 12.5))).toEqual([
      { key: 'whyNotScore', vars: { score: 12.5, threshold: 50 } },
    ]);
    expect(whyNotStory(weighed([{ key: 'evNotAboutUkraine' }], 12.5))).toEqual([
      { key: 'whyNotUkraine', vars: { min: 2 } },
      { key: 'whyNotScore', vars: { score: 12.5, threshold: 50 } },
    ]);
  });

  it('reads in English and Ukrainian, dates and numbers in each language’s format', () => {
    const [before] = whyNotStory(weighed([{ key: 'evPublishedBefore', vars: { date: '2019-10-01' } }]));
    for (const language of ['en', 'uk'] as const) {
      const text = reasonText(before!, translatorFor(language));
      expect(text).toContain(formatDate('2019-10-01', language));
      expect(text).not.toMatch(/\{|whyNot/);
    }
    expect(reasonText(before!, translatorFor('en'))).toBe(
      'It was published on October 1, 2019, before the story began.',
    );
    const [score] = whyNotStory(weighed([{ key: 'evMentions' }], 12.5));
    expect(reasonText(score!, translatorFor('en'))).toContain('12.5%');
    expect(reasonText(score!, translatorFor('uk'))).toContain('12,5%');
  });
});
