import type { PersonInput } from '../schema';

export const people: PersonInput[] = [
  {
    id: 'mike-waltz',
    kind: 'person',
    name: 'Mike Waltz',
    aliases: {
      en: [
        'Mike Waltz',
        'Michael Waltz',
        { text: 'Waltz', when: 'in-context', context: ['national security', 'adviser', 'advisor', 'ambassador', 'white house'] },
      ],
      uk: ['Майк Волтц', { text: 'Волтц', stem: true, when: 'after-full-name' }],
      ru: ['Майк Уолтц', { text: 'Уолтц', stem: true, when: 'after-full-name' }],
      de: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
      fr: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
      es: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
    },
    summary: 'U.S. national security adviser in early 2025, later U.S. ambassador to the United Nations.',
    context:
      'A former Republican congressman from Florida, Waltz was national security adviser when the minerals deal was negotiated and argued that U.S. economic ties could themselves deter Russia. He left the post in May 2025 and was later confirmed as ambassador to the UN.',
    related: ['donald-trump'],
    wikidata: 'Q16730981',
    roles: [
      { title: 'U.S. national security adviser', from: '2025-01-20', to: '2025-05-01', source: 0 },
      { title: 'U.S. ambassador to the United Nations', from: '2025-09-19', source: 0 },
    ],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://apnews.com/',
        publisher: 'PLACEHOLDER — replace with a real, read source',
        title: 'PLACEHOLDER',
        published: '2025-05-01',
      },
    ],
  },
];
