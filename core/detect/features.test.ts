/** The detector's features on small texts, against the test dataset (core/match/test-index.ts). */
import { describe, expect, it } from 'vitest';
import { StoryAnalyzer } from '../analysis';
import { testIndex } from '../match/test-index';
import { NEAR } from './cooccurrence';
import { COUNT_CAP, LEAD } from './features';

const analyzer = new StoryAnalyzer(testIndex());

function features(paragraphs: string[], headline = '', articleDate: string | null = null) {
  let text = '';
  const breaks: number[] = [];
  for (const p of paragraphs) {
    breaks.push(text.length);
    text += p;
  }
  return Object.fromEntries(analyzer.features({ text, breaks, headline, articleDate }).map((f) => [f.id, f]));
}

describe('articleFeatures', () => {
  it('counts an agreement word beside a minerals word, within one paragraph and about one sentence', () => {
    expect(features(['Ukraine agreed a deal on minerals.'])['together:deal-resource']?.count).toBe(1);
    const far = `Ukraine agreed a deal. ${'Nothing else happened that day. '.repeat(Math.ceil(NEAR / 30))}Minerals.`;
    expect(features([far])['together:deal-resource']).toBeUndefined();
    // A paragraph break between them: not together.
    expect(features(['Ukraine agreed a deal.', 'Minerals were found.'])['together:deal-resource']).toBeUndefined();
  });

  it('says whether the opening names the deal, and only the opening', () => {
    expect(features(['The minerals deal with Ukraine was signed.'])['lead:story']).toBeDefined();
    const late = `${'Ukraine spoke of other things entirely. '.repeat(Math.ceil(LEAD / 30))}The minerals deal came up.`;
    expect(features([late])['lead:story']).toBeUndefined();
    expect(features([late], 'A minerals deal for Ukraine')['lead:story']).toBeDefined();
  });

  it('counts on a log scale with a cap, so a long article weighs like a short one that names as much', () => {
    const many = features(['Ukraine. '.repeat(40)])['group:ukraine'];
    expect(many?.count).toBe(40);
    expect(many?.value).toBeCloseTo(Math.log1p(COUNT_CAP));
    expect(features(['Ukraine and Kyiv.'])['group:ukraine']?.value).toBeCloseTo(Math.log1p(2));
  });

  it('places the article date before the story, in a phase, or after them', () => {
    expect(features(['Ukraine.'], '', '2019-07-25')['date:before-story']).toBeDefined();
    expect(features(['Ukraine.'], '', '2025-03-01')['date:deal-talks']).toBeDefined();
    expect(features(['Ukraine.'], '', '2025-09-01')['date:after']).toBeDefined();
    expect(Object.keys(features(['Ukraine.'])).some((id) => id.startsWith('date:'))).toBe(false);
  });

  it('keeps each other story a feature of its own', () => {
    expect(features(['Ukraine and Alaska.'])['negative:alaska']?.count).toBe(1);
  });
});
