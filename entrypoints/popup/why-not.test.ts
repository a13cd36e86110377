import { describe, expect, it } from 'vitest';
import { whyNotStory } from './why-not';

describe('whyNotStory', () => {
  it('says a page the gate turned away names Ukraine too rarely', () => {
    expect(whyNotStory({})).toEqual([{ key: 'whyNotUkraine', vars: { min: 2 } }]);
  });

  it('gives the rules detection applied, most decisive first, at most two', () => {
    const evidence = [
      'Mentions Donald Trump (4×), common in other coverage too.',
      'Published 2019-10-01, before the story began (2025-02-28).',
      'Neither the minerals deal nor the Oval Office clash is named.',
    ];
    expect(whyNotStory({ weighed: { score: 1.2, threshold: 50, evidence } })).toEqual([
      { key: 'whyNotBefore', vars: { date: '2019-10-01' } },
      { key: 'whyNotNamed' },
    ]);
  });

  it('reads evidence given as message keys too', () => {
    const evidence = [{ key: 'evMentions', terms: [] }, { key: 'evElsewhere' }, { key: 'evNotAboutUkraine' }];
    expect(whyNotStory({ weighed: { score: 60, threshold: 50, evidence } })).toEqual([
      { key: 'whyNotUkraine', vars: { min: 2 } },
      { key: 'whyNotElsewhere' },
    ]);
  });

  it('falls back on the score when no rule decided it', () => {
    const evidence = ['Mentions Donald Trump (4×), common in other coverage too.'];
    expect(whyNotStory({ weighed: { score: 12.5, threshold: 50, evidence } })).toEqual([
      { key: 'whyNotScore', vars: { score: 12.5, threshold: 50 } },
    ]);
    expect(
      whyNotStory({
        weighed: {
          score: 12.5,
          threshold: 50,
          evidence: ['Another story is named more often than the minerals deal and the Oval Office clash.'],
        },
      }),
    ).toEqual([{ key: 'whyNotElsewhere' }, { key: 'whyNotScore', vars: { score: 12.5, threshold: 50 } }]);
  });
});
