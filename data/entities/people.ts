import type { PersonInput } from '../schema';

/*
 * People in the U.S.–Ukraine minerals-deal story.
 * Roles carry the dates the cited sources state. Where no source after a date could be found, `asOf`
 * stops at the last date the sources confirm, and no later role is assumed.
 */

// Sources used by more than one person.
const S = {
  inauguration2025: {
    url: 'https://www.newser.com/story/362820/donald-trump-sworn-in-as-47th-president.html',
    publisher: 'Newser',
    title: 'Donald Trump Sworn In as 47th President',
    published: '2025-01-20',
  },
  ovalOffice: {
    url: 'https://en.people.cn/n3/2025/0301/c90000-20283191.html',
    publisher: "People's Daily Online (Xinhua)",
    title: 'Trump, Zelensky cancel signing of minerals deal after White House shouting match',
    published: '2025-03-01',
  },
  fundLaunch: {
    url: 'https://www.pravda.com.ua/eng/news/2025/06/5/7515709/',
    publisher: 'Ukrainska Pravda',
    title: 'Ukraine and US decide how to launch reconstruction fund envisaged by mineral deal this year',
    published: '2025-06-05',
  },
  dealDates: {
    url: 'https://menafn.com/1109640170/Ukraine-US-In-Talks-On-Launching-Reconstruction-Investment-Fund-Before-Year-End',
    publisher: 'MENAFN (Ukrinform)',
    title: 'Ukraine, U.S. In Talks On Launching Reconstruction Investment Fund Before Year-End',
    published: '2025-06-05',
  },
  waltzOut: {
    url: 'https://jewishinsider.com/2025/05/trump-nominates-mike-waltz-as-u-n-ambassador/',
    publisher: 'Jewish Insider',
    title: 'Trump nominates Mike Waltz as U.N. ambassador',
    published: '2025-05-01',
  },
  svyrydenkoPM: {
    url: 'https://www.ukrinform.de/amp/rubric-polytics/4015964-rada-ernennt-swyrydenko-zur-regierungschefin.html',
    publisher: 'Ukrinform',
    title: 'Rada ernennt Swyrydenko zur Regierungschefin',
    published: '2025-07-17',
  },
  newUsEnvoy: {
    url: 'https://kyivindependent.com/ukraine-appoints-new-ambassador-to-us',
    publisher: 'The Kyiv Independent',
    title: 'Ukraine appoints new ambassador to US',
    published: '2025-08-27',
  },
  kelloggLeaving: {
    url: 'https://newsukraine.rbc.ua/news/kellogg-to-step-down-as-trump-s-special-envoy-1763586568.html',
    publisher: 'RBC-Ukraine',
    title: "Kellogg to step down as Trump's special envoy for Ukraine – Reuters",
    published: '2025-11-19',
  },
  budanov: {
    url: 'https://komersant.ua/en/zelenskyy-vyrishyv-pryznachyty-budanova-hlavoiu-ofisu-prezydenta-ukrainy',
    publisher: 'Komersant Ukrainian',
    title: 'Zelensky decides to appoint Budanov as head of the Office of the President of Ukraine',
    published: '2026-01-02',
  },
  coalitionStatement: {
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/statement+of+the+cochairs+of+the+coalition+of+the+willing+17+august+2025+18082025141000?open',
    publisher: 'Wired-Gov (UK Prime Minister’s Office statement)',
    title: 'Statement of the co-chairs of the Coalition of the Willing: 17 August 2025',
    published: '2025-08-18',
  },
  grahamResign: {
    url: 'https://www.foxnews.com/politics/utter-disaster-lindsey-graham-calls-zelenskyy-resignation-after-white-house-throwdown',
    publisher: 'Fox News',
    title: "'Utter disaster': Lindsey Graham calls for Zelenskyy resignation after White House throwdown",
    published: '2025-02-28',
  },
  rubioGeneva: {
    url: 'https://news.liga.net/en/politics/news/rubios-statement-on-the-outcome-of-the-us-ukraine-talks-in-switzerland',
    publisher: 'LIGA.net',
    title: "Rubio's statement on the outcome of the US-Ukraine talks in Switzerland",
    published: '2025-11-23',
  },
} as const;

