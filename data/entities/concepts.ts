import type { ConceptInput } from '../schema';

/** Sources used by more than one entry. */
const BABEL_SIGNED_TEXT = {
  url: 'https://babel.ua/en/news/117612-the-cabinet-of-ministers-has-published-the-full-text-of-the-agreement-with-the-us-on-subsoil-what-is-in-the-document',
  publisher: 'Babel',
  title:
    'The Cabinet of Ministers has published the full text of the agreement with the US on subsoil: what is in the document',
  published: '2025-05-01',
};
const SP_GLOBAL_FACTBOX = {
  url: 'https://spglobal.com/commodity-insights/en/news-research/latest-news/metals/050125-factbox-us-ukraine-forge-economic-partnership-focused-on-critical-minerals',
  publisher: 'S&P Global Commodity Insights',
  title: 'Factbox: US, Ukraine forge economic partnership focused on critical minerals',
  published: '2025-05-01',
};
const NPR_FIVE_MINERALS = {
  url: 'https://www.delawarepublic.org/npr-headlines/2025-02-26/5-minerals-in-ukraine-that-may-be-part-of-a-deal-with-the-u-s',
  publisher: 'NPR',
  via: 'Delaware Public Media',
  title: '5 minerals in Ukraine that may be part of a deal with the U.S.',
  published: '2025-02-26',
};
const PARIS_DECLARATION = {
  url: 'https://www.president.gov.ua/en/news/parizka-deklaraciya-nadijni-garantiyi-bezpeki-dlya-micnogo-j-102313',
  publisher: 'President of Ukraine (official website)',
  title: 'Paris Declaration: Robust Security Guarantees for a Solid and Lasting Peace in Ukraine',
  published: '2026-01-06',
};
const EP_PARIS_US = {
  url: 'https://www.eurointegration.com.ua/eng/news/2026/01/7/7228560',
  publisher: 'European Pravda',
  title: 'US commitment to aid Kyiv against renewed Russian aggression removed from Paris Declaration on Ukraine',
  published: '2026-01-07',
};
const ALJAZEERA_COALITION = {
  url: 'https://www.aljazeera.com/news/2025/3/3/russia-ukraine-war-whats-a-coalition-of-the-willing-europes-new-plan',
  publisher: 'Al Jazeera',
  title: "Russia-Ukraine war: What's a 'coalition of the willing', Europe's new plan?",
  published: '2025-03-03',
};
const KYIV_INDEPENDENT_FUND_BOARD = {
  url: 'https://kyivindependent.com/kyiv-names-directors-for-pivotal-u-s-ukraine-investment-fund',
  publisher: 'The Kyiv Independent',
  title: 'Kyiv names managers for U.S.-Ukraine investment fund ahead of first meeting',
  published: '2025-09-01',
};

const UNN_FUND_PROJECTS = {
  url: 'https://unn.ua/en/news/ukraine-and-the-united-states-plan-to-launch-a-fund-under-the-minerals-agreement-by-the-end-of-the-year',
  publisher: 'UNN',
  title: 'Ukraine and the United States plan to launch a fund under the minerals agreement by the end of the year',
  published: '2025-06-05',
};
const KYIV_INDEPENDENT_SIGNED_TEXT = {
  url: 'https://kyivindependent.com/the-full-text-of-the-us-ukraine-minerals-agreement',
  publisher: 'The Kyiv Independent',
  title: 'The full text of the US-Ukraine minerals agreement',
  published: '2025-05-01',
};

const MINERAL_CONTEXT = ['minerals', 'mineral', 'mining', 'deposit', 'deposits', 'rare earths', 'ukraine'];

