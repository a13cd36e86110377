/** A small hand-made dataset for testing the matcher's rules apart from the real data. */
import type { Dataset } from '../../data/schema';
import { compileMatchIndex } from './compile';

const source = { url: 'https://example.org/a', publisher: 'Example', title: 'Example page', published: '2025-01-01' };
const base = {
  summary: 'A test entity for the matcher.',
  context: 'Context paragraph for a test entity.',
  related: [],
  asOf: '2025-03-01',
  sources: [source],
};

/** A hand-set detector for the test dataset: the deal named, with Ukraine, is the story. */
export const TEST_DETECTOR: Dataset['story']['detector'] = {
  version: 1,
  bias: -4,
  threshold: 0.5,
  weights: { 'group:deal': 3, 'together:deal-resource': 3, 'group:ukraine': 1, 'negative:alaska': -4 },
  trainedOn: {
    date: '2025-03-01',
    articles: 0,
    languages: [],
    crossValidated: { precision: 0, recall: 0, f1: 0, folds: 0 },
  },
};

export function testDataset(): Dataset {
  // A fresh copy each time: tests mutate it.
  return structuredClone({
    reviewedAsOf: '2025-03-01',
    entities: [
      {
        ...base,
        id: 'donald-trump',
        kind: 'person',
        name: 'Donald Trump',
        roles: [{ title: 'President', from: '2025-01-20', source: 0 }],
        aliases: {
          en: ['Donald Trump', { text: 'Trump', when: 'in-context', context: ['president', 'white house'] }],
          // The same spelling in another language: its context words join the English ones.
          pl: [{ text: 'Trump', when: 'in-context', context: ['biały dom'] }],
          ja: [{ text: 'トランプ', when: 'in-context', context: ['大統領'] }],
        },
        notThis: ['Trump Tower'],
      },
      {
        ...base,
        id: 'volodymyr-zelenskyy',
        kind: 'person',
        name: 'Volodymyr Zelenskyy',
        roles: [{ title: 'President of Ukraine', from: '2019-05-20', source: 0 }],
        aliases: {
          en: ['Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky'],
          de: ['Selenskyj'],
          uk: [{ text: 'Зеленськ', stem: true }],
          ja: ['ゼレンスキー'],
          zh: ['泽连斯基'],
          ar: [{ text: 'زيلينسكي', stem: true }],
        },
      },
      {
        ...base,
        id: 'mike-waltz',
        kind: 'person',
        name: 'Mike Waltz',
        roles: [{ title: 'Adviser', from: '2025-01-20', source: 0 }],
        aliases: { en: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }] },
      },
      {
        ...base,
        id: 'jd-vance',
        kind: 'person',
        name: 'JD Vance',
        roles: [{ title: 'Vice President', from: '2025-01-20', source: 0 }],
        aliases: { en: ['JD Vance', 'J.D. Vance', { text: 'Vance', when: 'after-full-name' }] },
        notThis: ['Usha Vance'],
      },
      {
        ...base,
        id: 'nato',
        kind: 'organisation',
        name: 'NATO',
        aliases: { en: ['NATO', 'North Atlantic Treaty Organization'] },
      },
      { ...base, id: 'ukraine-martial-law', kind: 'concept', name: 'Martial law', aliases: { en: ['martial law'] } },
      {
        ...base,
        id: 'trump-500-billion-demand',
        kind: 'figure',
        name: '$500 billion demand',
        value: 500,
        unit: 'billion USD',
        counts: 'The value of mineral proceeds demanded.',
        period: 'February 2025',
        estimatedBy: 'Donald Trump',
        claimType: 'political-claim',
        aliases: { en: ['$500 billion', '500 billion dollars'] },
      },
    ],
    story: {
      id: 'us-ukraine-minerals-deal',
      title: 'Test story',
      summary: 'A test story summary that is long enough to pass the schema.',
      dateRange: { from: '2025-02-01' },
      timeline: [],
      signals: [
        {
          id: 'deal',
          label: 'the minerals deal',
          group: 'deal',
          phrases: { en: ['minerals deal'], de: [{ text: 'Rohstoffabkommen', stem: true }] },
        },
        { id: 'ukraine', label: 'Ukraine', group: 'ukraine', phrases: { en: ['Ukraine', 'Kyiv'] } },
        { id: 'alaska', label: 'the Alaska summit', group: 'negative', phrases: { en: ['Alaska'] } },
        {
          id: 'deal-term',
          label: 'a word for the agreement',
          group: 'deal-term',
          phrases: { en: ['deal', 'agreement'], ja: ['合意'] },
        },
        {
          id: 'resource-term',
          label: 'a word for minerals',
          group: 'resource-term',
          phrases: { en: ['minerals'], ja: ['鉱物'] },
        },
      ],
      entitySignals: [
        { entityId: 'volodymyr-zelenskyy', group: 'ukraine' },
        { entityId: 'donald-trump', group: 'us' },
      ],
      phases: [{ id: 'deal-talks', label: 'the talks', from: '2025-02-01', to: '2025-05-31' }],
      detector: TEST_DETECTOR,
    },
  });
}

export const testIndex = () => compileMatchIndex(testDataset());
