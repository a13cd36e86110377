/** A small dataset for the sidebar and export unit tests. */

import type { Dataset, Entity, Source } from '../../data/schema';
import { TEST_DETECTOR } from '../match/test-index';

const src = (n: number, publisher = `Publisher ${n}`): Source => ({
  url: `https://example.org/source-${n}`,
  publisher,
  title: `Source title ${n}`,
  published: `2025-0${(n % 9) + 1}-0${(n % 9) + 1}`,
});

const base = (id: string, name: string, sources: Source[]) => ({
  id,
  name,
  aliases: { en: [name] },
  summary: `${name}: a short summary.`,
  context: `${name}: a longer context paragraph.`,
  related: [],
  asOf: '2025-06-01',
  sources,
});

export const entities: Entity[] = [
  {
    ...base('donald-trump', 'Donald Trump', [src(1), src(2)]),
    kind: 'person',
    roles: [{ title: 'President', from: '2025-01-20', source: 0, checkedTo: '2025-06-01' }],
  },
  {
    ...base('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', [src(2)]),
    kind: 'person',
    roles: [{ title: 'President', from: '2019-05-20', source: 0, checkedTo: '2025-06-01' }],
  },
  { ...base('nato', 'NATO', [src(3)]), kind: 'organisation' },
  {
    ...base('kiel-estimate', 'Kiel estimate of U.S. aid', [src(4, 'Kiel Institute')]),
    kind: 'figure',
    value: 119,
    unit: 'billion US dollars',
    counts: 'U.S. aid allocated to Ukraine',
    period: 'Jan 2022 – Dec 2024',
    estimatedBy: 'Kiel Institute',
    claimType: 'independent-estimate',
    compareWith: ['trump-claim'],
  },
  {
    ...base('trump-claim', "Trump's $350 billion claim", [src(5)]),
    kind: 'figure',
    value: 350,
    unit: 'billion US dollars',
    counts: 'What Trump says the U.S. gave',
    period: 'Stated in 2025',
    estimatedBy: 'Donald Trump',
    claimType: 'political-claim',
    compareWith: ['kiel-estimate', 'official'],
  },
  {
    ...base('official', 'Appropriations', [src(6)]),
    kind: 'figure',
    value: 185,
    unit: 'billion US dollars',
    counts: 'Appropriated by Congress',
    period: 'Feb 2022 – Mar 2025',
    estimatedBy: 'Inspectors general',
    claimType: 'official-figure',
  },
];

export const dataset: Dataset = {
  reviewedAsOf: '2026-11-27',
  story: {
    id: 'us-ukraine-minerals-deal',
    title: 'The U.S.–Ukraine minerals deal',
    summary: 'A neutral summary of the story, long enough to satisfy the schema.',
    dateRange: { from: '2025-02-01' },
    timeline: [
      {
        date: '2025-02-28',
        title: 'Oval Office meeting',
        detail: 'The meeting.',
        entities: ['donald-trump'],
        source: src(7),
      },
      { date: '1994-12-05', title: 'Budapest Memorandum', detail: 'Signed.', entities: ['budapest'], source: src(8) },
      { date: '2025-04-30', title: 'Deal signed', detail: 'Signed.', entities: ['nato', 'deal'], source: src(1) },
    ],
    signals: [],
    entitySignals: [],
    phases: [{ id: 'deal-talks', label: 'the talks', from: '2025-02-01', to: '2025-05-31' }],
    detector: TEST_DETECTOR,
  },
  entities,
};
