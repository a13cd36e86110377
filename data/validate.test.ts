import { describe, expect, it } from 'vitest';
import { testDataset } from '../core/match/test-index';
import { rawDataset } from './index';
import type { Person } from './schema';
import { parseDataset } from './validate';

function problemsOf(mutate: (d: ReturnType<typeof testDataset>) => void) {
  const data = testDataset();
  data.story.timeline = Array.from({ length: 5 }, () => ({
    date: '2025-02-28',
    title: 'An event title',
    detail: 'What happened, in a few words.',
    entities: ['donald-trump'],
    source: { url: 'https://example.org/x', publisher: 'Example', title: 'A page', published: '2025-02-28' },
  }));
  conform(data);
  mutate(data);
  const result = parseDataset(data);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

/**
 * The shared matcher fixture (core/match/test-index.ts) predates the dataset's freshness and amount rules:
 * confirm each role to its source's date and give bare amounts a context rule, as the dataset does.
 */
function conform(data: ReturnType<typeof testDataset>) {
  data.reviewedAsOf = '2025-03-02';
  for (const e of data.entities) {
    if (e.kind === 'person')
      for (const r of e.roles) {
        const s = e.sources[r.source];
        if (s?.published && s.published < e.asOf) s.published = e.asOf;
        (r as { checkedTo?: string }).checkedTo ??= r.to ?? e.asOf;
      }
    if (e.kind === 'figure')
      e.aliases.en = e.aliases.en.map((a) =>
        typeof a === 'string' && /^\$?\d/.test(a) ? { text: a, when: 'in-context' as const, context: ['aid'] } : a,
      );
  }
}

describe('the bundled dataset', () => {
  const result = parseDataset(rawDataset);
  it('is valid', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
  it('has every id the story needs', () => {
    const ids = new Set(result.ok ? result.dataset.entities.map((e) => e.id) : []);
    const required = [
      'donald-trump',
      'volodymyr-zelenskyy',
      'jd-vance',
      'mike-waltz',
      'pete-hegseth',
      'joe-biden',
      'vladimir-putin',
      'marco-rubio',
      'scott-bessent',
      'yulia-svyrydenko',
      'denys-shmyhal',
      'andriy-yermak',
      'steve-witkoff',
      'keith-kellogg',
      'oksana-markarova',
      'keir-starmer',
      'emmanuel-macron',
      'lindsey-graham',
      'rajan-menon',
      'nedim-useinow',
      'stefan-meister',
      'nato',
      'european-union',
      'kiel-institute',
      'german-marshall-fund',
      'dgap',
      'saltzman-institute',
      'kyiv-independent',
      'new-york-times',
      'verkhovna-rada',
      'us-dfc',
      'oval-office-meeting-2025',
      'us-ukraine-minerals-agreement',
      'reconstruction-investment-fund',
      'budapest-memorandum',
      'ukraine-martial-law',
      'trump-first-impeachment',
      'russian-invasion-2022',
      'crimea-annexation-2014',
      'us-aid-pause-2025',
      'jeddah-talks-2025',
      'security-guarantees',
      'coalition-of-the-willing',
      'rare-earth-elements',
      'lithium',
      'titanium',
      'graphite',
      'kiel-us-aid-estimate',
      'trump-500-billion-demand',
      'fund-revenue-share',
      'ukraine-nuclear-arsenal-1994',
      'trump-350-billion-claim',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
  it('dates the key events as the sources do', () => {
    if (!result.ok) throw new Error('invalid');
    const byId = new Map(result.dataset.entities.map((e) => [e.id, e]));
    expect(byId.get('oval-office-meeting-2025')).toMatchObject({ date: '2025-02-28' });
    expect(byId.get('us-ukraine-minerals-agreement')).toMatchObject({ date: '2025-04-30', ratified: '2025-05-08' });
    expect(byId.get('budapest-memorandum')).toMatchObject({ date: '1994-12-05' });
  });
});

describe('parseDataset reports problems by entity and field', () => {
  it('accepts the test dataset', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });
  it('rejects unreal dates, http sources and long summaries', () => {
    const problems = problemsOf((d) => {
      const e = d.entities[0] as (typeof d.entities)[number];
      e.asOf = '2025-02-30';
      (e.sources[0] as { url: string }).url = 'http://example.org';
      e.summary = 'x'.repeat(161);
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'donald-trump: asOf: is not a real calendar date',
        'donald-trump: sources.0.url: must be an https URL',
        expect.stringMatching(/^donald-trump: summary: Too big/),
      ]),
    );
  });
  it('wants a source dated once: published, or retrieved for a page that shows no date', () => {
    const page = { url: 'https://example.org/p', publisher: 'Example', title: 'A page' };
    const setSource = (d: ReturnType<typeof testDataset>, i: number, dates: object) => {
      // (A fresh array: the test dataset's entities share theirs.)
      (d.entities[i] as (typeof d.entities)[number]).sources = [{ ...page, ...dates } as never];
    };
    expect(problemsOf((d) => setSource(d, 0, { retrieved: '2025-03-01' }))).toEqual([]);
    const problems = problemsOf((d) => {
      setSource(d, 0, { published: '2025-03-01', retrieved: '2025-03-01' });
      setSource(d, 1, {});
    });
    expect(problems.filter((p) => p.includes('needs exactly one of published'))).toHaveLength(2);
  });
  it('finds unresolved ids, shared aliases, bare common words and backwards roles', () => {
    const problems = problemsOf((d) => {
      const [trump, zelenskyy] = d.entities as [Person, Person];
      trump.related = ['nobody'];
      zelenskyy.aliases.en.push('Donald Trump');
      trump.aliases.en.push('Trump');
      (trump.roles[0] as Person['roles'][number]).to = '2020-01-01';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'donald-trump: related: "nobody" is not an entity id',
        'volodymyr-zelenskyy: aliases.en.3: "Donald Trump" is also an alias of donald-trump; mark it ambiguousWith with a when rule',
        'donald-trump: aliases.en.2: "Trump" is a common word or bare surname: give it a when rule',
        'donald-trump: roles.0: ends (2020-01-01) before it starts (2025-01-20)',
      ]),
    );
  });
  it('refuses a review date as a page date, copies without via, and a wire named in brackets', () => {
    const problems = problemsOf((d) => {
      const [trump, zelenskyy, waltz] = d.entities as [Person, Person, Person];
      trump.sources = [
        { url: 'https://example.org/a', publisher: 'Example', title: 'A page', published: '2025-03-02' },
      ];
      zelenskyy.sources = [
        { url: 'https://www.newser.com/story/1', publisher: 'Newser', title: 'A copy', published: '2025-02-01' },
      ];
      waltz.sources = [
        { url: 'https://example.org/b', publisher: 'KTIV (AP)', title: 'A copy', published: '2025-02-01' },
      ];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "donald-trump: sources.0.published: is a review date (2025-03-02), not the page's own date: give the page's date, or write retrieved",
        "volodymyr-zelenskyy: sources.0.via: www.newser.com republishes others' text: name the original publisher and say where it was read with via",
        'mike-waltz: sources.0.publisher: names a second outlet in brackets: publisher is the original, via the copy read',
      ]),
    );
    const fixed = problemsOf((d) => {
      (d.entities[1] as Person).sources = [
        {
          url: 'https://www.newser.com/story/1',
          publisher: 'AP',
          via: 'Newser',
          title: 'A copy',
          published: '2025-02-01',
        },
      ];
    });
    expect(fixed.filter((p) => p.startsWith('volodymyr-zelenskyy: sources'))).toEqual([]);
  });
  it('wants every role checked to a date its source can confirm, and the card date no later', () => {
    const problems = problemsOf((d) => {
      const [trump, zelenskyy, waltz] = d.entities as [Person, Person, Person];
      delete (trump.roles[0] as { checkedTo?: string }).checkedTo;
      (zelenskyy.roles[0] as Person['roles'][number]).checkedTo = '2025-06-01';
      (waltz.roles[0] as Person['roles'][number]).checkedTo = '2025-02-01';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'donald-trump: roles.0: needs checkedTo: the date up to which a source confirms the role',
        'volodymyr-zelenskyy: roles.0: checkedTo (2025-06-01) is later than its confirming source (sources.0, 2025-03-01)',
        "mike-waltz: roles.0: the entry's asOf (2025-03-01) claims more than this held role is confirmed to (2025-02-01)",
      ]),
    );
  });
  it('gives bare amounts among figure aliases a context rule', () => {
    const problems = problemsOf((d) => {
      const figure = d.entities.find((e) => e.kind === 'figure');
      figure?.aliases.en.push('$500 billion', '500 млрд доларів', '$500 billion worth of rare earths');
      figure?.aliases.en.push({ text: '$350bn', when: 'in-context', context: ['aid'] });
    });
    const bare = problems.filter((p) => p.includes('is a bare amount'));
    expect(bare.map((p) => p.replace(/^.*"(.*)".*$/, '$1'))).toEqual(['$500 billion', '500 млрд доларів']);
  });
});
