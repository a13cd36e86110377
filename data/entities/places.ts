import type { PlaceInput } from '../schema';

export const places: PlaceInput[] = [
  {
    id: 'kyiv',
    kind: 'place',
    name: 'Kyiv',
    aliases: {
      en: ['Kyiv', 'Kiev'],
      uk: ['Київ', { text: 'Києв', stem: true }],
      ru: [{ text: 'Киев', stem: true }],
      de: ['Kiew', 'Kyjiw'],
      fr: ['Kyiv', 'Kiev'],
      es: ['Kiev', 'Kyiv'],
      pl: ['Kijów', 'Kijowa', 'Kijowie', 'Kijowem'],
      ja: ['キーウ', 'キエフ'],
      zh: ['基辅', '基輔'],
      ko: ['키이우', '키예프'],
      ar: ['كييف'],
      hi: ['कीव'],
    },
    notThis: [
      'Kyiv Independent',
      'Kyiv Post',
      'Kyiv International Institute of Sociology',
      'Kyiv School of Economics',
      'Kyiv Oblast',
      'キーウィ',
      'キーウエスト',
      'キーウェスト',
      'キーウ州',
      '基辅州',
      '基輔州',
      '키이우주',
      '키이우 주',
    ],
    summary: 'Capital of Ukraine (older English spelling: Kiev); often used as shorthand for the Ukrainian government.',
    context:
      "When Russia invaded in 2022, Zelenskyy stayed and Ukraine's defence held the capital. In the minerals story it is where U.S. Treasury Secretary Scott Bessent handed Zelenskyy the first U.S. draft on February 12, 2025, and where the joint reconstruction fund's first board meeting was scheduled for September 3, 2025.",
    related: ['volodymyr-zelenskyy', 'reconstruction-investment-fund'],
    wikidata: 'Q1899',
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://worldisraelnews.com/trump-calls-zelenskyy-a-dictator-as-tensions-rise-between-the-leaders-over-the-russia-ukraine-war/',
        publisher: 'World Israel News (Associated Press)',
        title: "Trump calls Zelensky a 'dictator' as tensions rise between the leaders over the Russia-Ukraine war",
        published: '2025-02-19',
      },
      {
        url: 'https://kyivindependent.com/us-treasury-secretary-meets-zelensky-passes-draft-agreement-on-critical-minerals/',
        publisher: 'The Kyiv Independent',
        title: 'US Treasury Secretary meets Zelensky, passes along draft agreement on critical minerals',
        published: '2025-02-12',
      },
      {
        url: 'https://kyivindependent.com/kyiv-names-directors-for-pivotal-u-s-ukraine-investment-fund',
        publisher: 'The Kyiv Independent',
        title: 'Kyiv names managers for U.S.-Ukraine investment fund ahead of first meeting',
        published: '2025-09-01',
      },
    ],
  },
  {
    id: 'crimea',
    kind: 'place',
    name: 'Crimea',
    aliases: {
      en: ['Crimea', 'Crimean Peninsula', 'Crimean peninsula'],
      uk: ['Крим', 'Криму', 'Кримом', 'Кримський півострів', 'Кримського півострова'],
      ru: [{ text: 'Крым', stem: true }],
      de: ['Krim'],
      fr: ['Crimée'],
      es: ['Crimea'],
    },
    notThis: ['Crimean Tatar', 'Crimean Tatars', 'Crimea Platform'],
    summary:
      'Ukrainian Black Sea peninsula annexed by Russia in March 2014; Ukraine, the U.S. and the EU rejected the annexation as illegal.',
    context:
      'Russia made Crimea and the city of Sevastopol part of the Russian Federation by treaties signed on March 18, 2014, two days after a referendum that the U.S. and the EU called illegal. Whether Ukraine could ever regain it became part of the 2025 peace debate: U.S. Defense Secretary Pete Hegseth called a return to the pre-2014 borders an unrealistic objective.',
    related: ['crimea-annexation-2014', 'budapest-memorandum', 'vladimir-putin'],
    wikidata: 'Q7835',
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html',
        publisher: 'Radio Free Europe/Radio Liberty',
        title: "Russia's Putin, Crimean Leaders Sign Annexation Treaty",
        published: '2014-03-18',
      },
      {
        url: 'https://voz.us/en/world/250212/21006/secretary-hegseth-declares-before-nato-that-it-is-not-realistic-to-return-ukraine-to-its-pre-war-borders.html',
        publisher: 'Voz',
        title: 'Secretary Hegseth declares before NATO that it is not realistic to return Ukraine to pre-war borders',
        published: '2025-02-12',
      },
    ],
  },
];