export const concepts: ConceptInput[] = [
  {
    id: 'reconstruction-investment-fund',
    kind: 'concept',
    name: 'United States–Ukraine Reconstruction Investment Fund',
    aliases: {
      en: [
        'United States-Ukraine Reconstruction Investment Fund',
        'U.S.-Ukraine Reconstruction Investment Fund',
        'US-Ukraine Reconstruction Investment Fund',
        'reconstruction investment fund',
        'USURIF',
        'joint investment fund',
        'joint reconstruction fund',
        { text: 'reconstruction fund', when: 'after-full-name' },
        { text: 'investment fund', when: 'after-full-name' },
        { text: 'the fund', when: 'after-full-name' },
      ],
      uk: [
        'Американсько-український інвестиційний фонд відбудови',
        'інвестиційний фонд відбудови',
        'інвестиційного фонду відбудови',
        'інвестиційному фонді відбудови',
        'фонд інвестицій у відбудову',
        { text: 'фонд відбудови', when: 'after-full-name' },
        { text: 'фонду відбудови', when: 'after-full-name' },
      ],
      ru: [
        'Американско-украинский инвестиционный фонд восстановления',
        'инвестиционный фонд восстановления',
        'инвестиционного фонда восстановления',
        'инвестиционном фонде восстановления',
        { text: 'фонд восстановления', when: 'after-full-name' },
        { text: 'фонда восстановления', when: 'after-full-name' },
      ],
      de: [
        'Wiederaufbau-Investitionsfonds',
        'Investitionsfonds für den Wiederaufbau',
        {
          text: 'Wiederaufbaufonds',
          when: 'in-context',
          context: ['rohstoffabkommen', 'rohstoffdeal', 'rohstoffe', 'bodenschätze', 'usa'],
        },
      ],
      fr: [
        "fonds d'investissement pour la reconstruction",
        { text: 'fonds de reconstruction', when: 'after-full-name' },
      ],
      es: ['fondo de inversión para la reconstrucción', { text: 'fondo de reconstrucción', when: 'after-full-name' }],
      it: [
        'fondo di investimento per la ricostruzione',
        'fondo congiunto di investimento',
        { text: 'fondo per la ricostruzione', when: 'after-full-name' },
      ],
      pl: [
        'fundusz inwestycyjny na rzecz odbudowy',
        'funduszu inwestycyjnego na rzecz odbudowy',
        'fundusz inwestycyjny odbudowy',
        'funduszu inwestycyjnego odbudowy',
        'wspólny fundusz inwestycyjny',
        'wspólnego funduszu inwestycyjnego',
        { text: 'fundusz odbudowy', when: 'after-full-name' },
        { text: 'funduszu odbudowy', when: 'after-full-name' },
      ],
      pt: [
        'fundo de investimento para a reconstrução',
        'fundo de investimento para reconstrução',
        'fundo conjunto de investimento',
        { text: 'fundo de reconstrução', when: 'after-full-name' },
      ],
      nl: [
        'investeringsfonds voor de wederopbouw',
        'gezamenlijk investeringsfonds',
        'gezamenlijke investeringsfonds',
        { text: 'wederopbouwfonds', when: 'after-full-name' },
      ],
      bg: [
        'инвестиционен фонд за възстановяване',
        'инвестиционния фонд за възстановяване',
        'инвестиционният фонд за възстановяване',
        'съвместен инвестиционен фонд',
        'съвместния инвестиционен фонд',
        { text: 'фонд за възстановяване', when: 'after-full-name' },
        { text: 'фонда за възстановяване', when: 'after-full-name' },
      ],
      tr: [
        { text: 'yeniden yapılanma yatırım fonu', stem: true },
        { text: 'yeniden imar yatırım fonu', stem: true },
        { text: 'ortak yatırım fonu', stem: true },
      ],
      ja: ['復興投資基金', '共同投資基金'],
      zh: ['重建投资基金', '重建投資基金', '联合投资基金', '聯合投資基金'],
      ko: ['재건투자기금', '재건 투자 기금', '재건 투자기금', '공동투자기금', '공동 투자 기금'],
      ar: [
        'صندوق الاستثمار لإعادة الإعمار',
        'صندوق الاستثمار في إعادة الإعمار',
        'صندوق استثمار إعادة الإعمار',
        'صندوق الاستثمار المشترك',
        'صندوق استثماري مشترك',
        { text: 'صندوق إعادة الإعمار', when: 'after-full-name' },
      ],
      hi: [
        'पुनर्निर्माण निवेश कोष',
        'पुनर्निर्माण निवेश फंड',
        'संयुक्त निवेश कोष',
        'संयुक्त निवेश फंड',
        { text: 'पुनर्निर्माण कोष', when: 'after-full-name' },
      ],
    },
    summary:
      'Joint U.S.–Ukrainian investment fund set up by the minerals agreement signed on April 30, 2025, run on a 50/50 basis.',
    context:
      "The fund is a partnership between the U.S. International Development Finance Corporation and Ukraine's agency for public-private partnerships. Ukraine pays in half of the revenue from new natural-resource licences; new U.S. military aid can count toward the U.S. share. Profits are to be reinvested in Ukraine. The Rada ratified the deal on May 8, 2025. Its board of three Ukrainian and three U.S. managers was due to meet first in September 2025, when the DFC committed $75 million in seed capital that Ukraine said it would match.",
    related: [
      'us-ukraine-minerals-agreement',
      'us-dfc',
      'scott-bessent',
      'yulia-svyrydenko',
      'verkhovna-rada',
      'fund-revenue-share',
      'fund-initial-us-contribution',
      'critical-minerals',
    ],
    uk: { name: 'Американсько-український інвестиційний фонд відбудови' },
    asOf: '2025-10-27',
    sources: [
      BABEL_SIGNED_TEXT,
      SP_GLOBAL_FACTBOX,
      {
        url: 'https://babel.ua/en/news/117599-the-government-has-made-the-decisions-necessary-to-sign-an-agreement-on-the-creation-of-a-reconstruction-fund-with-the-united-states',
        publisher: 'Babel',
        title:
          'The government has made the decisions necessary to sign an agreement on the creation of a reconstruction fund with the United States',
        published: '2025-04-30',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/06/5/7515709/',
        publisher: 'Ukrainska Pravda',
        title: 'Ukraine and US decide how to launch reconstruction fund envisaged by mineral deal this year',
        published: '2025-06-05',
      },
      KYIV_INDEPENDENT_FUND_BOARD,
      {
        url: 'https://charter97.org/ru/news/2025/9/17/656072/',
        publisher: 'Charter 97',
        title: 'США сделали первый взнос в фонд восстановления Украины',
        published: '2025-09-17',
      },
      {
        url: 'https://carnegieendowment.org/research/2025/10/the-us-ukraine-reconstruction-investment-fund-a-six-month-progress-assessment',
        publisher: 'Carnegie Endowment for International Peace',
        title: 'The U.S.-Ukraine Reconstruction Investment Fund: A Six-Month Progress Assessment',
        published: '2025-10-27',
      },
    ],
  },
  {
    id: 'ukraine-martial-law',
    kind: 'concept',
    name: 'Martial law in Ukraine',
    aliases: {
      en: ['martial law'],
      uk: ['воєнний стан', 'воєнного стану', 'воєнному стані', 'воєнним станом'],
      ru: ['военное положение', 'военного положения', 'военном положении', 'военным положением'],
      de: [{ text: 'Kriegsrecht', stem: true }],
      fr: ['loi martiale'],
      es: ['ley marcial'],
    },
    summary:
      'Legal regime in force in Ukraine since February 24, 2022, renewed by parliament in 90-day terms; national elections cannot be held while it lasts.',
    context:
      'Zelenskyy declared martial law on the day of the full-scale Russian invasion, and the Verkhovna Rada has approved each extension since. Because the law on martial law (not the constitution, which extends parliament’s term) rules out national elections while it lasts, the parliamentary vote due in October 2023 and the presidential vote due in spring 2024 were not held. Trump called Zelenskyy a "dictator without elections" in February 2025. The latest extension checked for this entry was approved in January 2026, for 90 days from February 3, 2026.',
    related: ['russian-invasion-2022', 'volodymyr-zelenskyy', 'verkhovna-rada', 'donald-trump'],
    uk: { name: 'Воєнний стан в Україні' },
    asOf: '2026-01-14',
    sources: [
      {
        url: 'https://en.interfax.com.ua/news/general/925655.html',
        publisher: 'Interfax-Ukraine',
        title: 'Stefanchuk: No constitutional ban on holding elections during martial law',
        published: '2023-07-28',
      },
      {
        url: 'https://www.devdiscourse.com/article/law-order/2539153-ukraine-extends-martial-law-ruling-out-october-parliament-vote',
        publisher: 'Reuters',
        via: 'Devdiscourse',
        title: 'Ukraine extends martial law, ruling out October parliament vote',
        published: '2023-07-27',
      },
      {
        url: 'https://babel.ua/en/news/100372-the-verkhovna-rada-extended-martial-law-and-general-mobilization-until-february-14-2024',
        publisher: 'Babel',
        title: 'The Verkhovna Rada extended martial law and general mobilization until February 14, 2024',
        published: '2023-11-08',
      },
      {
        url: 'https://newrepublic.com/post/191898/france-macron-fact-checks-trump-press-conference-ukraine',
        publisher: 'The New Republic',
        title: 'France’s Macron Fact-Checks Trump in Embarrassing Press Conference',
        published: '2025-02-24',
      },
      {
        url: 'https://en.interfax.com.ua/news/general/1136278.html',
        publisher: 'Interfax-Ukraine',
        title: 'Rada extends martial law, general mobilization',
        published: '2026-01-14',
      },
    ],
  },
  {
    id: 'security-guarantees',
    kind: 'concept',
    name: 'Security guarantees for Ukraine',
    aliases: {
      en: ['security guarantees', 'security guarantee'],
      uk: [
        'гарантії безпеки',
        'гарантій безпеки',
        'гарантіями безпеки',
        'гарантіях безпеки',
        'безпекові гарантії',
        'безпекових гарантій',
      ],
      ru: ['гарантии безопасности', 'гарантий безопасности', 'гарантиями безопасности', 'гарантиях безопасности'],
      de: [{ text: 'Sicherheitsgarantie', stem: true }],
      fr: ['garanties de sécurité', 'garantie de sécurité'],
      es: ['garantías de seguridad', 'garantía de seguridad'],
    },
    summary:
      'Binding commitments by other states to defend Ukraine or deter a new attack; Kyiv sought them in the minerals talks, but the signed deal contains none.',
    context:
      "Kyiv's demand is shaped by the 1994 Budapest Memorandum, under which it gave up nuclear weapons for assurances that did not stop Russian attacks. The February 2025 draft minerals deal only said the U.S. supported Ukraine's efforts to obtain them, without naming who would give them, and the April 30, 2025 text has no concrete guarantee either. On January 6, 2026 the coalition of the willing and Ukraine adopted the Paris Declaration, describing guarantees meant to take effect once a ceasefire holds; the U.S. took part in the talks but is not a formal party to it.",
    related: [
      'budapest-memorandum',
      'coalition-of-the-willing',
      'us-ukraine-minerals-agreement',
      'nato',
      'volodymyr-zelenskyy',
      'oval-office-meeting-2025',
    ],
    uk: { name: 'Гарантії безпеки для України' },
    asOf: '2026-01-07',
    sources: [
      NPR_FIVE_MINERALS,
      KYIV_INDEPENDENT_SIGNED_TEXT,
      PARIS_DECLARATION,
      EP_PARIS_US,
      {
        url: 'https://www.pressreader.com/canada/national-post-latest-edition/20140308/281840051598961',
        publisher: 'Bloomberg News',
        via: 'PressReader (National Post edition)',
        title: 'What you need to know',
        published: '2014-03-08',
      },
    ],
  },
  {
    id: 'coalition-of-the-willing',
    kind: 'concept',
    name: 'Coalition of the willing',
    aliases: {
      en: ['coalition of the willing'],
      uk: ['коаліція охочих', 'коаліції охочих', 'коаліцію охочих', 'коаліцією охочих'],
      ru: ['коалиция желающих', 'коалиции желающих', 'коалицию желающих', 'коалицией желающих'],
      de: ['Koalition der Willigen'],
      fr: ['coalition des volontaires'],
      es: ['coalición de los dispuestos', 'coalición de voluntarios'],
    },
    summary:
      'Group of mostly European countries, led by the UK and France, formed from March 2025 to back Ukraine and guarantee a future ceasefire.',
    context:
      'Starmer announced the idea after a London summit on March 2, 2025, two days after the Oval Office clash. Participants pledged to keep military aid flowing and to help defend any peace deal. On January 6, 2026 its members and Ukraine adopted the Paris Declaration (U.S. envoys attended, but the U.S. is not a formal party, and a reference to U.S. support was dropped from the final text), and the UK, France and Ukraine signed a separate declaration on a multinational force to deploy after a ceasefire. Such guarantees would take effect only once a ceasefire holds.',
    related: [
      'keir-starmer',
      'emmanuel-macron',
      'security-guarantees',
      'volodymyr-zelenskyy',
      'oval-office-meeting-2025',
      'european-union',
    ],
    uk: { name: 'Коаліція охочих' },
    asOf: '2026-01-07',
    sources: [
      ALJAZEERA_COALITION,
      {
        url: 'https://www.president.gov.ua/en/news/vazhlivo-sho-sogodni-ye-gruntovni-dokumenti-koaliciyi-ohochi-102317',
        publisher: 'President of Ukraine (official website)',
        title:
          'Importantly, the Coalition Now Has Substantive Documents in Place: A Joint Declaration by All Coalition Countries, and a Trilateral Declaration by France, the United Kingdom, and Ukraine – The President',
        published: '2026-01-06',
      },
      {
        url: 'https://www.business-standard.com/amp/external-affairs-defence-security/news/europe-needs-a-coalition-of-the-willing-for-ukraine-uk-pm-keir-starmer-125030200689_1.html',
        publisher: 'Bloomberg',
        via: 'Business Standard',
        title: "Europe needs a 'coalition of the willing' for Ukraine: UK PM Keir Starmer",
        published: '2025-03-02',
      },
      PARIS_DECLARATION,
      EP_PARIS_US,
    ],
  },
  {
    id: 'critical-minerals',
    kind: 'concept',
    name: 'Critical minerals',
    aliases: {
      en: ['critical minerals', 'critical mineral', 'critical raw materials'],
      uk: [
        'критичні мінерали',
        'критичних мінералів',
        'критично важливі мінерали',
        'критичної сировини',
        'критична сировина',
      ],
      ru: [
        'критические минералы',
        'критических минералов',
        'критически важные минералы',
        'критически важных минералов',
      ],
      de: ['kritische Rohstoffe', 'kritischen Rohstoffe', 'kritischer Rohstoffe', 'kritische Mineralien'],
      fr: ['minerais critiques', 'minéraux critiques', 'matières premières critiques'],
      es: ['minerales críticos', 'materias primas críticas'],
    },
    summary:
      'Raw materials that governments list as vital and hard to replace, such as lithium, graphite, titanium and rare earths; the core of the minerals deal.',
    context:
      "The U.S. and the EU each keep an official list of critical minerals. Ukraine is often said to hold about 5% of the world's critical raw materials, but estimates rest largely on old geological surveys, and some analysts say the extractable amount is likely much smaller. Much of the mineral wealth lies in the east and south, parts of it under Russian occupation. The April 2025 agreement covers new licences for such minerals as well as oil and gas.",
    related: [
      'rare-earth-elements',
      'lithium',
      'titanium',
      'graphite',
      'us-ukraine-minerals-agreement',
      'reconstruction-investment-fund',
    ],
    uk: { name: 'Критичні корисні копалини' },
    asOf: '2025-05-01',
    sources: [NPR_FIVE_MINERALS, SP_GLOBAL_FACTBOX],
  },
  {
    id: 'rare-earth-elements',
    kind: 'concept',
    name: 'Rare earth elements',
    aliases: {
      en: [
        'rare earth elements',
        'rare earth element',
        'rare earths',
        'rare earth',
        'rare-earth',
        'rare-earth metals',
        'rare earth metals',
      ],
      uk: [{ text: 'рідкісноземельн', stem: true }, 'рідкісні землі', 'рідкісних земель'],
      ru: [{ text: 'редкоземельн', stem: true }, 'редкие земли', 'редких земель'],
      de: ['Seltene Erden', 'Seltenen Erden', 'seltene Erden', 'seltenen Erden', { text: 'Seltenerd', stem: true }],
      fr: ['terres rares'],
      es: ['tierras raras'],
    },
    summary:
      'A group of 17 metals used in magnets, electronics and weapons; Trump asked for $500 billion worth of them from Ukraine in February 2025.',
    context:
      'Rare earths are used in catalysts, permanent magnets, batteries and military systems, and China dominates their mining and especially processing. Trump made them the headline of his push for a deal with Kyiv, but the signed agreement covers a wider range of minerals plus oil and gas. Ukraine reports rare-earth deposits, mostly undeveloped and partly in occupied areas; analysts have cautioned that the scale of what can actually be extracted is likely overstated.',
    related: ['critical-minerals', 'trump-500-billion-demand', 'us-ukraine-minerals-agreement', 'donald-trump'],
    uk: { name: 'Рідкісноземельні елементи' },
    asOf: '2025-05-01',
    sources: [SP_GLOBAL_FACTBOX, NPR_FIVE_MINERALS],
  },
  {
    id: 'lithium',
    kind: 'concept',
    name: 'Lithium',
    aliases: {
      en: ['lithium'],
      uk: [{ text: 'літі', stem: true }],
      ru: [
        {
          text: 'лити',
          stem: true,
          when: 'in-context',
          context: MINERAL_CONTEXT.concat(['минералы', 'месторождение', 'недра']),
        },
      ],
      de: ['Lithium'],
      fr: ['lithium'],
      es: ['litio'],
    },
    summary:
      'Light metal used in batteries; a Ukrainian lithium field, Dobra, became the first project tendered under the U.S.–Ukraine minerals partnership.',
    context:
      'Lithium is a key battery material counted among critical minerals. Ukraine has lithium deposits that are not yet developed. In August 2025 Kyiv opened a tender for the Dobra field in Kirovohrad region, the first pilot project linked to the U.S.–Ukraine fund; in January 2026 the government named a consortium of TechMet, which is backed by the U.S. government, and Rock Holdings as the winner, with at least $179 million of investment planned.',
    related: ['critical-minerals', 'reconstruction-investment-fund', 'us-ukraine-minerals-agreement'],
    wikidata: 'Q568',
    uk: { name: 'Літій' },
    asOf: '2026-01-12',
    sources: [
      SP_GLOBAL_FACTBOX,
      KYIV_INDEPENDENT_FUND_BOARD,
      {
        url: 'https://www.spglobal.com/energy/en/news-research/latest-news/metals/011226-techmet-rock-holdings-jv-wins-rights-for-dobra-lithium-deposit-in-ukraine',
        publisher: 'S&P Global Commodity Insights',
        title: 'TechMet, Rock Holdings JV wins rights for Dobra lithium deposit in Ukraine',
        published: '2026-01-12',
      },
    ],
  },
  {
    id: 'titanium',
    kind: 'concept',
    name: 'Titanium',
    aliases: {
      en: ['titanium'],
      uk: [
        {
          text: 'титан',
          stem: true,
          when: 'in-context',
          context: MINERAL_CONTEXT.concat(['надра', 'родовище', 'мінерали']),
        },
      ],
      ru: [
        {
          text: 'титан',
          stem: true,
          when: 'in-context',
          context: MINERAL_CONTEXT.concat(['недра', 'месторождение', 'минералы']),
        },
      ],
      de: [
        {
          text: 'Titan',
          when: 'in-context',
          context: ['rohstoffe', 'rohstoffabkommen', 'lithium', 'graphit', 'bodenschätze'],
        },
      ],
      fr: ['titane'],
      es: ['titanio'],
    },
    summary:
      "Strong, light metal used in aircraft and defence; Ukraine's titanium ores are among the resources targeted by the U.S.–Ukraine minerals partnership.",
    context:
      'Titanium is used in aircraft, defence equipment and industry and is counted among critical minerals. Ukraine has titanium ore deposits. In June 2025 Ukrainian officials said the first projects planned for the U.S.–Ukraine reconstruction investment fund focused on graphite, lithium and titanium.',
    related: ['critical-minerals', 'reconstruction-investment-fund', 'us-ukraine-minerals-agreement'],
    wikidata: 'Q716',
    uk: { name: 'Титан' },
    asOf: '2025-06-05',
    sources: [SP_GLOBAL_FACTBOX, UNN_FUND_PROJECTS],
  },
  {
    id: 'graphite',
    kind: 'concept',
    name: 'Graphite',
    aliases: {
      en: ['graphite'],
      uk: [{ text: 'графіт', stem: true }],
      ru: [{ text: 'графит', stem: true }],
      de: [
        { text: 'Graphit', stem: true },
        { text: 'Grafit', stem: true },
      ],
      fr: ['graphite'],
      es: ['grafito'],
    },
    summary:
      "Form of carbon used in batteries; Ukraine's graphite is one of the priorities named for the U.S.–Ukraine reconstruction investment fund.",
    context:
      'Graphite is counted among critical minerals because batteries need it, and China dominates the processing of it. Ukraine has graphite resources, and in June 2025 Ukrainian officials said the first projects planned for the U.S.–Ukraine reconstruction investment fund focused on graphite, lithium and titanium.',
    related: ['critical-minerals', 'reconstruction-investment-fund', 'us-ukraine-minerals-agreement'],
    uk: { name: 'Графіт' },
    asOf: '2025-06-05',
    sources: [SP_GLOBAL_FACTBOX, UNN_FUND_PROJECTS],
  },
];