export const people: PersonInput[] = [
  {
    id: 'donald-trump',
    kind: 'person',
    name: 'Donald Trump',
    aliases: {
      en: [
        'Donald Trump',
        'Donald J. Trump',
        'Donald John Trump',
        'President Trump',
        {
          text: 'Trump',
          when: 'in-context',
          context: ['president', 'white house', 'donald', 'administration', 'oval office'],
        },
      ],
      uk: [
        'Дональд Трамп',
        {
          text: 'Трамп',
          stem: true,
          when: 'in-context',
          context: ['президент', 'сша', 'білий дім', 'білому домі', 'адміністрація'],
        },
      ],
      ru: [
        'Дональд Трамп',
        {
          text: 'Трамп',
          stem: true,
          when: 'in-context',
          context: ['президент', 'сша', 'белый дом', 'белом доме', 'администрация'],
        },
      ],
      de: [
        'Donald Trump',
        { text: 'Trump', when: 'in-context', context: ['präsident', 'weißen haus', 'weiße haus', 'regierung', 'usa'] },
      ],
      fr: [
        'Donald Trump',
        { text: 'Trump', when: 'in-context', context: ['président', 'maison blanche', 'administration', 'états-unis'] },
      ],
      es: [
        'Donald Trump',
        {
          text: 'Trump',
          when: 'in-context',
          context: ['presidente', 'casa blanca', 'administración', 'estados unidos'],
        },
      ],
    },
    notThis: [
      'Donald Trump Jr.',
      'Melania Trump',
      'Ivanka Trump',
      'Eric Trump',
      'Lara Trump',
      'Barron Trump',
      'Trump Tower',
      'trump card',
    ],
    summary:
      'President of the United States (2017–2021, and again since January 20, 2025); pressed Ukraine for the minerals deal.',
    context:
      'Trump returned to the White House on January 20, 2025. He sought a share of Ukraine’s mineral wealth, at one point citing a $500 billion figure, and described it as repayment for U.S. aid. The February 28, 2025 Oval Office meeting with Zelenskyy ended without the deal being signed; a revised agreement setting up a joint investment fund was signed on April 30, 2025.',
    related: [
      'volodymyr-zelenskyy',
      'jd-vance',
      'oval-office-meeting-2025',
      'us-ukraine-minerals-agreement',
      'trump-500-billion-demand',
      'trump-350-billion-claim',
      'us-aid-pause-2025',
      'trump-first-impeachment',
    ],
    wikidata: 'Q22686',
    roles: [
      { title: 'President of the United States (45th)', from: '2017-01-20', to: '2021-01-20', source: 0 },
      { title: 'President of the United States (47th)', from: '2025-01-20', source: 1 },
    ],
    asOf: '2025-08-27',
    sources: [
      {
        url: 'https://rollcall.com/2017/01/20/trump-sworn-in-as-45th-president/',
        publisher: 'Roll Call',
        title: 'Trump Sworn In as 45th President',
        published: '2017-01-20',
      },
      S.inauguration2025,
      S.ovalOffice,
      {
        url: 'https://www.aljazeera.com/news/2025/2/27/us-eu-move-apart-as-trump-eyes-ukraines-minerals-and-a-deal-with-russia',
        publisher: 'Al Jazeera',
        title: "US, EU move apart as Trump eyes Ukraine's minerals and a deal with Russia",
        published: '2025-02-27',
      },
      S.dealDates,
      S.newUsEnvoy,
    ],
  },
  {
    id: 'volodymyr-zelenskyy',
    kind: 'person',
    name: 'Volodymyr Zelenskyy',
    aliases: {
      en: [
        'Volodymyr Zelenskyy',
        'Volodymyr Zelensky',
        'Volodymyr Zelenskiy',
        'Volodymyr Zelenskyi',
        'Volodymyr Oleksandrovych Zelenskyy',
        'Zelenskyy',
        'Zelensky',
        'Zelenskiy',
        'Zelenski',
      ],
      uk: ['Володимир Зеленський', { text: 'Зеленськ', stem: true }],
      ru: ['Владимир Зеленский', { text: 'Зеленск', stem: true }],
      de: ['Wolodymyr Selenskyj', { text: 'Selenskyj', stem: true }],
      fr: ['Volodymyr Zelensky', 'Zelensky', 'Zelenski'],
      es: ['Volodímir Zelenski', 'Volodimir Zelenski', 'Zelenski', 'Zelensky'],
    },
    notThis: [
      'Olena Zelenska',
      'Олена Зеленська',
      'Олени Зеленської',
      'Олені Зеленській',
      'Елена Зеленская',
      'Елены Зеленской',
      'Olena Selenska',
    ],
    summary:
      'President of Ukraine since May 2019; came to Washington on February 28, 2025 to sign the minerals deal, which went unsigned that day.',
    context:
      'Zelenskyy was sworn in on May 20, 2019. He has led Ukraine through Russia’s full-scale invasion of February 2022. He sought security guarantees alongside the minerals deal; the Oval Office meeting with Trump and Vance on February 28, 2025 broke down in public and he left without signing. Ukraine signed a revised agreement on April 30, 2025, and parliament ratified it in May.',
    related: [
      'donald-trump',
      'jd-vance',
      'oval-office-meeting-2025',
      'us-ukraine-minerals-agreement',
      'security-guarantees',
      'budapest-memorandum',
      'russian-invasion-2022',
      'ukraine-martial-law',
      'trump-first-impeachment',
    ],
    wikidata: 'Q3881109',
    roles: [{ title: 'President of Ukraine', from: '2019-05-20', source: 0 }],
    asOf: '2026-01-02',
    sources: [
      {
        url: 'https://archive.kyivpost.com/ukraine-politics/volodymyr-zelenskiy-to-be-inaugurated-as-ukraines-6th-president-live-updates.html',
        publisher: 'Kyiv Post',
        title: "Volodymyr Zelenskiy to be inaugurated as Ukraine's 6th president (live updates)",
        published: '2019-05-20',
      },
      S.ovalOffice,
      S.dealDates,
      S.budanov,
    ],
  },
  {
    id: 'jd-vance',
    kind: 'person',
    name: 'JD Vance',
    aliases: {
      en: [
        'JD Vance',
        'J.D. Vance',
        'J. D. Vance',
        'James David Vance',
        'Vice President Vance',
        {
          text: 'Vance',
          when: 'in-context',
          context: ['vice president', 'vice-president', 'white house', 'oval office'],
        },
      ],
      uk: [
        { text: 'Джей Ді Венс', stem: true },
        { text: 'Джеймс Девід Венс', stem: true },
        { text: 'Венс', stem: true, when: 'after-full-name' },
      ],
      ru: ['Джей Ди Вэнс', 'Джеймс Дэвид Вэнс', { text: 'Вэнс', stem: true, when: 'after-full-name' }],
      de: ['JD Vance', 'J. D. Vance', { text: 'Vance', when: 'in-context', context: ['vizepräsident', 'weißen haus'] }],
      fr: [
        'JD Vance',
        'J. D. Vance',
        { text: 'Vance', when: 'in-context', context: ['vice-président', 'maison blanche'] },
      ],
      es: [
        'JD Vance',
        'J. D. Vance',
        { text: 'Vance', when: 'in-context', context: ['vicepresidente', 'casa blanca'] },
      ],
    },
    notThis: ['Usha Vance', 'Usha Chilukuri Vance', 'Cyrus Vance', 'Уша Венс', 'Уша Вэнс'],
    summary:
      'Vice President of the United States since January 20, 2025; took part in the February 28, 2025 Oval Office exchange with Zelenskyy.',
    context:
      'Vance, a former Republican senator from Ohio, was sworn in as vice president with Trump on January 20, 2025. At the February 28, 2025 Oval Office meeting he told Zelenskyy it was disrespectful to argue the case in front of the press and asked whether he had thanked the president, which helped turn the meeting into an open dispute.',
    related: ['donald-trump', 'volodymyr-zelenskyy', 'oval-office-meeting-2025'],
    roles: [{ title: 'Vice President of the United States', from: '2025-01-20', source: 0 }],
    asOf: '2025-03-01',
    sources: [S.inauguration2025, S.ovalOffice],
  },
  {
    id: 'mike-waltz',
    kind: 'person',
    name: 'Mike Waltz',
    aliases: {
      en: [
        'Mike Waltz',
        'Michael Waltz',
        'Michael G. Waltz',
        {
          text: 'Waltz',
          when: 'in-context',
          context: ['national security', 'adviser', 'advisor', 'ambassador', 'white house'],
        },
      ],
      uk: ['Майк Волтц', { text: 'Волтц', stem: true, when: 'after-full-name' }],
      ru: ['Майк Уолтц', { text: 'Уолтц', stem: true, when: 'after-full-name' }],
      de: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
      fr: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
      es: ['Mike Waltz', { text: 'Waltz', when: 'after-full-name' }],
    },
    summary:
      'U.S. national security adviser from January to May 2025; U.S. ambassador to the United Nations since September 2025.',
    context:
      'A former Republican congressman from Florida, Waltz was national security adviser during the minerals talks and the February 28, 2025 Oval Office meeting. Trump removed him from that post on May 1, 2025, after the Signal group-chat episode, and nominated him as UN ambassador; Marco Rubio took over the adviser’s duties. The Senate confirmed Waltz at the UN on September 19, 2025.',
    related: ['donald-trump', 'marco-rubio', 'oval-office-meeting-2025'],
    roles: [
      {
        title: 'U.S. national security adviser',
        organisation: 'White House',
        from: '2025-01-20',
        to: '2025-05-01',
        source: 0,
      },
      { title: 'U.S. ambassador to the United Nations', from: '2025-09-19', source: 1 },
    ],
    asOf: '2025-09-22',
    sources: [
      S.waltzOut,
      {
        url: 'https://news.ballotpedia.org/2025/09/22/michael-waltz-confirmed-as-u-s-ambassador-to-the-united-nations',
        publisher: 'Ballotpedia News',
        title: 'Michael Waltz confirmed as U.S. ambassador to the United Nations',
        published: '2025-09-22',
      },
    ],
  },
  {
    id: 'pete-hegseth',
    kind: 'person',
    name: 'Pete Hegseth',
    aliases: {
      en: [
        'Pete Hegseth',
        'Peter Hegseth',
        'Peter Brian Hegseth',
        {
          text: 'Hegseth',
          when: 'in-context',
          context: ['defense', 'defence', 'pentagon', 'secretary', 'department of war'],
        },
      ],
      uk: ['Піт Гегсет', { text: 'Гегсет', stem: true, when: 'after-full-name' }],
      ru: ['Пит Хегсет', { text: 'Хегсет', stem: true, when: 'after-full-name' }],
      de: [
        'Pete Hegseth',
        { text: 'Hegseth', when: 'in-context', context: ['verteidigungsminister', 'pentagon', 'kriegsminister'] },
      ],
      fr: ['Pete Hegseth', { text: 'Hegseth', when: 'in-context', context: ['défense', 'pentagone', 'secrétaire'] }],
      es: ['Pete Hegseth', { text: 'Hegseth', when: 'in-context', context: ['defensa', 'pentágono', 'secretario'] }],
    },
    summary:
      'U.S. Secretary of Defense since January 2025; since September 2025 the administration also uses the secondary title "Secretary of War".',
    context:
      'Hegseth, a former Fox News host, was confirmed after Vice President Vance broke a 50–50 Senate tie and was sworn in on January 25, 2025. An executive order of September 5, 2025 let the Defense Department use "Department of War" as a secondary name, with "Secretary of War" as his secondary title; the statutory name did not change.',
    related: ['donald-trump', 'jd-vance', 'us-aid-pause-2025'],
    roles: [
      {
        title: 'U.S. Secretary of Defense',
        organisation: 'U.S. Department of Defense',
        from: '2025-01-25',
        to: '2025-09-05',
        source: 0,
      },
      {
        title: 'U.S. Secretary of Defense (secondary title: Secretary of War)',
        organisation: 'U.S. Department of Defense (secondary name: Department of War)',
        from: '2025-09-05',
        source: 1,
      },
    ],
    asOf: '2025-09-05',
    sources: [
      {
        url: 'https://kyma.com/decision-2024/national-politics/2025/01/25/pete-hegseth-sworn-in-as-secretary-of-defense/',
        publisher: 'KYMA (NBC)',
        title: 'Pete Hegseth sworn in as Secretary of Defense',
        published: '2025-01-25',
      },
      {
        url: 'https://www.defensedaily.com/defense-watch-blueforge-leadership-change-mib-anniversary-shift-5-investment-tranche-1-launch-window/uncategorized/',
        publisher: 'Defense Daily',
        title: 'Defense Watch: Department of War',
        published: '2025-09-05',
      },
    ],
  },
  {
    id: 'joe-biden',
    kind: 'person',
    name: 'Joe Biden',
    aliases: {
      en: [
        'Joe Biden',
        'Joseph Biden',
        'Joseph R. Biden',
        'Joseph R. Biden Jr.',
        'President Biden',
        { text: 'Biden', when: 'in-context', context: ['president', 'administration', 'white house', 'former'] },
      ],
      uk: ['Джо Байден', { text: 'Байден', stem: true }],
      ru: ['Джо Байден', { text: 'Байден', stem: true }],
      de: ['Joe Biden', { text: 'Biden', when: 'in-context', context: ['präsident', 'regierung'] }],
      fr: ['Joe Biden', { text: 'Biden', when: 'in-context', context: ['président', 'administration'] }],
      es: ['Joe Biden', { text: 'Biden', when: 'in-context', context: ['presidente', 'administración', 'gobierno'] }],
    },
    notThis: ['Hunter Biden', 'Jill Biden'],
    summary:
      'President of the United States from January 2021 to January 20, 2025, when most U.S. aid to Ukraine was approved.',
    context:
      'Biden was president when Russia launched its full-scale invasion in February 2022, and his administration sent Ukraine military and financial aid with congressional approval. Trump later cast the minerals deal as a way to recover that aid; the size of the aid is disputed between political claims and independent estimates.',
    related: ['donald-trump', 'russian-invasion-2022', 'kiel-us-aid-estimate', 'trump-350-billion-claim'],
    wikidata: 'Q6279',
    roles: [{ title: 'President of the United States (46th)', from: '2021-01-20', to: '2025-01-20', source: 0 }],
    asOf: '2025-01-20',
    sources: [
      {
        url: 'https://www.whas11.com/article/entertainment/entertainment-tonight/joe-biden-is-sworn-in-as-president-of-the-united-states/603-6697fd4f-2655-4cd1-ae96-8e7e8f98ef20',
        publisher: 'WHAS11 (Entertainment Tonight)',
        title: 'Joe Biden Is Sworn In as President of the United States',
        published: '2021-01-20',
      },
      S.inauguration2025,
    ],
  },
  {
    id: 'vladimir-putin',
    kind: 'person',
    name: 'Vladimir Putin',
    aliases: {
      en: [
        'Vladimir Putin',
        'Vladimir Vladimirovich Putin',
        'President Putin',
        { text: 'Putin', when: 'in-context', context: ['russia', 'russian', 'kremlin', 'moscow'] },
      ],
      uk: ['Володимир Путін', { text: 'Путін', stem: true }],
      ru: ['Владимир Путин', { text: 'Путин', stem: true }],
      de: ['Wladimir Putin', { text: 'Putin', when: 'in-context', context: ['russland', 'kreml', 'moskau'] }],
      fr: ['Vladimir Poutine', { text: 'Poutine', when: 'in-context', context: ['russie', 'kremlin', 'moscou'] }],
      es: [
        'Vladímir Putin',
        'Vladimir Putin',
        { text: 'Putin', when: 'in-context', context: ['rusia', 'kremlin', 'moscú'] },
      ],
    },
    summary:
      'President of Russia (2000–2008 and again since May 2012), who ordered the full-scale invasion of Ukraine in 2022.',
    context:
      'Putin returned to the presidency on May 7, 2012 and began a fifth term on May 7, 2024. Russia annexed Crimea in 2014 and launched the full-scale invasion in February 2022, which Ukraine and its allies say breached the 1994 Budapest Memorandum.',
    related: [
      'russian-invasion-2022',
      'crimea-annexation-2014',
      'budapest-memorandum',
      'steve-witkoff',
      'donald-trump',
    ],
    wikidata: 'Q7747',
    roles: [{ title: 'President of Russia', from: '2012-05-07', source: 0 }],
    asOf: '2025-08-27',
    sources: [
      {
        url: 'https://www.rnz.co.nz/news/world/105225/putin-sworn-in-for-third-term-as-president',
        publisher: 'RNZ',
        title: 'Putin sworn-in for third term as president',
        published: '2012-05-07',
      },
      {
        url: 'https://en.wikipedia.org/wiki/Fifth_inauguration_of_Vladimir_Putin',
        publisher: 'Wikipedia',
        title: 'Fifth inauguration of Vladimir Putin',
        published: '2024-05-07',
      },
      S.newUsEnvoy,
    ],
  },
  {
    id: 'marco-rubio',
    kind: 'person',
    name: 'Marco Rubio',
    aliases: {
      en: [
        'Marco Rubio',
        'Marco Antonio Rubio',
        'Secretary Rubio',
        {
          text: 'Rubio',
          when: 'in-context',
          context: ['secretary of state', 'state department', 'national security', 'diplomat'],
        },
      ],
      uk: ['Марко Рубіо', 'Рубіо'],
      ru: ['Марко Рубио', 'Рубио'],
      de: ['Marco Rubio', { text: 'Rubio', when: 'in-context', context: ['außenminister', 'us-außenminister'] }],
      fr: [
        'Marco Rubio',
        { text: 'Rubio', when: 'in-context', context: ['secrétaire d’état', "secrétaire d'état", 'diplomatie'] },
      ],
      es: [
        'Marco Rubio',
        { text: 'Rubio', when: 'in-context', context: ['secretario de estado', 'departamento de estado'] },
      ],
    },
    summary: 'U.S. Secretary of State since January 20, 2025, and acting national security adviser since May 2025.',
    context:
      'A former Republican senator from Florida, Rubio was confirmed 99–0 as secretary of state on January 20, 2025. He was present at the February 28, 2025 Oval Office meeting. After Mike Waltz was removed on May 1, 2025, Rubio also took on the national security adviser’s duties on an acting basis, and in November 2025 he led U.S. talks with Ukrainian officials in Geneva.',
    related: ['donald-trump', 'mike-waltz', 'jeddah-talks-2025', 'oval-office-meeting-2025', 'steve-witkoff'],
    roles: [
      { title: 'U.S. Secretary of State', organisation: 'U.S. Department of State', from: '2025-01-20', source: 0 },
      { title: 'Acting U.S. national security adviser', organisation: 'White House', from: '2025-05-01', source: 1 },
    ],
    asOf: '2025-11-23',
    sources: [
      {
        url: 'https://www.keranews.org/2025-01-20/marco-rubio-confirmed-as-secretary-of-state',
        publisher: 'KERA News (NPR)',
        title: 'Marco Rubio confirmed as Secretary of State',
        published: '2025-01-20',
      },
      S.waltzOut,
      S.rubioGeneva,
    ],
  },
  {
    id: 'scott-bessent',
    kind: 'person',
    name: 'Scott Bessent',
    aliases: {
      en: [
        'Scott Bessent',
        'Scott K. H. Bessent',
        'Treasury Secretary Bessent',
        { text: 'Bessent', when: 'in-context', context: ['treasury', 'secretary', 'minerals', 'fund'] },
      ],
      uk: ['Скотт Бессент', { text: 'Бессент', stem: true }],
      ru: ['Скотт Бессент', { text: 'Бессент', stem: true }],
      de: [
        'Scott Bessent',
        { text: 'Bessent', when: 'in-context', context: ['finanzminister', 'us-finanzminister', 'rohstoff'] },
      ],
      fr: ['Scott Bessent', { text: 'Bessent', when: 'in-context', context: ['trésor', 'secrétaire', 'minerais'] }],
      es: ['Scott Bessent', { text: 'Bessent', when: 'in-context', context: ['tesoro', 'secretario', 'minerales'] }],
    },
    summary:
      'U.S. Treasury Secretary since January 2025; signed the minerals agreement for the United States on April 30, 2025.',
    context:
      'Bessent, a former hedge fund manager, was confirmed by the Senate on January 27, 2025. He brought an early U.S. draft of the minerals deal to Kyiv in February 2025. On April 30, 2025 he and Yulia Svyrydenko signed the agreement setting up the U.S.–Ukraine Reconstruction Investment Fund, with the U.S. International Development Finance Corporation as a partner.',
    related: [
      'yulia-svyrydenko',
      'us-ukraine-minerals-agreement',
      'reconstruction-investment-fund',
      'us-dfc',
      'donald-trump',
    ],
    roles: [
      {
        title: 'U.S. Secretary of the Treasury',
        organisation: 'U.S. Department of the Treasury',
        from: '2025-01-28',
        source: 0,
      },
    ],
    asOf: '2025-06-05',
    sources: [
      {
        url: 'https://accountingtoday.com/articles/scott-bessent-is-sworn-in-as-79th-us-treasury-secretary',
        publisher: 'Accounting Today',
        title: 'Scott Bessent is sworn in as 79th US Treasury Secretary',
        published: '2025-01-28',
      },
      {
        url: 'https://news.ballotpedia.org/2025/01/28/scott-bessent-confirmed-as-secretary-of-the-treasury/',
        publisher: 'Ballotpedia News',
        title: 'Scott Bessent confirmed as secretary of the Treasury',
        published: '2025-01-28',
      },
      S.fundLaunch,
    ],
  },
  {
    id: 'yulia-svyrydenko',
    kind: 'person',
    name: 'Yulia Svyrydenko',
    aliases: {
      en: [
        'Yulia Svyrydenko',
        'Yuliia Svyrydenko',
        'Yuliya Svyrydenko',
        'Yulia Sviridenko',
        'Svyrydenko',
        'Sviridenko',
      ],
      uk: ['Юлія Свириденко', 'Юлії Свириденко', 'Свириденко'],
      ru: ['Юлия Свириденко', 'Юлии Свириденко', 'Свириденко'],
      de: ['Julija Swyrydenko', 'Julia Swyrydenko', 'Swyrydenko'],
      fr: ['Ioulia Svyrydenko', 'Svyrydenko'],
      es: ['Yulia Sviridenko', 'Yulia Svyrydenko', 'Sviridenko', 'Svyrydenko'],
    },
    summary:
      'Ukraine’s first deputy prime minister and economy minister who signed the minerals deal in April 2025; prime minister since July 17, 2025.',
    context:
      'Svyrydenko became first deputy prime minister and economy minister in November 2021 and led Ukraine’s side in the minerals negotiations. She signed the agreement with Scott Bessent in Washington on April 30, 2025. Parliament appointed her prime minister on July 17, 2025, replacing Denys Shmyhal.',
    related: [
      'scott-bessent',
      'denys-shmyhal',
      'us-ukraine-minerals-agreement',
      'reconstruction-investment-fund',
      'verkhovna-rada',
      'volodymyr-zelenskyy',
    ],
    roles: [
      {
        title: 'First Deputy Prime Minister and Minister of Economy of Ukraine',
        organisation: 'Cabinet of Ministers of Ukraine',
        from: '2021-11-04',
        to: '2025-07-17',
        source: 0,
      },
      {
        title: 'Prime Minister of Ukraine',
        organisation: 'Cabinet of Ministers of Ukraine',
        from: '2025-07-17',
        source: 0,
      },
    ],
    asOf: '2026-01-22',
    sources: [
      S.svyrydenkoPM,
      S.fundLaunch,
      {
        url: 'https://unn.ua/en/news/government-names-regions-with-the-most-difficult-energy-situation',
        publisher: 'UNN',
        title: 'The government named the regions where the energy situation is currently the most difficult',
        published: '2026-01-22',
      },
    ],
  },
  {
    id: 'denys-shmyhal',
    kind: 'person',
    name: 'Denys Shmyhal',
    aliases: {
      en: ['Denys Shmyhal', 'Denis Shmyhal', 'Denys Shmygal', 'Denis Shmygal', 'Shmyhal', 'Shmygal'],
      uk: ['Денис Шмигаль', { text: 'Шмигал', stem: true }],
      ru: ['Денис Шмыгаль', { text: 'Шмыгал', stem: true }],
      de: ['Denys Schmyhal', 'Schmyhal'],
      fr: ['Denys Chmyhal', 'Chmyhal', 'Shmyhal'],
      es: ['Denís Shmigal', 'Denys Shmyhal', 'Shmigal', 'Shmyhal'],
    },
    summary:
      'Ukraine’s prime minister from March 2020 to July 2025, then defence minister; first deputy prime minister and energy minister since January 2026.',
    context:
      'Shmyhal headed the government during the minerals negotiations, the signing on April 30, 2025 and the ratification in May 2025. Parliament dismissed his government on July 16, 2025 and made him defence minister on July 17. He was moved out of defence on January 13, 2026 and appointed first deputy prime minister and energy minister on January 14, 2026.',
    related: ['yulia-svyrydenko', 'us-ukraine-minerals-agreement', 'verkhovna-rada', 'volodymyr-zelenskyy'],
    roles: [
      {
        title: 'Prime Minister of Ukraine',
        organisation: 'Cabinet of Ministers of Ukraine',
        from: '2020-03-04',
        to: '2025-07-16',
        source: 0,
      },
      { title: 'Minister of Defence of Ukraine', from: '2025-07-17', to: '2026-01-13', source: 1 },
      { title: 'First Deputy Prime Minister and Minister of Energy of Ukraine', from: '2026-01-14', source: 1 },
    ],
    asOf: '2026-01-15',
    sources: [
      S.svyrydenkoPM,
      {
        url: 'https://en.interfax.com.ua/news/general/1136300.html',
        publisher: 'Interfax-Ukraine',
        title: 'Ukrainian Rada appoints Shmyhal as First Dpty PM, Minister of Energy',
        published: '2026-01-14',
      },
      {
        url: 'https://unn.ua/en/news/ministry-of-education-and-kyiv-city-state-administration-must-extend-or-establish-winter-holidays-until-february-1-2026-svyrydenko',
        publisher: 'UNN',
        title:
          'Ministry of Education and Kyiv City State Administration must extend or establish winter holidays until February 1, 2026 - Svyrydenko',
        published: '2026-01-15',
      },
    ],
  },
  {
    id: 'andriy-yermak',
    kind: 'person',
    name: 'Andriy Yermak',
    aliases: {
      en: [
        'Andriy Yermak',
        'Andrii Yermak',
        'Andrey Yermak',
        {
          text: 'Yermak',
          when: 'in-context',
          context: ['ukraine', 'ukrainian', 'presidential office', "president's office", 'zelensk'],
        },
      ],
      uk: ['Андрій Єрмак', { text: 'Єрмак', stem: true }],
      ru: [
        'Андрей Ермак',
        {
          text: 'Ермак',
          stem: true,
          when: 'in-context',
          context: ['офис президента', 'офиса президента', 'зеленск', 'украин'],
        },
      ],
      de: ['Andrij Jermak', { text: 'Jermak', when: 'in-context', context: ['selenskyj', 'präsidialamt', 'ukraine'] }],
      fr: ['Andriï Iermak', 'Andriy Yermak', { text: 'Iermak', when: 'in-context', context: ['zelensky', 'ukraine'] }],
      es: ['Andrí Yermak', 'Andriy Yermak', { text: 'Yermak', when: 'in-context', context: ['zelenski', 'ucrania'] }],
    },
    summary:
      'Head of the Office of the President of Ukraine from February 2020 until his resignation on November 28, 2025.',
    context:
      'Yermak was Zelenskyy’s chief of staff and a lead negotiator with Washington, including at talks with Marco Rubio in Geneva in November 2025. He resigned on November 28, 2025, the day anti-corruption investigators searched his home; Zelenskyy named intelligence chief Kyrylo Budanov to the post on January 2, 2026.',
    related: ['volodymyr-zelenskyy', 'oval-office-meeting-2025', 'jeddah-talks-2025'],
    roles: [
      { title: 'Head of the Office of the President of Ukraine', from: '2020-02-11', to: '2025-11-28', source: 0 },
    ],
    asOf: '2026-01-02',
    sources: [
      {
        url: 'https://unn.ua/en/news/head-of-the-presidents-office-yermak-resigns-zelenskyy',
        publisher: 'UNN',
        title: "Head of the President's Office Yermak resigns - Zelenskyy",
        published: '2025-11-28',
      },
      S.budanov,
      {
        url: 'https://voz.us/en/politics/251123/31273/us-and-ukraine-highlight-good-progress-in-talks-in-geneva.html',
        publisher: 'Voz',
        title: 'US and Ukraine highlight good progress in talks in Geneva',
        published: '2025-11-23',
      },
    ],
  },
  {
    id: 'steve-witkoff',
    kind: 'person',
    name: 'Steve Witkoff',
    aliases: {
      en: [
        'Steve Witkoff',
        'Steven Witkoff',
        'Steven Charles Witkoff',
        { text: 'Witkoff', when: 'in-context', context: ['envoy', 'trump', 'putin', 'kremlin'] },
      ],
      uk: ['Стів Віткофф', { text: 'Віткофф', stem: true }],
      ru: ['Стив Уиткофф', { text: 'Уиткофф', stem: true }],
      de: ['Steve Witkoff', { text: 'Witkoff', when: 'in-context', context: ['sondergesandte', 'trump', 'putin'] }],
      fr: ['Steve Witkoff', { text: 'Witkoff', when: 'in-context', context: ['émissaire', 'envoyé', 'trump'] }],
      es: ['Steve Witkoff', { text: 'Witkoff', when: 'in-context', context: ['enviado', 'trump', 'putin'] }],
    },
    summary:
      'Real-estate investor named Trump’s special envoy to the Middle East, whose brief widened to talks with Russia on the war in Ukraine.',
    context:
      'Trump named Witkoff, a longtime friend with no diplomatic background, special envoy to the Middle East in November 2024. In February 2025 Trump named him, with Marco Rubio and Mike Waltz, to lead negotiations with Russia, and he travelled to Moscow that month; he remained a central U.S. negotiator on the war through 2025.',
    related: ['donald-trump', 'vladimir-putin', 'marco-rubio', 'keith-kellogg'],
    roles: [{ title: 'U.S. special envoy to the Middle East', from: '2025-01-20', source: 0 }],
    asOf: '2025-11-19',
    sources: [
      {
        url: 'https://mynews13.com/fl/orlando/news/2024/11/12/trump-steve-witkoff-middle-east-special-envoy',
        publisher: 'Spectrum News 13',
        title: 'Trump names Steve Witkoff Middle East special envoy',
        published: '2024-11-12',
      },
      {
        url: 'https://semafor.com/article/02/13/2025/witkoffs-star-rises-in-ukraine-talks',
        publisher: 'Semafor',
        title: 'Witkoff’s star rises in Ukraine talks',
        published: '2025-02-13',
      },
      S.kelloggLeaving,
    ],
  },
  {
    id: 'keith-kellogg',
    kind: 'person',
    name: 'Keith Kellogg',
    aliases: {
      en: [
        'Keith Kellogg',
        'Keith Kellogg Jr.',
        'Joseph Keith Kellogg',
        'General Kellogg',
        'Gen. Kellogg',
        { text: 'Kellogg', when: 'in-context', context: ['envoy', 'ukraine', 'general', 'kyiv'] },
      ],
      uk: ['Кіт Келлог', { text: 'Келлог', stem: true, when: 'after-full-name' }],
      ru: ['Кит Келлог', { text: 'Келлог', stem: true, when: 'after-full-name' }],
      de: ['Keith Kellogg', { text: 'Kellogg', when: 'in-context', context: ['sondergesandte', 'ukraine'] }],
      fr: ['Keith Kellogg', { text: 'Kellogg', when: 'in-context', context: ['émissaire', 'envoyé', 'ukraine'] }],
      es: ['Keith Kellogg', { text: 'Kellogg', when: 'in-context', context: ['enviado', 'ucrania'] }],
    },
    summary:
      'Retired U.S. lieutenant general; Trump’s special envoy for Ukraine and Russia, then for Ukraine only from March 15, 2025.',
    context:
      'Kellogg, a national security official in Trump’s first term, was appointed special envoy for Ukraine and Russia; on March 15, 2025 Trump narrowed the post to Ukraine, after reports that Moscow did not want him in the talks. In November 2025 Reuters reported that he planned to leave the administration in January 2026; this entry does not confirm a departure date.',
    related: ['donald-trump', 'volodymyr-zelenskyy', 'steve-witkoff', 'trump-first-impeachment'],
    roles: [
      { title: 'U.S. special envoy for Ukraine and Russia', from: '2025-02-03', to: '2025-03-15', source: 0 },
      { title: 'U.S. special envoy to Ukraine', from: '2025-03-15', source: 1 },
    ],
    asOf: '2025-11-19',
    sources: [
      {
        url: 'https://kyivindependent.com/trump-appoints-keith-kellogg-as-special-envoy-for-ukraine-russia',
        publisher: 'The Kyiv Independent',
        title: 'Trump officially appoints Keith Kellogg as special envoy for Ukraine, Russia',
        published: '2025-02-03',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/',
        publisher: 'Ukrainska Pravda',
        title: 'Trump appoints Keith Kellogg as envoy to Ukraine only',
        published: '2025-03-15',
      },
      S.kelloggLeaving,
    ],
  },
  {
    id: 'oksana-markarova',
    kind: 'person',
    name: 'Oksana Markarova',
    aliases: {
      en: ['Oksana Markarova', 'Markarova'],
      uk: ['Оксана Маркарова', { text: 'Маркаров', stem: true, when: 'after-full-name' }],
      ru: ['Оксана Маркарова', { text: 'Маркаров', stem: true, when: 'after-full-name' }],
      de: ['Oksana Markarowa', 'Markarowa'],
      fr: ['Oksana Markarova', 'Markarova'],
      es: ['Oksana Markárova', 'Oksana Markarova', 'Markarova'],
    },
    summary:
      'Ukraine’s ambassador to the United States from February 2021 to August 27, 2025; present at the February 28, 2025 Oval Office meeting.',
    context:
      'A former finance minister, Markarova represented Ukraine in Washington through the years of full-scale war. She was in the Oval Office on February 28, 2025. Zelenskyy replaced her with Olha Stefanishyna on August 27, 2025 and said he had asked her to keep working for Ukraine; no later post is recorded here.',
    related: ['volodymyr-zelenskyy', 'olha-stefanishyna', 'oval-office-meeting-2025'],
    roles: [{ title: 'Ambassador of Ukraine to the United States', from: '2021-02-25', to: '2025-08-27', source: 0 }],
    asOf: '2025-08-27',
    sources: [
      {
        url: 'https://www.ukrinform.de/amp/rubric-polytics/4030181-olha-stefanyschyna-zur-botschafterin-in-den-usa-ernannt.html',
        publisher: 'Ukrinform',
        title: 'Olha Stefanyschyna zur Botschafterin in den USA ernannt',
        published: '2025-08-27',
      },
      S.newUsEnvoy,
      {
        url: 'https://www.foxnews.com/politics/ukraine-ambassadors-reaction-fiery-trump-zelenskyy-oval-office-clash-viral',
        publisher: 'Fox News',
        title: "Ukraine ambassador's reaction to fiery Trump-Zelenskyy Oval Office clash goes viral",
        published: '2025-02-28',
      },
    ],
  },
  {
    id: 'keir-starmer',
    kind: 'person',
    name: 'Keir Starmer',
    aliases: {
      en: [
        'Keir Starmer',
        'Sir Keir Starmer',
        'Sir Keir',
        {
          text: 'Starmer',
          when: 'in-context',
          context: ['prime minister', 'downing street', 'britain', 'british', 'labour', 'uk'],
        },
      ],
      uk: ['Кір Стармер', { text: 'Стармер', stem: true }],
      ru: ['Кир Стармер', { text: 'Стармер', stem: true }],
      de: [
        'Keir Starmer',
        { text: 'Starmer', when: 'in-context', context: ['premierminister', 'großbritannien', 'britische', 'london'] },
      ],
      fr: [
        'Keir Starmer',
        { text: 'Starmer', when: 'in-context', context: ['premier ministre', 'royaume-uni', 'britannique', 'londres'] },
      ],
      es: [
        'Keir Starmer',
        { text: 'Starmer', when: 'in-context', context: ['primer ministro', 'reino unido', 'británico', 'londres'] },
      ],
    },
    summary:
      'Prime Minister of the United Kingdom since July 5, 2024; co-leads the European "coalition of the willing" on Ukraine with Emmanuel Macron.',
    context:
      'Starmer met Trump at the White House on February 27, 2025, the day before the Oval Office meeting. Two days after it, on March 2, 2025, he hosted European leaders in London, where he proposed a "coalition of the willing" to back any ceasefire in Ukraine; he and Macron have co-chaired its meetings since.',
    related: ['emmanuel-macron', 'coalition-of-the-willing', 'security-guarantees', 'volodymyr-zelenskyy'],
    roles: [{ title: 'Prime Minister of the United Kingdom', from: '2024-07-05', source: 0 }],
    asOf: '2026-01-05',
    sources: [
      {
        url: 'https://en.prothomalo.com/international/europe/bgjpbkyhtm',
        publisher: 'Prothom Alo (AFP)',
        title: 'Keir Starmer officially appointed UK prime minister: Buckingham Palace',
        published: '2024-07-05',
      },
      {
        url: 'https://cbn.com/news/politics/trump-zelenskyy-signing-mineral-deal-trump-says-us-taxpayers-are-getting-their-money',
        publisher: 'CBN News',
        title: 'Trump, Zelenskyy Signing Mineral Deal as Trump Says US Taxpayers Are Getting Their Money Back',
        published: '2025-02-28',
      },
      {
        url: 'https://www.business-standard.com/amp/external-affairs-defence-security/news/europe-needs-a-coalition-of-the-willing-for-ukraine-uk-pm-keir-starmer-125030200689_1.html',
        publisher: 'Business Standard (Bloomberg)',
        title: "Europe needs a 'coalition of the willing' for Ukraine: UK PM Keir Starmer",
        published: '2025-03-02',
      },
      S.coalitionStatement,
      {
        url: 'https://www.thefuse.co.za/news/eqrwSjO',
        publisher: 'News24 (via The Fuse)',
        title: "Britain's Starmer says leadership change would 'not be in national interest'",
        published: '2026-01-05',
      },
    ],
  },
  {
    id: 'emmanuel-macron',
    kind: 'person',
    name: 'Emmanuel Macron',
    aliases: {
      en: [
        'Emmanuel Macron',
        'President Macron',
        { text: 'Macron', when: 'in-context', context: ['france', 'french', 'president', 'élysée', 'elysee'] },
      ],
      uk: ['Емманюель Макрон', { text: 'Макрон', stem: true }],
      ru: ['Эмманюэль Макрон', { text: 'Макрон', stem: true }],
      de: [
        'Emmanuel Macron',
        { text: 'Macron', when: 'in-context', context: ['frankreich', 'französische', 'präsident', 'élysée'] },
      ],
      fr: ['Emmanuel Macron', { text: 'Macron', when: 'in-context', context: ['président', 'élysée', 'france'] }],
      es: ['Emmanuel Macron', { text: 'Macron', when: 'in-context', context: ['francia', 'presidente', 'elíseo'] }],
    },
    notThis: ['Brigitte Macron'],
    summary:
      'President of France since May 14, 2017; co-chairs the "coalition of the willing" on Ukraine with Keir Starmer.',
    context:
      'After the London summit of March 2, 2025 he proposed a partial one-month truce in the air, at sea and on energy infrastructure, and he has co-chaired the coalition of the willing, which plans a reassurance force for Ukraine after any ceasefire.',
    related: [
      'keir-starmer',
      'coalition-of-the-willing',
      'security-guarantees',
      'european-union',
      'volodymyr-zelenskyy',
    ],
    wikidata: 'Q3052772',
    roles: [{ title: 'President of France', from: '2017-05-14', source: 0 }],
    asOf: '2025-08-18',
    sources: [
      {
        url: 'https://en.rfi.fr/france/20170514-macron-arrives-french-presidential-palace-investiture',
        publisher: 'RFI',
        title: 'Macron at French presidential palace for investiture',
        published: '2017-05-14',
      },
      {
        url: 'https://www.malaymail.com/news/world/2025/03/03/european-leaders-rally-behind-ukraine-truce-plan-vow-to-bolster-security/168492',
        publisher: 'Malay Mail (AFP)',
        title: 'European leaders rally behind Ukraine truce plan, vow to bolster security',
        published: '2025-03-03',
      },
      S.coalitionStatement,
    ],
  },
  {
    id: 'lindsey-graham',
    kind: 'person',
    name: 'Lindsey Graham',
    aliases: {
      en: [
        'Lindsey Graham',
        'Lindsey O. Graham',
        'Sen. Graham',
        'Senator Graham',
        { text: 'Graham', when: 'after-full-name' },
      ],
      uk: ['Ліндсі Грем', { text: 'Грем', stem: true, when: 'after-full-name' }],
      ru: ['Линдси Грэм', { text: 'Грэм', stem: true, when: 'after-full-name' }],
      de: ['Lindsey Graham', { text: 'Graham', when: 'after-full-name' }],
      fr: ['Lindsey Graham', { text: 'Graham', when: 'after-full-name' }],
      es: ['Lindsey Graham', { text: 'Graham', when: 'after-full-name' }],
    },
    summary:
      'Republican U.S. senator from South Carolina since 2003; said after the Oval Office meeting that Zelenskyy should resign or change.',
    context:
      'Graham, long a supporter of aid to Ukraine, was at the White House on February 28, 2025. Speaking to reporters there after the Oval Office meeting he called it a disaster and said Zelenskyy needed either to resign or to change; Zelenskyy replied that Ukraine’s president is chosen by Ukrainians.',
    related: ['donald-trump', 'volodymyr-zelenskyy', 'oval-office-meeting-2025'],
    roles: [
      {
        title: 'U.S. senator from South Carolina',
        organisation: 'United States Senate',
        from: '2003-01-03',
        source: 0,
      },
    ],
    asOf: '2025-03-03',
    sources: [
      {
        url: 'https://ktiv.com/2020/11/03/explainer-why-the-ap-called-s-carolina-for-lindsey-graham/',
        publisher: 'KTIV (AP)',
        title: 'Explainer: Why the AP called S. Carolina for Lindsey Graham',
        published: '2020-11-03',
      },
      S.grahamResign,
      {
        url: 'https://meduza.io/en/news/2025/03/03/the-president-of-ukraine-will-not-be-chosen-in-lindsey-graham-s-house-zelensky-responds-to-u-s-senator-s-call-for-him-to-resign-after-trump-meeting',
        publisher: 'Meduza',
        title:
          "'The president of Ukraine will not be chosen in Lindsey Graham's house': Zelensky responds to U.S. senator's call for him to resign after Trump meeting",
        published: '2025-03-03',
      },
    ],
  },
  {
    id: 'rajan-menon',
    kind: 'person',
    name: 'Rajan Menon',
    aliases: {
      en: ['Rajan Menon', { text: 'Menon', when: 'after-full-name' }],
      de: ['Rajan Menon', { text: 'Menon', when: 'after-full-name' }],
      fr: ['Rajan Menon', { text: 'Menon', when: 'after-full-name' }],
      es: ['Rajan Menon', { text: 'Menon', when: 'after-full-name' }],
    },
    summary:
      'U.S. international relations scholar; senior research scholar at Columbia University’s Saltzman Institute of War and Peace Studies.',
    context:
      'Menon, a scholar of Russia, Ukraine and U.S. foreign policy, is a senior research scholar at Columbia University’s Saltzman Institute. The Christian Science Monitor quoted him on February 28, 2025 on what Europe could do for Ukraine as the minerals deal was negotiated.',
    related: ['saltzman-institute'],
    roles: [
      {
        title: 'Senior research scholar',
        organisation: 'Saltzman Institute of War and Peace Studies, Columbia University',
        from: '2025-02-27',
        source: 0,
      },
    ],
    asOf: '2025-02-27',
    sources: [
      {
        url: 'https://www.dropsitenews.com/p/trump-and-the-future-of-the-ukraine',
        publisher: 'Drop Site News',
        title: 'Trump and the Future of the Ukraine-Russia War',
        published: '2025-02-27',
      },
    ],
  },
  {
    id: 'nedim-useinow',
    kind: 'person',
    name: 'Nedim Useinow',
    aliases: {
      en: ['Nedim Useinow', 'Useinow'],
      de: ['Nedim Useinow', 'Useinow'],
    },
    summary:
      'Program manager for the Ukraine Cities Partnership at the German Marshall Fund of the United States, as quoted in February 2025.',
    context:
      'The Ukraine Cities Partnership is a public–private initiative announced by the U.S. State Department and the German Marshall Fund in March 2024 to help Ukrainian cities plan their reconstruction; GMF acts as its secretariat. The Christian Science Monitor quoted Useinow on February 28, 2025 on how the minerals deal was received in Kyiv.',
    related: ['german-marshall-fund'],
    // The title: GMF's own page for the programme (it shows no date, so it is cited as retrieved). `from` is
    // the earliest date the title is documented: The Christian Science Monitor quoted him with it on
    // 2025-02-28 (the project's seed article, whose URL is not in the search corpus).
    roles: [
      {
        title: 'Program manager, Ukraine Cities Partnership',
        organisation: 'German Marshall Fund of the United States',
        from: '2025-02-28',
        source: 1,
      },
    ],
    asOf: '2025-02-28',
    sources: [
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/03/7/7445338/',
        publisher: 'Ukrainska Pravda',
        title: 'US State Department and Marshall Fund present joint initiative to rebuild Ukrainian cities',
        published: '2024-03-07',
      },
      {
        url: 'https://www.gmfus.org/taxonomy/term/89',
        publisher: 'German Marshall Fund of the United States',
        // (Its own title is not in the stored copy: described in brackets, as APA does for untitled pages.)
        title: '[Program page of the Ukraine Cities Partnership, with its team]',
        retrieved: '2026-11-27',
      },
    ],
  },
  {
    id: 'stefan-meister',
    kind: 'person',
    name: 'Stefan Meister',
    aliases: {
      en: ['Stefan Meister', { text: 'Meister', when: 'after-full-name' }],
      de: ['Stefan Meister', { text: 'Meister', when: 'after-full-name' }],
      fr: ['Stefan Meister', { text: 'Meister', when: 'after-full-name' }],
      es: ['Stefan Meister', { text: 'Meister', when: 'after-full-name' }],
    },
    summary:
      'German analyst of Russia and Eastern Europe; heads a DGAP centre on order and governance in Eastern Europe, Russia and Central Asia.',
    context:
      'Meister leads the Center for Order and Governance in Eastern Europe, Russia, and Central Asia at the German Council on Foreign Relations (DGAP) in Berlin. He earlier ran the DGAP’s Robert Bosch Center (2017–2019) and the Heinrich Böll Foundation’s South Caucasus office (2019–2021). The Christian Science Monitor quoted him on February 28, 2025 on U.S. policy toward Russia and Ukraine.',
    related: ['dgap'],
    roles: [
      {
        title: 'Head of the Center for Order and Governance in Eastern Europe, Russia, and Central Asia',
        organisation: 'German Council on Foreign Relations (DGAP)',
        from: '2023-01-01',
        source: 0,
      },
    ],
    asOf: '2023-01-01',
    sources: [
      {
        url: 'https://dgap.org/en/user/276',
        publisher: 'German Council on Foreign Relations (DGAP)',
        title: 'Dr. Stefan Meister',
        published: '2023-01-01',
      },
    ],
  },
  {
    id: 'andrii-sybiha',
    kind: 'person',
    name: 'Andrii Sybiha',
    aliases: {
      en: ['Andrii Sybiha', 'Andriy Sybiha', 'Andrii Sybiga', 'Andriy Sybiga', 'Sybiha', 'Sybiga'],
      uk: ['Андрій Сибіга', { text: 'Сибіг', stem: true }],
      ru: ['Андрей Сибига', { text: 'Сибиг', stem: true }],
      de: ['Andrij Sybiha', 'Sybiha'],
      fr: ['Andriï Sybiha', 'Sybiha'],
      es: ['Andrí Sibiga', 'Andrii Sybiha', 'Sybiha', 'Sibiga'],
    },
    summary: 'Ukraine’s foreign minister since September 5, 2024; took part in the 2025 talks with the United States.',
    context:
      'A career diplomat and former ambassador to Turkey, Sybiha was deputy head of the Presidential Office before parliament made him foreign minister on September 5, 2024, replacing Dmytro Kuleba. He kept the post in the July 2025 reshuffle and announced the rotation of Ukraine’s ambassador in Washington.',
    related: ['volodymyr-zelenskyy', 'jeddah-talks-2025', 'oksana-markarova'],
    roles: [{ title: 'Minister of Foreign Affairs of Ukraine', from: '2024-09-05', source: 0 }],
    asOf: '2026-01-15',
    sources: [
      {
        url: 'https://kyivindependent.com/parliament-approves-sybiha-as-new-foreign-minister/',
        publisher: 'The Kyiv Independent',
        title: "Ukraine's parliament approves Sybiha as Kuleba's successor",
        published: '2024-09-05',
      },
      {
        url: 'https://epravda.com.ua/energetika/ukrajina-sklikaye-energetichniy-ramshtayn-dlya-pidtrimki-energosektoru-816646/',
        publisher: 'Ekonomichna Pravda',
        title: 'Україна скликає «Енергетичний Рамштайн» для підтримки енергосектору',
        published: '2026-01-15',
      },
    ],
  },
  {
    id: 'olha-stefanishyna',
    kind: 'person',
    name: 'Olha Stefanishyna',
    aliases: {
      en: ['Olha Stefanishyna', 'Olga Stefanishyna', 'Stefanishyna'],
      uk: ['Ольга Стефанішина', { text: 'Стефанішин', stem: true }],
      ru: ['Ольга Стефанишина', { text: 'Стефанишин', stem: true }],
      de: ['Olha Stefanyschyna', 'Stefanyschyna'],
      fr: ['Olha Stefanichyna', 'Olha Stefanishyna', 'Stefanishyna'],
      es: ['Olha Stefanishyna', 'Olga Stefanishina', 'Stefanishyna'],
    },
    summary:
      'Former Ukrainian deputy prime minister for European integration who helped negotiate the minerals deal; ambassador to the U.S. since August 27, 2025.',
    context:
      'Stefanishyna served as deputy prime minister for European and Euro-Atlantic integration from 2020 and briefly as justice minister, and took part in negotiating the minerals agreement. She was named special envoy to the United States on July 17, 2025 and appointed ambassador in Washington on August 27, 2025, succeeding Oksana Markarova.',
    related: ['oksana-markarova', 'us-ukraine-minerals-agreement', 'volodymyr-zelenskyy'],
    roles: [
      { title: 'Ukraine’s special envoy to the United States', from: '2025-07-17', to: '2025-08-27', source: 0 },
      { title: 'Ambassador of Ukraine to the United States', from: '2025-08-27', source: 0 },
    ],
    asOf: '2025-08-27',
    sources: [S.newUsEnvoy],
  },
];
