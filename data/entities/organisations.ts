import type { OrganisationInput } from '../schema';

export const organisations: OrganisationInput[] = [
  {
    id: 'nato',
    kind: 'organisation',
    name: 'NATO',
    aliases: {
      en: [
        'NATO',
        'Nato',
        'North Atlantic Treaty Organization',
        'North Atlantic Treaty Organisation',
        'north atlantic alliance',
      ],
      uk: ['НАТО', 'Північноатлантичний альянс', 'Північноатлантичного альянсу', 'Північноатлантичному альянсі'],
      ru: ['НАТО', 'Североатлантический альянс', 'Североатлантического альянса', 'Североатлантическом альянсе'],
      de: ['NATO', 'Nato', 'Nordatlantikpakt'],
      fr: ['OTAN', 'Otan', "Organisation du traité de l'Atlantique nord"],
      es: ['OTAN', 'Otan', 'Organización del Tratado del Atlántico Norte'],
    },
    summary: 'The North Atlantic Treaty Organization, the Western military alliance that Ukraine seeks to join.',
    context:
      'An unconditional invitation to join NATO was one of the five points of the "victory plan" Zelenskyy presented to parliament in October 2024. On February 12, 2025, U.S. Defense Secretary Pete Hegseth told allies at NATO headquarters in Brussels that Washington did not see NATO membership for Ukraine as a realistic outcome of a negotiated settlement, and that no U.S. troops would be deployed to Ukraine as part of any security guarantee.',
    related: ['security-guarantees', 'pete-hegseth', 'volodymyr-zelenskyy', 'coalition-of-the-willing'],
    wikidata: 'Q7184',
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://voz.us/en/world/250212/21006/secretary-hegseth-declares-before-nato-that-it-is-not-realistic-to-return-ukraine-to-its-pre-war-borders.html',
        publisher: 'Voz',
        title: 'Secretary Hegseth declares before NATO that it is not realistic to return Ukraine to pre-war borders',
        published: '2025-02-12',
      },
      {
        url: 'https://montrealstandard.com/volodymyr-zelenskyy-presents-victory-plan-to-ukraines-parliament',
        publisher: 'Montreal Standard',
        title: "Volodymyr Zelenskyy presents 'victory plan' to Ukraine's parliament",
        published: '2024-10-16',
      },
    ],
  },
  {
    id: 'european-union',
    kind: 'organisation',
    name: 'European Union',
    aliases: {
      en: ['European Union', 'EU', 'E.U.'],
      uk: [
        'ЄС',
        'європейський союз',
        'європейського союзу',
        'європейському союзі',
        'європейським союзом',
        { text: 'Євросоюз', stem: true },
      ],
      ru: [
        'ЕС',
        'европейский союз',
        'европейского союза',
        'европейском союзе',
        'европейскому союзу',
        'европейским союзом',
        { text: 'Евросоюз', stem: true },
      ],
      de: ['Europäische Union', 'Europäischen Union', 'EU'],
      fr: ['union européenne', "l'UE", 'UE'],
      es: ['unión europea', 'UE'],
    },
    summary: 'Union of 27 European states; Ukraine has been a candidate for EU membership since June 23, 2022.',
    context:
      "EU leaders granted Ukraine candidate status on June 23, 2022, with all 27 member states in favour. In the minerals story the EU comes up because Kyiv insisted the deal with Washington must not block its accession: the memorandum of intent signed on April 17, 2025 acknowledges that any U.S. investment agreement must be consistent with Ukraine's EU aspirations.",
    related: ['coalition-of-the-willing', 'us-ukraine-minerals-agreement', 'kiel-institute'],
    wikidata: 'Q458',
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://censor.net/en/news/3349800/ukraine_has_obtained_candidate_status_for_eu_membership',
        publisher: 'Censor.NET',
        title: 'Ukraine has obtained candidate status for EU membership',
        published: '2022-06-23',
      },
      {
        url: 'https://babel.ua/en/news/80306-bloomberg-all-27-eu-countries-support-candidate-status-for-ukraine',
        publisher: 'Babel',
        title: 'Bloomberg: all 27 EU countries support candidate status for Ukraine',
        published: '2022-06-21',
      },
      {
        url: 'https://www.lvivherald.com/post/u-s-and-ukraine-sign-sparse-minerals-memorandum-amidst-diplomatic-tensions',
        publisher: 'Lviv Herald',
        title: 'United States and Ukraine Sign Sparse Minerals Memorandum Amidst Diplomatic Tensions',
        published: '2025-04-18',
      },
    ],
  },
  {
    id: 'kiel-institute',
    kind: 'organisation',
    name: 'Kiel Institute for the World Economy',
    aliases: {
      en: ['Kiel Institute for the World Economy', 'Kiel Institute', 'IfW Kiel'],
      uk: [
        'Кільський інститут світової економіки',
        'Кільського інституту світової економіки',
        'Кільський інститут',
        'Кільського інституту',
      ],
      ru: [
        'Кильский институт мировой экономики',
        'Кильского института мировой экономики',
        'Кильский институт',
        'Кильского института',
      ],
      de: [
        'Institut für Weltwirtschaft',
        'Kiel Institut für Weltwirtschaft',
        'IfW Kiel',
        'Kieler Institut für Weltwirtschaft',
      ],
      fr: ["institut de kiel pour l'économie mondiale", 'institut de kiel', 'Kiel Institute'],
      es: ['instituto de kiel para la economía mundial', 'instituto de kiel', 'Kiel Institute'],
    },
    summary:
      'German economic research institute whose Ukraine Support Tracker counts the aid donor governments give Ukraine.',
    context:
      "The Kiel Institute publishes the Ukraine Support Tracker, which records military, financial and humanitarian aid allocated to Ukraine by donor governments since Russia's full-scale invasion and compares donors with one another; Christoph Trebesch heads the project. Its data are used to compare how much the United States and European governments have given Ukraine.",
    related: ['kiel-us-aid-estimate', 'trump-350-billion-claim', 'european-union'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://censor.net/en/news/3486309/european_aid_to_ukraine_has_equaled_us_aid_survey_infographics',
        publisher: 'Censor.NET',
        title: 'European aid to Ukraine has equaled US aid – survey',
        published: '2024-04-25',
      },
    ],
  },
  {
    id: 'german-marshall-fund',
    kind: 'organisation',
    name: 'German Marshall Fund of the United States',
    aliases: {
      en: [
        'German Marshall Fund of the United States',
        'German Marshall Fund',
        { text: 'GMF', when: 'in-context', context: ['marshall fund', 'think tank', 'transatlantic'] },
      ],
      uk: ['Німецький фонд Маршалла', 'Німецького фонду Маршалла', 'German Marshall Fund'],
      ru: ['Германский фонд Маршалла', 'Германского фонда Маршалла', 'German Marshall Fund'],
      de: ['German Marshall Fund'],
      fr: ['German Marshall Fund'],
      es: ['German Marshall Fund'],
    },
    summary:
      'Nonpartisan U.S. think tank on transatlantic relations, founded in 1972 with a West German gift marking 25 years of the Marshall Plan.',
    context:
      'Headquartered in Washington, D.C., with offices in Berlin, Brussels, Paris, Warsaw and other European cities, GMF researches transatlantic and global issues, convenes policy and business leaders at events such as the Brussels Forum, and runs exchange programmes for emerging leaders. Its work covers policy, leadership and civil society.',
    related: ['nato', 'european-union'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/German_Marshall_Fund',
        publisher: 'Wikipedia',
        title: 'German Marshall Fund',
        published: '2026-11-27',
      },
    ],
  },
  {
    id: 'dgap',
    kind: 'organisation',
    name: 'German Council on Foreign Relations (DGAP)',
    aliases: {
      en: ['German Council on Foreign Relations', 'DGAP', 'Deutsche Gesellschaft für Auswärtige Politik'],
      uk: ['DGAP', 'Німецька рада з міжнародних відносин', 'Німецької ради з міжнародних відносин'],
      ru: ['DGAP', 'Германский совет по внешней политике', 'Германского совета по внешней политике'],
      de: ['Deutsche Gesellschaft für Auswärtige Politik', 'Deutschen Gesellschaft für Auswärtige Politik', 'DGAP'],
      fr: ['DGAP', 'Conseil allemand des relations étrangères'],
      es: ['DGAP', 'Consejo Alemán de Relaciones Exteriores'],
    },
    summary:
      'Berlin-based foreign policy think tank, the Deutsche Gesellschaft für Auswärtige Politik, known in English as the German Council on Foreign Relations.',
    context:
      "DGAP publishes analysis on German and European foreign and security policy. Its Eastern Europe and Russia specialists, among them Stefan Meister, have long commented in international media on Russian politics and on Russia's conflict with Ukraine.",
    related: ['stefan-meister', 'european-union'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://dgap.org/en/archive/dgap-in-the-media',
        publisher: 'DGAP',
        title: 'DGAP in the media archive',
        published: '2026-11-27',
      },
    ],
  },
  {
    id: 'saltzman-institute',
    kind: 'organisation',
    name: 'Saltzman Institute of War and Peace Studies',
    aliases: {
      en: [
        'Saltzman Institute of War and Peace Studies',
        'Saltzman Institute for War and Peace Studies',
        'Saltzman Institute',
      ],
      uk: ['Saltzman Institute', 'Інститут Зальцмана', 'Інституту Зальцмана'],
      ru: ['Saltzman Institute', 'Институт Зальцмана', 'Института Зальцмана'],
      de: ['Saltzman Institute', 'Saltzman-Institut'],
      fr: ['Saltzman Institute', 'Institut Saltzman'],
      es: ['Saltzman Institute', 'Instituto Saltzman'],
    },
    summary: 'Columbia University institute for the study of war, peace and international security, in New York.',
    context:
      'The institute brings together Columbia scholars of international security. Political scientist Rajan Menon, who writes on Russia and Ukraine and co-wrote a book on the conflict in Ukraine, is a senior research scholar there; Barnard College professor Kimberly Marten is among its faculty members.',
    related: ['rajan-menon'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://carnegieendowment.org/people/rajan-menon?center=russia-eurasia',
        publisher: 'Carnegie Endowment for International Peace',
        title: 'Rajan Menon',
        published: '2026-11-27',
      },
      {
        url: 'https://kimberlymarten.com/background',
        publisher: 'Kimberly Marten',
        title: 'Background',
        published: '2026-11-27',
      },
    ],
  },
  {
    id: 'kyiv-independent',
    kind: 'organisation',
    name: 'The Kyiv Independent',
    aliases: {
      en: ['Kyiv Independent', 'The Kyiv Independent'],
      uk: ['Kyiv Independent', 'Київ Індепендент'],
      ru: ['Kyiv Independent', 'Киев Индепендент'],
      de: ['Kyiv Independent'],
      fr: ['Kyiv Independent'],
      es: ['Kyiv Independent'],
    },
    summary:
      'English-language Ukrainian online news outlet launched in November 2021 by journalists formerly at the Kyiv Post.',
    context:
      "About 30 former Kyiv Post staff founded the outlet after the Post's owner shut the paper on November 8, 2021 and dismissed the newsroom in what the journalists called a dispute over editorial independence; Olga Rudenko became editor-in-chief. It published the full text of the April 2025 minerals agreement as released by Ukraine's cabinet and has reported on the joint fund since.",
    related: ['us-ukraine-minerals-agreement', 'reconstruction-investment-fund'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://kyivindependent.com/about',
        publisher: 'The Kyiv Independent',
        title: 'About us',
        published: '2022-06-24',
      },
      {
        url: 'https://globalvoices.org/2021/11/30/with-ukraines-kyiv-post-shut-down-journalists-launch-new-independent-media-outlet/',
        publisher: 'Global Voices',
        title: "With Ukraine's Kyiv Post shut down, journalists launch new independent media outlet",
        published: '2021-11-30',
      },
      {
        url: 'https://kyivindependent.com/the-full-text-of-the-us-ukraine-minerals-agreement',
        publisher: 'The Kyiv Independent',
        title: 'The full text of the US-Ukraine minerals agreement',
        published: '2025-05-01',
      },
    ],
  },
  {
    id: 'new-york-times',
    kind: 'organisation',
    name: 'The New York Times',
    aliases: {
      en: ['The New York Times', 'New York Times', 'NYT', 'N.Y. Times', { text: 'the Times', when: 'after-full-name' }],
      uk: ['Нью-Йорк Таймс', 'The New York Times', 'New York Times'],
      ru: ['Нью-Йорк таймс', 'Нью-Йорк Таймс', 'The New York Times', 'New York Times'],
      de: ['New York Times', 'NYT'],
      fr: ['New York Times', 'NYT'],
      es: ['New York Times', 'NYT'],
    },
    summary: 'U.S. daily newspaper whose reporting on the 2025 minerals negotiations other outlets cited.',
    context:
      'In February 2025, after Zelenskyy declined to sign the first U.S. draft, the Times reported that Washington had presented tougher terms, claiming all revenue from Ukrainian natural resources such as minerals, oil and gas, and from ports and other infrastructure. Ukrainian outlets relayed the report.',
    related: ['us-ukraine-minerals-agreement', 'trump-500-billion-demand'],
    wikidata: 'Q9684',
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://babel.ua/en/news/115661-bloomberg-ukraine-has-refused-to-create-a-500-billion-fund-for-minerals',
        publisher: 'Babel',
        title: 'Bloomberg: Ukraine has refused to create a $500 billion fund for minerals',
        published: '2025-02-23',
      },
    ],
  },
  {
    id: 'verkhovna-rada',
    kind: 'organisation',
    name: 'Verkhovna Rada',
    aliases: {
      en: [
        'Verkhovna Rada',
        "ukraine's parliament",
        'ukrainian parliament',
        { text: 'Rada', when: 'in-context', context: ['parliament', 'lawmaker', 'verkhovna', 'ratif', 'mps'] },
      ],
      uk: [
        'Верховна Рада',
        'Верховної Ради',
        'Верховній Раді',
        'Верховну Раду',
        'Верховною Радою',
        { text: 'Рада', when: 'after-full-name' },
        { text: 'Ради', when: 'after-full-name' },
      ],
      ru: [
        'Верховная Рада',
        'Верховной Рады',
        'Верховной Раде',
        'Верховную Раду',
        'Верховной Радой',
        { text: 'Рада', when: 'after-full-name' },
        { text: 'Рады', when: 'after-full-name' },
      ],
      de: ['Werchowna Rada', 'ukrainische Parlament', 'ukrainischen Parlament', 'ukrainisches Parlament'],
      fr: ['Verkhovna Rada', 'Rada suprême', 'parlement ukrainien'],
      es: ['Rada Suprema', 'Verjovna Rada', 'Verkhovna Rada', 'parlamento ucraniano'],
    },
    summary:
      "Ukraine's national parliament, which ratified the minerals agreement with the United States on May 8, 2025.",
    context:
      'The Rada voted by 338 votes, with none against, to ratify the U.S.–Ukraine minerals agreement on May 8, 2025, after its foreign policy committee backed it; Zelenskyy signed the ratification law on May 12. Zelenskyy presented his October 2024 "victory plan" in a speech to the Rada. Because martial law has been in force since the 2022 invasion, the constitution does not allow elections to be held.',
    related: ['us-ukraine-minerals-agreement', 'ukraine-martial-law', 'volodymyr-zelenskyy', 'denys-shmyhal'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/05/8/7511255/',
        publisher: 'Ukrainska Pravda',
        title: 'Ukrainian Parliament votes for ratification of minerals deal with US',
        published: '2025-05-08',
      },
      {
        url: 'https://menafn.com/1109640170/Ukraine-US-In-Talks-On-Launching-Reconstruction-Investment-Fund-Before-Year-End',
        publisher: 'MENAFN (Ukrinform)',
        title: 'Ukraine, U.S. In Talks On Launching Reconstruction Investment Fund Before Year-End',
        published: '2025-06-05',
      },
      {
        url: 'https://kyivindependent.com/trump-calls-zelensky-dictator-warns-of-ukraines-demise-without-elections/',
        publisher: 'The Kyiv Independent',
        title: "Trump calls Zelensky 'dictator,' warns of Ukraine's demise without elections",
        published: '2025-02-19',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/06/5/7515709/',
        publisher: 'Ukrainska Pravda',
        title: 'Ukraine and US decide how to launch reconstruction fund envisaged by mineral deal this year',
        published: '2025-06-05',
      },
    ],
  },
  {
    id: 'us-dfc',
    kind: 'organisation',
    name: 'U.S. International Development Finance Corporation',
    aliases: {
      en: [
        'U.S. International Development Finance Corporation',
        'US International Development Finance Corporation',
        'International Development Finance Corporation',
        'Development Finance Corporation',
        {
          text: 'DFC',
          when: 'in-context',
          context: ['development finance', 'ukrain', 'investment fund', 'reconstruction'],
        },
      ],
      uk: [
        'Міжнародна фінансова корпорація розвитку',
        'Міжнародної фінансової корпорації розвитку',
        'Корпорація міжнародного фінансування розвитку',
        { text: 'DFC', when: 'in-context', context: ['фонд', 'корпорац'] },
      ],
      ru: [
        'Международная финансовая корпорация развития',
        'Международной финансовой корпорации развития',
        'Корпорация по финансированию международного развития',
        { text: 'DFC', when: 'in-context', context: ['фонд', 'корпорац'] },
      ],
      de: [
        'Development Finance Corporation',
        { text: 'DFC', when: 'in-context', context: ['ukraine', 'fonds', 'entwicklungsfinanz'] },
      ],
      fr: [
        'Development Finance Corporation',
        { text: 'DFC', when: 'in-context', context: ['ukraine', 'fonds', 'développement'] },
      ],
      es: [
        'Development Finance Corporation',
        { text: 'DFC', when: 'in-context', context: ['ucrania', 'fondo', 'desarrollo'] },
      ],
    },
    summary:
      'U.S. government development finance agency that acts for the United States in the joint U.S.–Ukraine Reconstruction Investment Fund.',
    context:
      "Created by the BUILD Act, signed into law on October 5, 2018, the DFC absorbed the Overseas Private Investment Corporation and some USAID finance units. It is the U.S. partner in the fund set up under the 2025 minerals agreement, alongside Ukraine's Public-Private Partnership Agency; Ukraine signed two commercial agreements with it on May 13, 2025. In September 2025 it committed $75 million to the fund, which Ukraine said it would match. It is also a part-owner of TechMet, whose venture won the Dobra lithium tender in January 2026.",
    related: ['reconstruction-investment-fund', 'us-ukraine-minerals-agreement', 'us-treasury', 'lithium'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://www.everycrsreport.com/reports/R45461.html',
        publisher: 'Congressional Research Service (via EveryCRSReport)',
        title: 'BUILD Act: Frequently Asked Questions About the New U.S. International Development Finance Corporation',
        published: '2019-01-15',
      },
      {
        url: 'https://kyivindependent.com/kyiv-names-directors-for-pivotal-u-s-ukraine-investment-fund',
        publisher: 'The Kyiv Independent',
        title: 'Kyiv names managers for U.S.-Ukraine investment fund ahead of first meeting',
        published: '2025-09-01',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2025/06/5/7515709/',
        publisher: 'Ukrainska Pravda',
        title: 'Ukraine and US decide how to launch reconstruction fund envisaged by mineral deal this year',
        published: '2025-06-05',
      },
      {
        url: 'https://energynews.oedigital.com/mineral-resources/2025/09/17/ukraine-and-us-launch-fund-for-critical-mineral-projects-with-150-million-investment',
        publisher: 'Energy News (Reuters)',
        title: 'Ukraine and US Launch Fund for Critical Mineral Projects with $150 Million Investment',
        published: '2025-09-17',
      },
      {
        url: 'https://www.spglobal.com/energy/en/news-research/latest-news/metals/011226-techmet-rock-holdings-jv-wins-rights-for-dobra-lithium-deposit-in-ukraine',
        publisher: 'S&P Global Commodity Insights',
        title: 'TechMet, Rock Holdings JV wins rights for Dobra lithium deposit in Ukraine',
        published: '2026-01-12',
      },
    ],
  },
  {
    id: 'us-treasury',
    kind: 'organisation',
    name: 'U.S. Department of the Treasury',
    aliases: {
      en: [
        'U.S. Department of the Treasury',
        'Department of the Treasury',
        'Treasury Department',
        'U.S. Treasury',
        'US Treasury',
        { text: 'Treasury', when: 'in-context', context: ['bessent', 'treasury secretary', 'minerals'] },
      ],
      uk: ['Міністерство фінансів США', 'Міністерства фінансів США', 'Мінфін США', 'Мінфіну США'],
      ru: ['Министерство финансов США', 'Министерства финансов США', 'Минфин США', 'Минфина США'],
      de: ['US-Finanzministerium', 'US-Finanzministeriums', 'amerikanische Finanzministerium'],
      fr: ['Trésor américain', 'département du Trésor'],
      es: ['Departamento del Tesoro', 'Tesoro estadounidense'],
    },
    summary:
      'The U.S. finance ministry, which led the minerals negotiations; Treasury Secretary Scott Bessent signed the agreement on April 30, 2025.',
    context:
      'Treasury Secretary Scott Bessent brought the first U.S. draft of a minerals deal to Kyiv on February 12, 2025; Zelenskyy declined to let his ministers sign it, saying it lacked security guarantees. After further talks, Bessent and Yulia Svyrydenko signed a memorandum of intent on April 17 and the final agreement in Washington on April 30, 2025.',
    related: ['scott-bessent', 'us-ukraine-minerals-agreement', 'us-dfc', 'reconstruction-investment-fund'],
    asOf: '2026-11-27',
    sources: [
      {
        url: 'https://kyivindependent.com/us-treasury-secretary-meets-zelensky-passes-draft-agreement-on-critical-minerals/',
        publisher: 'The Kyiv Independent',
        title: 'US Treasury Secretary meets Zelensky, passes along draft agreement on critical minerals',
        published: '2025-02-12',
      },
      {
        url: 'https://www.foxnews.com/media/treasury-secretary-says-return-on-investment-us-spends-billions-help-ukraine',
        publisher: 'Fox News',
        title: 'Treasury secretary says there will be return on investment as US spends billions to help aid Ukraine',
        published: '2025-02-18',
      },
      {
        url: 'https://menafn.com/1109447272/Ukraine-US-Ink-Memorandum-on-Minerals-Agreement',
        publisher: 'MENAFN',
        title: 'Ukraine, U.S. Ink Memorandum on Minerals Agreement',
        published: '2025-04-18',
      },
      {
        url: 'https://kyivindependent.com/the-full-text-of-the-us-ukraine-minerals-agreement',
        publisher: 'The Kyiv Independent',
        title: 'The full text of the US-Ukraine minerals agreement',
        published: '2025-05-01',
      },
    ],
  },
];
