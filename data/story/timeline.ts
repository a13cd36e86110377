import type { TimelineEvent } from '../schema';

/** Dated events from the 1994 Budapest Memorandum to the fund's latest news, oldest first. */
export const timeline: TimelineEvent[] = [
  {
    date: '1994-12-05',
    title: 'Budapest Memorandum signed',
    detail:
      'As Ukraine joins the Nuclear Non-Proliferation Treaty as a non-nuclear state, Russia, the UK and the U.S. sign a memorandum in Budapest reaffirming their commitments to respect its independence and borders and not to threaten or use force against it. These are assurances, not a defence guarantee.',
    entities: ['budapest-memorandum', 'ukraine-nuclear-arsenal-1994', 'security-guarantees'],
    named: ['budapest-memorandum'],
    uk: {
      title: 'Підписано Будапештський меморандум',
      detail:
        'Коли Україна приєднується до Договору про нерозповсюдження ядерної зброї як неядерна держава, Росія, Велика Британія і США підписують у Будапешті меморандум, у якому підтверджують зобов’язання поважати її незалежність і кордони, не загрожувати їй силою і не застосовувати силу проти неї. Це запевнення, а не гарантія оборони.',
    },
    source: {
      url: 'https://nsarchive.gwu.edu/media/32106/ocr',
      publisher: 'United Nations Treaty Series',
      via: 'National Security Archive',
      title:
        "Memorandum on security assurances in connection with Ukraine's accession to the Treaty on the Non-Proliferation of Nuclear Weapons (UNTS vol. 3007, No. 52241)",
      published: '2014-10-02',
    },
  },
  {
    date: '1996-06-01',
    title: 'Ukraine hands over its last nuclear warheads',
    detail:
      "President Leonid Kuchma announces that the transfer of Ukraine's strategic nuclear warheads to Russia is complete, under the January 1994 Trilateral Statement with the U.S. and Russia, which promised Ukraine compensation and economic help.",
    entities: ['ukraine-nuclear-arsenal-1994', 'budapest-memorandum'],
    source: {
      url: 'https://www.latimes.com/archives/la-xpm-1996-06-02-mn-11113-story.html',
      publisher: 'Reuters',
      via: 'Los Angeles Times',
      title: 'Ukraine Transfers Its Last Nuclear Warhead to Russia',
      published: '1996-06-02',
    },
  },
  {
    date: '2014-03-18',
    title: 'Russia annexes Crimea',
    detail:
      'Two days after a referendum the U.S. and the EU call illegal, Vladimir Putin and Crimean leaders sign treaties in the Kremlin making Crimea and Sevastopol part of Russia.',
    entities: ['crimea-annexation-2014', 'crimea', 'vladimir-putin', 'budapest-memorandum'],
    named: ['crimea-annexation-2014'],
    source: {
      url: 'https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html',
      publisher: 'Radio Free Europe/Radio Liberty',
      title: "Russia's Putin, Crimean Leaders Sign Annexation Treaty",
      published: '2014-03-18',
    },
  },
  {
    date: '2019-07-25',
    title: 'Trump–Zelenskyy phone call that led to impeachment',
    detail:
      "Trump asks Ukraine's newly elected president to investigate Joe Biden and his son while U.S. military aid to Ukraine is on hold. The call leads to Trump's impeachment by the House in December 2019; the Senate acquits him on February 5, 2020.",
    entities: ['trump-first-impeachment', 'donald-trump', 'volodymyr-zelenskyy', 'joe-biden'],
    named: ['trump-first-impeachment'],
    source: {
      url: 'https://www.newindianexpress.com/world/2020/feb/06/donald-trump-and-ukraine-from-phone-call-to-impeachment-and-acquittal-2099785.html',
      publisher: 'AFP',
      via: 'The New Indian Express',
      title: 'Donald Trump and Ukraine, from phone call to impeachment, and acquittal',
      published: '2020-02-06',
    },
  },
  {
    date: '2022-02-24',
    title: 'Russia launches its full-scale invasion',
    detail:
      'Putin announces a "special military operation"; strikes hit military sites and cities across Ukraine, and Ukraine\'s foreign minister calls it a full-scale invasion.',
    entities: ['russian-invasion-2022', 'vladimir-putin', 'ukraine-martial-law'],
    named: ['russian-invasion-2022'],
    source: {
      url: 'https://filipinotimes.net/latest-news/2022/02/24/full-scale-russian-invasion-in-ukraine-begins/',
      publisher: 'The Filipino Times',
      title: 'Full-scale Russian invasion in Ukraine begins',
      published: '2022-02-24',
    },
  },
  {
    date: '2024-10-16',
    title: 'Zelenskyy\'s "victory plan" offers partners a stake in Ukraine\'s resources',
    detail:
      "Presenting his plan to parliament, Zelenskyy proposes an agreement with the U.S., the EU and other allies on jointly protecting, investing in and using Ukraine's natural resources, naming uranium, titanium, lithium and graphite.",
    entities: ['volodymyr-zelenskyy', 'verkhovna-rada', 'nato', 'lithium', 'titanium', 'graphite'],
    source: {
      url: 'https://montrealstandard.com/volodymyr-zelenskyy-presents-victory-plan-to-ukraines-parliament',
      publisher: 'Montreal Standard',
      title: "Volodymyr Zelenskyy presents 'victory plan' to Ukraine's parliament",
      published: '2024-10-16',
    },
  },
  {
    date: '2025-02-10',
    title: 'Trump says he wants "$500 billion worth of rare earth" from Ukraine',
    detail:
      'In a Fox News interview aired on February 10, Trump says he wants U.S. aid money back in the form of rare earths worth about $500 billion and claims Ukraine has "essentially agreed".',
    entities: ['trump-500-billion-demand', 'donald-trump', 'rare-earth-elements'],
    named: ['trump-500-billion-demand'],
    uk: {
      title: 'Трамп каже, що хоче від України «рідкісноземельних металів на 500 мільярдів доларів»',
      detail:
        'В інтерв’ю Fox News, показаному 10 лютого, Трамп каже, що хоче повернути гроші допомоги США у вигляді рідкісноземельних металів приблизно на 500 млрд доларів, і стверджує, що Україна «по суті погодилася».',
    },
    source: {
      url: 'https://www.themoscowtimes.com/2025/02/11/trump-demands-500bln-in-rare-earth-metals-from-kyiv-says-ukraine-may-be-russian-someday-a87937',
      publisher: 'The Moscow Times',
      title: "Trump Demands $500Bln in Rare Earth Metals From Kyiv, Says Ukraine 'May Be Russian Someday'",
      published: '2025-02-11',
    },
  },
  {
    date: '2025-02-12',
    title: 'Bessent brings the first U.S. draft to Kyiv',
    detail:
      'Treasury Secretary Scott Bessent, the first official of the new administration to visit Ukraine, hands Zelenskyy a first draft of a minerals agreement in Kyiv. Zelenskyy says his team will work on the document.',
    entities: ['scott-bessent', 'volodymyr-zelenskyy', 'us-ukraine-minerals-agreement', 'us-treasury', 'kyiv'],
    source: {
      url: 'https://kyivindependent.com/us-treasury-secretary-meets-zelensky-passes-draft-agreement-on-critical-minerals/',
      publisher: 'The Kyiv Independent',
      title: 'US Treasury Secretary meets Zelensky, passes along draft agreement on critical minerals',
      published: '2025-02-12',
    },
  },
  {
    date: '2025-02-18',
    title: 'U.S. and Russian officials meet in Riyadh without Ukraine',
    detail:
      'Marco Rubio, Mike Waltz and Steve Witkoff meet Sergey Lavrov in Saudi Arabia; the two sides agree to restore embassy staffing, set up teams to work toward ending the war and explore closer ties. No Ukrainian officials take part, and Zelenskyy says Ukraine will not accept an outcome reached without it.',
    entities: ['marco-rubio', 'mike-waltz', 'steve-witkoff', 'volodymyr-zelenskyy'],
    source: {
      url: 'https://www.daytondailynews.com/nation-world/russia-and-the-us-agree-to-work-towards-improving-ties-and-ending-the-ukraine-war-in-landmark-talks/Z3G4CENTE5EMLAPW7CENC3YNU4/',
      publisher: 'The Associated Press',
      via: 'Dayton Daily News',
      title: '[AP report on the U.S.–Russian talks in Riyadh, February 18, 2025]',
      published: '2025-02-18',
    },
  },
  {
    date: '2025-02-19',
    title: 'Trump calls Zelenskyy "a dictator without elections"',
    detail:
      "On Truth Social, Trump calls Zelenskyy a dictator for not holding elections, which Ukraine's martial-law statute bars while martial law lasts, and says the U.S. spent $350 billion on the war.",
    entities: ['donald-trump', 'volodymyr-zelenskyy', 'ukraine-martial-law', 'trump-350-billion-claim'],
    source: {
      url: 'https://kyivindependent.com/trump-calls-zelensky-dictator-warns-of-ukraines-demise-without-elections/',
      publisher: 'The Kyiv Independent',
      title: "Trump calls Zelensky 'dictator,' warns of Ukraine's demise without elections",
      published: '2025-02-19',
    },
  },
  {
    date: '2025-02-28',
    title: 'Oval Office clash; minerals deal left unsigned',
    detail:
      'A meeting of Trump, Vance and Zelenskyy in front of reporters turns into a shouting match. The planned signing of the framework minerals deal and a joint news conference are cancelled.',
    entities: [
      'oval-office-meeting-2025',
      'donald-trump',
      'jd-vance',
      'volodymyr-zelenskyy',
      'us-ukraine-minerals-agreement',
    ],
    named: ['oval-office-meeting-2025'],
    uk: {
      title: 'Сутичка в Овальному кабінеті; угоду про корисні копалини не підписано',
      detail:
        'Зустріч Трампа, Венса і Зеленського перед журналістами переростає в сварку на підвищених тонах. Заплановане підписання рамкової угоди про корисні копалини і спільну пресконференцію скасовують.',
    },
    source: {
      url: 'https://en.people.cn/n3/2025/0301/c90000-20283191.html',
      publisher: 'Xinhua',
      via: "People's Daily Online",
      title: 'Trump, Zelensky cancel signing of minerals deal after White House shouting match',
      published: '2025-03-01',
    },
  },
  {
    date: '2025-03-03',
    endDate: '2025-03-11',
    title: 'U.S. pauses military aid to Ukraine',
    detail:
      'Days after the Oval Office clash, a White House official says the U.S. is pausing and reviewing its aid to Ukraine to make sure it is contributing to a solution.',
    entities: ['us-aid-pause-2025', 'donald-trump'],
    named: ['us-aid-pause-2025'],
    source: {
      url: 'https://whec.com/top-news/trump-orders-pause-on-military-aid-to-ukraine-in-the-wake-of-last-weeks-oval-office-clash-with-zelenskyy',
      publisher: 'NBC News',
      via: 'WHEC',
      title:
        "Trump orders pause on military aid to Ukraine in the wake of last week's Oval Office clash with Zelenskyy",
      published: '2025-03-03',
    },
  },
  {
    date: '2025-03-11',
    title: 'Jeddah talks: Ukraine backs a 30-day ceasefire, U.S. lifts the pause',
    detail:
      'After talks in Saudi Arabia, Ukraine says it is ready for an interim 30-day ceasefire if Russia agrees; the U.S. says it will resume intelligence sharing and military aid.',
    entities: [
      'jeddah-talks-2025',
      'us-aid-pause-2025',
      'marco-rubio',
      'andriy-yermak',
      'us-ukraine-minerals-agreement',
    ],
    named: ['jeddah-talks-2025'],
    source: {
      url: 'https://theins.ru/en/news/279529',
      publisher: 'The Insider',
      title:
        'U.S. to resume intelligence sharing and military aid deliveries to Kyiv as Ukraine agrees to 30-day ceasefire proposal',
      published: '2025-03-11',
    },
  },
  {
    date: '2025-03-18',
    title: 'Trump–Putin call: a pause on strikes against energy sites',
    detail:
      'In a call with Trump, Putin agrees to a 30-day mutual halt to strikes on energy infrastructure, the Kremlin says, but not to the full 30-day ceasefire Ukraine had accepted in Jeddah; Moscow demands an end to foreign military aid and intelligence for Ukraine.',
    entities: ['donald-trump', 'vladimir-putin', 'jeddah-talks-2025'],
    source: {
      url: 'https://kyivindependent.com/trump-putin-call-russia-agrees-to-30-day-pause-of-energy-infrastructure-strikes/',
      publisher: 'The Kyiv Independent',
      title: 'Trump-Putin call: Russia agrees to 30-day pause of energy infrastructure strikes',
      published: '2025-03-18',
    },
  },
  {
    date: '2025-04-17',
    title: 'Memorandum of intent signed',
    detail:
      'Ukraine and the U.S. sign a memorandum of intent which, Yulia Svyrydenko says, paves the way for an economic partnership agreement and a fund for Ukraine’s reconstruction.',
    entities: ['yulia-svyrydenko', 'scott-bessent', 'us-ukraine-minerals-agreement'],
    source: {
      url: 'https://www.thestar.com.my/news/world/2025/04/18/ukraine-us-sign-memorandum-on-minerals-deal-top-ukrainian-official-says',
      publisher: 'Reuters',
      via: 'The Star (Malaysia)',
      title: 'Ukraine, US sign memorandum on minerals deal, top Ukrainian official says',
      published: '2025-04-18',
    },
  },
  {
    date: '2025-04-26',
    title: 'Trump and Zelenskyy meet at the Vatican',
    detail:
      "Before Pope Francis's funeral, Trump and Zelenskyy meet privately in Rome; the White House calls it a very productive discussion. The minerals agreement is signed four days later.",
    entities: ['donald-trump', 'volodymyr-zelenskyy', 'us-ukraine-minerals-agreement'],
    source: {
      url: 'https://www.newsdrum.in/international/trump-met-with-ukrainian-president-zelenskyy-before-popes-funeral-9004336',
      publisher: 'The Associated Press',
      via: 'NewsDrum',
      title: '[AP report: Trump met Zelenskyy before Pope Francis’s funeral]',
      published: '2025-04-26',
    },
  },
  {
    date: '2025-04-30',
    title: 'Minerals agreement signed in Washington',
    detail:
      "Bessent and Svyrydenko sign the agreement creating the U.S.–Ukraine Reconstruction Investment Fund. It includes no concrete security guarantee; Ukraine's cabinet publishes the text.",
    entities: [
      'us-ukraine-minerals-agreement',
      'reconstruction-investment-fund',
      'scott-bessent',
      'yulia-svyrydenko',
      'security-guarantees',
    ],
    named: ['us-ukraine-minerals-agreement'],
    uk: {
      title: 'У Вашингтоні підписано угоду про корисні копалини',
      detail:
        'Бессент і Свириденко підписують угоду про створення Американсько-українського інвестиційного фонду відбудови. Вона не містить конкретної гарантії безпеки; Кабінет Міністрів України оприлюднює текст.',
    },
    source: {
      url: 'https://kyivindependent.com/the-full-text-of-the-us-ukraine-minerals-agreement',
      publisher: 'The Kyiv Independent',
      title: 'The full text of the US-Ukraine minerals agreement',
      published: '2025-05-01',
    },
  },
  {
    date: '2025-05-08',
    title: 'Verkhovna Rada ratifies the agreement',
    detail: "Ukraine's parliament ratifies the minerals agreement with 338 votes in favour.",
    entities: ['verkhovna-rada', 'us-ukraine-minerals-agreement', 'denys-shmyhal'],
    source: {
      url: 'https://www.pravda.com.ua/eng/news/2025/05/8/7511255/',
      publisher: 'Ukrainska Pravda',
      title: 'Ukrainian Parliament votes for ratification of minerals deal with US',
      published: '2025-05-08',
    },
  },
  {
    date: '2025-05-13',
    title: 'Two commercial agreements signed with the DFC',
    detail:
      "Ukraine's Public-Private Partnership Agency and the U.S. DFC sign two agreements to set up and run the fund, the Economy Ministry says that day; their texts are not public. A Ukrainian law firm's note dates the two fund documents May 23, the day the fund was launched.",
    entities: ['us-dfc', 'reconstruction-investment-fund', 'us-ukraine-minerals-agreement'],
    source: {
      url: 'https://kyivindependent.com/ukraine-signs-additional-agreements-for-minerals-deal-economy-ministry-says',
      publisher: 'The Kyiv Independent',
      title: 'Ukraine, US sign additional agreements for minerals deal, Economy Ministry says',
      published: '2025-05-13',
    },
    otherSources: [
      {
        url: 'https://golaw.ua/insights/news/ugoda-pro-minerali-chi-ugoda-ne-lishe-pro-minerali%ef%bf%bc',
        publisher: 'GOLAW',
        title: 'Is it a Mineral Deal or a Deal About More Than Just Minerals?',
        retrieved: '2026-12-03',
      },
    ],
  },
  {
    date: '2025-05-23',
    title: 'Final diplomatic note received; fund formally launched',
    detail:
      'Svyrydenko receives the last U.S. diplomatic note needed to complete the procedures and says the fund is officially launched.',
    entities: ['reconstruction-investment-fund', 'us-ukraine-minerals-agreement', 'yulia-svyrydenko'],
    source: {
      url: 'https://uanews.net/en/post/100052-ukraine-and-us-launch-reconstruction-fund-under-minerals-deal',
      publisher: 'Ukrainska Pravda',
      via: 'UA News',
      title: 'Ukraine and US launch Reconstruction Fund under minerals deal',
      published: '2025-05-23',
    },
  },
  {
    date: '2025-07-15',
    title: 'Search begins for a fund administrator',
    detail:
      'The DFC issues a request for information to help choose a company to administer the fund; investment decisions stay with a board with equal U.S. and Ukrainian representation.',
    entities: ['us-dfc', 'reconstruction-investment-fund'],
    source: {
      url: 'https://new.me.gov.ua/News/Detail/08676172-aff8-41d6-9cc3-ca35be0b8d79?isSpecial=True&lang=en-GB&title=U-s-AndUkraineLaunchSearchForAnAdministratorOfTheReconstructionInvestmentFund',
      publisher: 'Ministry of Economy of Ukraine',
      title: 'U.S. and Ukraine Launch Search for an Administrator of the Reconstruction Investment Fund',
      published: '2025-07-15',
    },
  },
  {
    date: '2025-08-15',
    title: 'Trump–Putin summit in Alaska ends without a ceasefire',
    detail:
      'Trump and Putin meet for about three hours at a U.S. air base in Anchorage. They call the talks productive but reach no ceasefire deal; "There\'s no deal until there\'s a deal," Trump says.',
    entities: ['donald-trump', 'vladimir-putin'],
    source: {
      url: 'https://www.kurdistan24.net/index.php/en/story/858008/trump-and-putin-end-alaska-summit-without-ukraine-ceasefire-deal',
      publisher: 'Kurdistan24',
      title: 'Trump and Putin End Alaska Summit Without Ukraine Ceasefire Deal',
      retrieved: '2026-12-03',
    },
  },
  {
    date: '2025-09-01',
    title: 'Ukraine names its fund managers before the first board meeting',
    detail:
      "Ukraine names its three members of the fund's six-seat board, whose investment decisions need unanimity, ahead of a first meeting in Kyiv on September 3. A first tender, for the Dobra lithium deposit, opened on August 27.",
    entities: ['reconstruction-investment-fund', 'yulia-svyrydenko', 'us-dfc', 'lithium'],
    source: {
      url: 'https://kyivindependent.com/kyiv-names-directors-for-pivotal-u-s-ukraine-investment-fund',
      publisher: 'The Kyiv Independent',
      title: 'Kyiv names managers for U.S.-Ukraine investment fund ahead of first meeting',
      published: '2025-09-01',
    },
  },
  {
    date: '2025-09-17',
    title: 'Fund gets $150 million in starting capital',
    detail:
      'The DFC commits $75 million to the fund and Ukraine says it will match it, giving $150 million to start with; the first focus is energy, infrastructure and critical minerals.',
    entities: ['reconstruction-investment-fund', 'us-dfc', 'yulia-svyrydenko'],
    source: {
      url: 'https://energynews.oedigital.com/mineral-resources/2025/09/17/ukraine-and-us-launch-fund-for-critical-mineral-projects-with-150-million-investment',
      publisher: 'Reuters',
      via: 'Energy News',
      title: 'Ukraine and US Launch Fund for Critical Mineral Projects with $150 Million Investment',
      published: '2025-09-17',
    },
  },
  {
    date: '2025-12-10',
    title: 'Kiel tracker: Europe does not make up for the halt in U.S. aid',
    detail:
      "With data to October, the Kiel Institute finds Europe's new military aid far too small to offset the end of U.S. allocations, and warns that at that pace 2025 would see the lowest new aid since 2022. Its full-year update later found total 2025 aid roughly stable as European aid grew, but military aid 13% below the 2022–2024 average.",
    entities: ['kiel-institute', 'kiel-us-aid-estimate'],
    source: {
      url: 'https://odessa-journal.com/public/kiel-institute-europe-fails-to-offset-reduction-in-us-aid-to-ukraine',
      publisher: 'Odessa Journal',
      title: 'Kiel Institute: Europe fails to offset reduction in U.S. Aid to Ukraine',
      retrieved: '2026-12-03',
    },
    otherSources: [
      {
        url: 'https://idw-online.de/de/news865808',
        publisher: 'Kiel Institute for the World Economy',
        via: 'idw – Informationsdienst Wissenschaft',
        title: '[Kiel Institute release on the Ukraine Support Tracker update covering data through December 2025]',
        retrieved: '2026-12-03',
      },
    ],
  },
  {
    date: '2025-12-18',
    title: 'Fund reaches full operational status',
    detail:
      "At its second meeting the fund's board approves its investment policies, and the DFC says it is ready to review its first investment opportunities from 2026.",
    entities: ['reconstruction-investment-fund', 'us-dfc'],
    source: {
      url: 'https://www.globalbankingandfinance.com/ukraine-crisis-us-funding',
      publisher: 'Reuters',
      via: 'Global Banking & Finance Review',
      title: 'Ukraine-US fund approves investment policies as it eyes first projects in 2026',
      published: '2025-12-18',
    },
  },
  {
    date: '2026-01-12',
    title: 'TechMet-led venture wins the Dobra lithium tender',
    detail:
      'Ukraine selects Dobra Lithium Holdings, a venture of DFC-backed TechMet and The Rock Holdings, to develop the Dobra deposit under a production-sharing agreement with at least $179 million of investment.',
    entities: ['lithium', 'us-dfc', 'us-ukraine-minerals-agreement', 'yulia-svyrydenko'],
    source: {
      url: 'https://www.spglobal.com/energy/en/news-research/latest-news/metals/011226-techmet-rock-holdings-jv-wins-rights-for-dobra-lithium-deposit-in-ukraine',
      publisher: 'S&P Global Commodity Insights',
      title: 'TechMet, Rock Holdings JV wins rights for Dobra lithium deposit in Ukraine',
      published: '2026-01-12',
    },
  },
  {
    date: '2026-02-02',
    title: 'U.S. official calls three projects in 2026 realistic',
    detail:
      'A senior U.S. official says launching three projects under the fund is achievable but ambitious; hundreds of applications have come in, and no final investment has yet been agreed.',
    entities: ['reconstruction-investment-fund', 'us-dfc'],
    source: {
      url: 'https://kyivindependent.com/us-says-3-ukraine-investment-projects-achievable-in-2026-under-joint-fund',
      publisher: 'The Kyiv Independent',
      title: 'US says 3 Ukraine investment projects achievable in 2026 under joint fund',
      published: '2026-02-02',
    },
  },
];
