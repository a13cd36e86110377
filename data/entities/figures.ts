import type { FigureInput } from '../schema';
import { TRILATERAL_STATEMENT_FSI, TRILATERAL_STATEMENT_TEXT } from './documents';

/** Sources used by more than one entry. */
const CNN_VIA_NEWSX = {
  url: 'https://www.newsx.com/world/trump-claims-us-provided-more-aid-to-ukraine-than-any-other-nation/',
  publisher: 'NewsX',
  title: 'Trump claims US provided more aid to Ukraine than any other nation',
  published: '2025-02-24',
};
const KIEL_TRACKER = {
  url: 'https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/',
  publisher: 'Kiel Institute for the World Economy',
  title: 'Ukraine Support Tracker',
  retrieved: '2026-11-27',
};
const CNN_FACT_CHECK_AUG_2025 = {
  url: 'https://www.newspressnow.com/news/2025/08/18/fact-check-trump-repeats-false-ukraine-aid-figure-while-sitting-with-zelensky',
  publisher: 'CNN',
  via: 'News-Press NOW',
  title: 'Fact check: Trump repeats false Ukraine aid figure while sitting with Zelensky',
  published: '2025-08-18',
};
const CRS_SUPPLEMENTALS = {
  url: 'https://www.everycrsreport.com/reports/R47275.html',
  publisher: 'Congressional Research Service',
  via: 'EveryCRSReport',
  title:
    'Department of State, Foreign Operations, and Related Programs (SFOPS) Supplemental Funding for Ukraine: In Brief',
  published: '2024-04-26',
};
// The article's own address (its text was read in full as reproduced on a blog, which `via` names; the
// blog's post has no address of its own to cite). Newser's summary of it says the same: "will help repay
// an estimated $175 billion in aid, the Guardian reports" (newser.com/story/367972).
const GUARDIAN_SIGNING_175 = {
  url: 'https://www.theguardian.com/us-news/2025/apr/30/us-ukraine-minerals-deal-russia',
  publisher: 'The Guardian',
  via: 'a blog copy (ovoodocorvo.blogspot.com)',
  title: 'US and Ukraine sign minerals deal that solidifies investment in Kyiv’s defense against Russia',
  published: '2025-05-01',
};
const TRT_CPAC = {
  url: 'https://www.trtworld.com/article/18267885',
  publisher: 'TRT World',
  title: "Trump says US close to minerals deal with Ukraine, wants aid 'money back'",
  published: '2025-02-22',
};
const BABEL_SIGNED_TEXT = {
  url: 'https://babel.ua/en/news/117612-the-cabinet-of-ministers-has-published-the-full-text-of-the-agreement-with-the-us-on-subsoil-what-is-in-the-document',
  publisher: 'Babel',
  title:
    'The Cabinet of Ministers has published the full text of the agreement with the US on subsoil: what is in the document',
  published: '2025-05-01',
};
const KYIV_INDEPENDENT_SIGNED_TEXT = {
  url: 'https://kyivindependent.com/the-full-text-of-the-us-ukraine-minerals-agreement',
  publisher: 'The Kyiv Independent',
  title: 'The full text of the US-Ukraine minerals agreement',
  published: '2025-05-01',
};

const AID_CONTEXT = ['aid', 'assistance', 'kiel', 'allocated', 'spent', 'given', 'gave', 'support'];
/** Words that tie a bare "$500 billion" to Trump's demand (not to reconstruction costs, other deals). */
const DEMAND_CONTEXT = [
  'rare earth',
  'rare earths',
  'rare-earth',
  'repay',
  'repaid',
  'repayment',
  'payback',
  'pay back',
  'paid back',
  'money back',
  'essentially agreed',
  // "demanded $500 billion in Ukrainian resources as compensation": the demand in other words.
  'compensation',
  'demanded',
  'in resources',
  'minerals',
];
/** Words that tie a bare amount to what Congress appropriated. */
const CONGRESS_CONTEXT = ['congress', 'appropriated', 'appropriations', 'supplemental', 'lawmakers'];
const KIEL_UK = ['допомога', 'допомоги', 'допомогу', 'kiel'];
const KIEL_RU = ['помощь', 'помощи', 'kiel'];
const FUND_CONTEXT = [
  'fund',
  'funds',
  'minerals',
  'mineral',
  'proceeds',
  'revenue',
  'revenues',
  'royalties',
  'licence',
  'licences',
  'license',
  'licenses',
];

export const figures: FigureInput[] = [
  {
    id: 'kiel-us-aid-estimate',
    kind: 'figure',
    name: 'Kiel Institute estimate of U.S. aid to Ukraine',
    aliases: {
      en: [
        { text: '$119 billion', when: 'in-context', context: AID_CONTEXT },
        { text: '$119bn', when: 'in-context', context: AID_CONTEXT },
        { text: '119 billion dollars', when: 'in-context', context: AID_CONTEXT },
        { text: '$119.7 billion', when: 'in-context', context: AID_CONTEXT },
        { text: '$119.7bn', when: 'in-context', context: AID_CONTEXT },
        { text: '€114 billion', when: 'in-context', context: AID_CONTEXT },
        { text: '114 billion euros', when: 'in-context', context: AID_CONTEXT },
      ],
      uk: ['119 млрд доларів', '119 мільярдів доларів', '114 млрд євро', '114 мільярдів євро'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: KIEL_UK,
      })),
      ru: ['119 млрд долларов', '119 миллиардов долларов', '114 млрд евро', '114 миллиардов евро'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: KIEL_RU,
      })),
      de: ['119 Milliarden Dollar', '119 Milliarden US-Dollar', '114 Milliarden Euro', '114 Mrd. Euro'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: ['hilfe', 'hilfen', 'kiel', 'ifw'],
      })),
      fr: ['119 milliards de dollars', '114 milliards d’euros', "114 milliards d'euros"].map((text) => ({
        text,
        when: 'in-context' as const,
        context: ['aide', 'kiel'],
      })),
      es: ['119.000 millones de dólares', '114.000 millones de euros'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: ['ayuda', 'kiel'],
      })),
    },
    summary:
      'About $119 billion: U.S. military, financial and humanitarian aid allocated to Ukraine from January 2022 to December 2024, per the Kiel Institute.',
    context:
      "The Kiel Institute's Ukraine Support Tracker counts government-to-government aid and, since 2024, measures \"allocations\": packages delivered or earmarked for delivery, rather than promises. It publishes in euros; the $119 billion is a dollar conversion used in U.S. coverage, such as CNN's fact checks in February 2025. By the same tracker the U.S. had committed about $124 billion and Europe had allocated about $138 billion. In August 2025 CNN cited Kiel data of about $134 billion allocated through June 2025, at that month's exchange rates.",
    related: [
      'kiel-institute',
      'trump-350-billion-claim',
      'us-ukraine-response-appropriations',
      'russian-invasion-2022',
    ],
    uk: { name: 'Оцінка Кільського інституту щодо допомоги США Україні' },
    asOf: '2026-11-27',
    value: 119,
    unit: 'billion US dollars',
    counts:
      "U.S. government military, financial and humanitarian aid allocated to Ukraine (delivered or earmarked for delivery), not just promised; converted from Kiel's euro figures to dollars.",
    period: '24 Jan 2022 – 31 Dec 2024',
    estimatedBy: 'Kiel Institute for the World Economy (Ukraine Support Tracker)',
    claimType: 'independent-estimate',
    compareWith: ['trump-350-billion-claim', 'us-ukraine-response-appropriations'],
    sources: [
      CNN_VIA_NEWSX,
      KIEL_TRACKER,
      {
        url: 'https://www.finanznachrichten.de/nachrichten-2025-02/64558341-ifw-fast-90-milliarden-euro-hilfe-im-jahr-fuer-ukraine-016.htm',
        publisher: 'dpa-AFX',
        via: 'finanznachrichten.de',
        title: 'IfW: Fast 90 Milliarden Euro Hilfe im Jahr für Ukraine',
        published: '2025-02-14',
      },
      CNN_FACT_CHECK_AUG_2025,
    ],
  },
  {
    id: 'trump-350-billion-claim',
    kind: 'figure',
    name: 'Trump’s claim that the U.S. gave Ukraine $350 billion',
    aliases: {
      en: [
        '$350 billion in aid',
        'spent $350 billion',
        'given $350 billion',
        'gave $350 billion',
        'gave Ukraine $350 billion',
        '$350 billion to Ukraine',
        { text: '$350 billion', when: 'in-context', context: AID_CONTEXT },
        { text: '$350bn', when: 'in-context', context: AID_CONTEXT },
        { text: '350 billion dollars', when: 'in-context', context: AID_CONTEXT },
      ],
      uk: [
        { text: '350 млрд доларів', when: 'in-context', context: ['допомог', 'допомоги', 'допомогу', 'трамп'] },
        { text: '350 мільярдів доларів', when: 'in-context', context: ['допомоги', 'допомогу', 'трамп'] },
      ],
      ru: [
        { text: '350 млрд долларов', when: 'in-context', context: ['помощи', 'помощь', 'трамп'] },
        { text: '350 миллиардов долларов', when: 'in-context', context: ['помощи', 'помощь', 'трамп'] },
      ],
      de: [
        { text: '350 Milliarden Dollar', when: 'in-context', context: ['hilfe', 'hilfen', 'trump'] },
        { text: '350 Milliarden US-Dollar', when: 'in-context', context: ['hilfe', 'hilfen', 'trump'] },
      ],
      fr: [{ text: '350 milliards de dollars', when: 'in-context', context: ['aide', 'trump'] }],
      es: [{ text: '350.000 millones de dólares', when: 'in-context', context: ['ayuda', 'trump'] }],
    },
    // Svyrydenko's estimate of the resources in occupied territory uses the same amount (February 2025).
    notThis: [
      '$350 billion worth of mineral',
      '$350 billion worth of Ukrainian mineral',
      '$350 billion worth of these',
      '$350 billion worth of critical',
      '$350 billion of worth',
      '$350 billion in critical resources',
      'worth about $350 billion',
      'worth approximately $350 billion',
      'worth around $350 billion',
    ],
    summary:
      'Trump has repeatedly said the U.S. gave Ukraine about $350 billion (at other times "more than $300 billion") in wartime aid.',
    context:
      "Trump used the figure at CPAC on February 22, 2025, and on other occasions, to argue that Ukraine should repay the U.S., for example through minerals. Independent tallies are lower: the Kiel Institute put U.S. aid allocated through December 2024 at about $119 billion, Congress's Ukraine supplemental acts total about $174 billion, and the inspector general's oversight total for the wider U.S. response is about $185 billion, including money spent in the U.S. and elsewhere. A White House official pointed CNN to the inspector general's figures when asked about the claim.",
    related: ['donald-trump', 'kiel-us-aid-estimate', 'us-ukraine-response-appropriations', 'trump-500-billion-demand'],
    uk: { name: 'Заява Трампа, що США дали Україні 350 млрд доларів' },
    asOf: '2025-08-18',
    value: 350,
    unit: 'billion US dollars',
    counts:
      'U.S. aid to Ukraine as stated by Trump; he has not set out what is counted, and has also given "more than $300 billion".',
    period: 'Stated repeatedly in 2025, e.g. on 22 Feb and 18 Aug 2025',
    estimatedBy: 'Donald Trump (political claim)',
    claimType: 'political-claim',
    compareWith: ['kiel-us-aid-estimate', 'us-ukraine-response-appropriations'],
    sources: [TRT_CPAC, CNN_VIA_NEWSX, CNN_FACT_CHECK_AUG_2025],
  },
  {
    id: 'us-ukraine-response-appropriations',
    kind: 'figure',
    name: 'U.S. Ukraine-response funding counted by the inspector general',
    aliases: {
      en: [
        {
          text: '$185 billion',
          when: 'in-context',
          context: ['appropriated', 'congress', 'inspector general', 'oversight'],
        },
        {
          text: '$183 billion',
          when: 'in-context',
          context: ['appropriated', 'congress', 'inspector general', 'oversight'],
        },
        {
          text: '$182.8 billion',
          when: 'in-context',
          context: ['appropriated', 'congress', 'inspector general', 'oversight', 'pentagon'],
        },
      ],
    },
    summary:
      "About $185 billion: the inspector general's oversight total appropriated for the whole U.S. response to the war through March 2025, not all for Ukraine.",
    context:
      "This is a budget figure, not a count of aid delivered to Ukraine. It includes money spent in the U.S. on weapons and defence services and money sent to countries other than Ukraine; about $90 billion of it had been disbursed. It is wider than the $174.2 billion in Congress's five Ukraine supplemental acts that CRS counts. A White House official pointed to the inspector general's figures when CNN asked about Trump's $350 billion claim.",
    related: [
      'trump-350-billion-claim',
      'kiel-us-aid-estimate',
      'us-ukraine-supplemental-appropriations',
      'russian-invasion-2022',
    ],
    asOf: '2026-12-03',
    value: 185,
    unit: 'billion US dollars',
    counts:
      "The inspector general's oversight total appropriated for the whole U.S. response to the war, including spending in the U.S. and for other countries; about $90 billion disbursed.",
    period: 'Feb 2022 – Mar 2025',
    estimatedBy: 'U.S. inspector general overseeing the Ukraine response (oversight website)',
    claimType: 'official-figure',
    compareWith: ['us-ukraine-supplemental-appropriations', 'kiel-us-aid-estimate', 'trump-350-billion-claim'],
    sources: [CNN_FACT_CHECK_AUG_2025, TRT_CPAC, CRS_SUPPLEMENTALS],
  },
  {
    id: 'us-ukraine-supplemental-appropriations',
    kind: 'figure',
    name: 'Congress’s Ukraine supplemental appropriations (about $175 billion)',
    aliases: {
      en: [
        { text: '$174.2 billion', when: 'in-context', context: CONGRESS_CONTEXT },
        { text: '$174 billion', when: 'in-context', context: CONGRESS_CONTEXT },
        { text: '$175 billion', when: 'in-context', context: CONGRESS_CONTEXT },
        { text: '$175bn', when: 'in-context', context: CONGRESS_CONTEXT },
        { text: '175 billion dollars', when: 'in-context', context: CONGRESS_CONTEXT },
      ],
    },
    summary:
      '$174.2 billion: what Congress appropriated in its five Ukraine supplemental acts of 2022–2024, for Ukraine and the wider U.S. response, per CRS.',
    context:
      'Congress passed four Ukraine supplemental appropriations acts in 2022 and a fifth in April 2024. The money covers aid to Ukraine and to other countries affected by the war, U.S. European Command operations and other agencies’ response, so it is not a count of aid delivered to Ukraine. Rounded, it is the "about $175 billion" often cited: at the April 30, 2025 signing the Trump administration said the new fund would begin to repay an estimated $175 billion in aid provided to Ukraine. The inspector general’s wider oversight total is about $185 billion.',
    related: ['us-ukraine-response-appropriations', 'kiel-us-aid-estimate', 'trump-350-billion-claim'],
    asOf: '2026-12-03',
    value: 174.2,
    unit: 'billion US dollars',
    counts:
      'Funds in the five Ukraine supplemental appropriations acts (FY2022–FY2024), for Ukraine, other affected countries, U.S. forces in Europe and U.S. agencies.',
    period: 'March 2022 – April 2024',
    estimatedBy: 'Congressional Research Service (report R47275)',
    claimType: 'official-figure',
    compareWith: ['us-ukraine-response-appropriations', 'kiel-us-aid-estimate', 'trump-350-billion-claim'],
    // The administration's use of the rounded figure at the signing: The Guardian (Andrew Roth, 1 May 2025).
    sources: [CRS_SUPPLEMENTALS, GUARDIAN_SIGNING_175],
  },
  {
    id: 'trump-500-billion-demand',
    kind: 'figure',
    name: 'Trump’s demand for $500 billion in Ukrainian rare earths',
    aliases: {
      en: [
        { text: '$500 billion', when: 'in-context', context: DEMAND_CONTEXT },
        { text: '$500bn', when: 'in-context', context: DEMAND_CONTEXT },
        { text: '500 billion dollars', when: 'in-context', context: DEMAND_CONTEXT },
        '$500 billion worth of rare earth',
        '$500 billion worth of rare earths',
        'half a trillion dollars',
      ],
      uk: ['500 млрд доларів', '500 мільярдів доларів', '500 млрд дол.'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: [
          'рідкісноземельних',
          'рідкоземельних',
          'рідкісноземельні',
          'рідкісноземельних металів',
          'компенсацію',
        ],
      })),
      ru: ['500 млрд долларов', '500 миллиардов долларов'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: ['редкоземельных', 'редкоземельные', 'редкоземельных металлов', 'компенсацию'],
      })),
      de: ['500 Milliarden Dollar', '500 Milliarden US-Dollar', '500 Mrd. Dollar'].map((text) => ({
        text,
        when: 'in-context' as const,
        context: ['seltene erden', 'seltenen erden', 'seltener erden', 'zurückzahlen', 'rückzahlung'],
      })),
      fr: [
        {
          text: '500 milliards de dollars',
          when: 'in-context',
          context: ['terres rares', 'rembourser', 'remboursement'],
        },
      ],
      es: [
        {
          text: '500.000 millones de dólares',
          when: 'in-context',
          context: ['tierras raras', 'devolver', 'reembolso'],
        },
      ],
    },
    notThis: [
      '$500 billion in reconstruction',
      '$500 billion for reconstruction',
      '$500 billion to rebuild',
      '$500 billion Stargate',
    ],
    summary:
      'In February 2025 Trump said he wanted the equivalent of $500 billion in Ukrainian rare earths and other resources in return for U.S. aid.',
    context:
      'Trump told Fox News in an interview aired on February 10, 2025 that he had asked Ukraine for rare earths worth about $500 billion and that Kyiv had "essentially agreed". Zelenskyy rejected that framing and refused to sign early U.S. drafts. A clause tying Ukraine\'s payments to $500 billion was dropped from the text agreed in late February, and the deal signed on April 30, 2025 creates no debt obligation for Ukraine. The $500 billion is a political demand, not a valuation of Ukraine\'s deposits.',
    related: [
      'donald-trump',
      'volodymyr-zelenskyy',
      'rare-earth-elements',
      'us-ukraine-minerals-agreement',
      'trump-350-billion-claim',
      'kiel-us-aid-estimate',
    ],
    uk: {
      name: 'Вимога Трампа про 500 млрд доларів в українських рідкісноземельних металах',
      summary:
        'У лютому 2025 року Трамп заявив, що хоче українських рідкісноземельних металів та інших ресурсів на суму, еквівалентну 500 млрд доларів, в обмін на допомогу США.',
      context:
        'В інтерв’ю Fox News, показаному 10 лютого 2025 року, Трамп сказав, що попросив в України рідкісноземельних металів приблизно на 500 млрд доларів і що Київ «по суті погодився». Зеленський відкинув таке формулювання і відмовився підписувати ранні американські проєкти. Пункт, що прив’язував платежі України до 500 млрд доларів, вилучили з тексту, погодженого наприкінці лютого, а угода, підписана 30 квітня 2025 року, не створює для України боргових зобов’язань. 500 млрд доларів — це політична вимога, а не оцінка українських родовищ.',
      counts:
        'Вартість українських рідкісноземельних металів та інших ресурсів, яку, за словами Трампа, США мали б отримати як компенсацію за минулу допомогу.',
      period: 'Заявлено в лютому 2025 року',
      estimatedBy: 'Дональд Трамп (політична вимога)',
    },
    asOf: '2025-04-30',
    value: 500,
    unit: 'billion US dollars',
    counts:
      'The value of Ukrainian rare earths and other resources Trump said the U.S. should receive as payback for past aid.',
    period: 'Stated February 2025',
    estimatedBy: 'Donald Trump (political demand)',
    claimType: 'political-claim',
    sources: [
      {
        url: 'https://www.themoscowtimes.com/2025/02/11/trump-demands-500bln-in-rare-earth-metals-from-kyiv-says-ukraine-may-be-russian-someday-a87937',
        publisher: 'The Moscow Times',
        title: "Trump Demands $500Bln in Rare Earth Metals From Kyiv, Says Ukraine 'May Be Russian Someday'",
        published: '2025-02-11',
      },
      {
        url: 'https://news.liga.net/en/politics/news/ukraine-essentially-agrees-to-provide-rare-earth-minerals-worth-500-billion-trump',
        publisher: 'LIGA.net',
        title: 'Ukraine "essentially agrees" to provide rare earth minerals worth $500 billion – Trump',
        published: '2025-02-11',
      },
      {
        url: 'https://babel.ua/en/news/115803-the-government-has-approved-the-ministers-who-will-sign-the-minerals-agreement-with-the-us',
        publisher: 'Babel',
        title: 'The government has approved the ministers who will sign the minerals agreement with the US',
        published: '2025-02-27',
      },
      {
        url: 'https://megalodon.jp/ref/2025-0223-0138-15/https://www.nytimes.com:443/2025/02/22/world/europe/ukraine-trump-minerals.html',
        publisher: 'The New York Times',
        via: 'megalodon.jp (web archive)',
        title: 'U.S. Pressing Tough Demands in Revised Deal for Ukraine’s Minerals',
        published: '2025-02-22',
      },
      {
        url: 'https://babel.ua/en/news/117599-the-government-has-made-the-decisions-necessary-to-sign-an-agreement-on-the-creation-of-a-reconstruction-fund-with-the-united-states',
        publisher: 'Babel',
        title:
          'The government has made the decisions necessary to sign an agreement on the creation of a reconstruction fund with the United States',
        published: '2025-04-30',
      },
    ],
  },
  {
    id: 'fund-revenue-share',
    kind: 'figure',
    name: 'Ukraine’s 50% revenue contribution to the fund',
    aliases: {
      en: [
        { text: 'half the proceeds', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of the proceeds', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of the revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of all revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of any royalties', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of the royalties', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of royalties', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of the revenue', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of revenue', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half the revenue', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half the revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of future revenue', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of future revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: 'half of the income', when: 'in-context', context: FUND_CONTEXT },
        { text: '50% of revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: '50% of the revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: '50% of all revenues', when: 'in-context', context: FUND_CONTEXT },
        { text: '50 percent of', when: 'in-context', context: FUND_CONTEXT },
        { text: '50 per cent of', when: 'in-context', context: FUND_CONTEXT },
        { text: '50% of the royalties', when: 'in-context', context: FUND_CONTEXT },
        { text: '50% of income', when: 'in-context', context: FUND_CONTEXT },
      ],
      uk: [
        { text: '50% доходів', when: 'in-context', context: ['фонд', 'фонду', 'надра', 'ліцензій'] },
        { text: 'половину доходів', when: 'in-context', context: ['фонд', 'фонду', 'надра', 'ліцензій'] },
      ],
      ru: [
        { text: '50% доходов', when: 'in-context', context: ['фонд', 'фонда', 'недра', 'лицензий'] },
        { text: 'половину доходов', when: 'in-context', context: ['фонд', 'фонда', 'недра', 'лицензий'] },
      ],
      de: [
        { text: 'Hälfte der Einnahmen', when: 'in-context', context: ['fonds', 'rohstoffe', 'lizenzen'] },
        { text: '50 Prozent der Einnahmen', when: 'in-context', context: ['fonds', 'rohstoffe', 'lizenzen'] },
      ],
      fr: [
        { text: 'moitié des revenus', when: 'in-context', context: ['fonds', 'minerais', 'licences'] },
        { text: '50 % des revenus', when: 'in-context', context: ['fonds', 'minerais', 'licences'] },
      ],
      es: [
        { text: 'mitad de los ingresos', when: 'in-context', context: ['fondo', 'minerales', 'licencias'] },
        { text: '50% de los ingresos', when: 'in-context', context: ['fondo', 'minerales', 'licencias'] },
      ],
    },
    summary:
      'Under the April 30, 2025 agreement Ukraine pays 50% of revenue from new natural-resource licences into the joint reconstruction investment fund.',
    context:
      "The signed text covers royalties, fees for new subsoil permits and the state's share under new production-sharing deals, paid through a special budget fund; revenue from existing projects is excluded. The February 2025 draft had set 50% of all revenue from the future monetisation of state-owned resource assets, including related infrastructure such as ports and LNG terminals if both sides agreed.",
    related: [
      'reconstruction-investment-fund',
      'us-ukraine-minerals-agreement',
      'critical-minerals',
      'trump-500-billion-demand',
    ],
    uk: { name: 'Внесок України до фонду: 50% надходжень' },
    asOf: '2025-07-03',
    value: 50,
    unit: 'percent',
    counts:
      'Share of revenue from new licences, special permits and production-sharing deals for minerals, oil and gas that Ukraine pays into the fund; current budget revenue is excluded.',
    period: "From the agreement's entry into force (May 2025) onward",
    estimatedBy: 'Text of the U.S.–Ukraine agreement signed April 30, 2025',
    claimType: 'treaty-text',
    sources: [
      BABEL_SIGNED_TEXT,
      KYIV_INDEPENDENT_SIGNED_TEXT,
      {
        url: 'https://finance.liga.net/en/ekonomika/novosti/zelenskyy-signed-a-law-amending-the-budget-code-for-an-agreement-with-the-us-on-minerals',
        publisher: 'LIGA.net',
        title: 'Zelenskyy signed a law amending the Budget Code for an agreement with the US on minerals',
        published: '2025-07-03',
      },
      {
        url: 'https://eng.obozrevatel.com/section-news/news-ukraine-and-the-united-states-have-finalized-negotiations-on-rare-earth-metals-media-published-the-full-text-of-the-agreement-26-02-2025.html',
        publisher: 'Obozrevatel',
        title:
          'Ukraine and the United States have finalized negotiations on rare earth metals: Media published the full text of the agreement',
        published: '2025-02-26',
      },
      {
        url: 'https://www.delawarepublic.org/npr-headlines/2025-02-26/5-minerals-in-ukraine-that-may-be-part-of-a-deal-with-the-u-s',
        publisher: 'NPR',
        via: 'Delaware Public Media',
        title: '5 minerals in Ukraine that may be part of a deal with the U.S.',
        published: '2025-02-26',
      },
    ],
  },
  {
    id: 'ukraine-nuclear-arsenal-1994',
    kind: 'figure',
    name: 'Ukraine’s post-Soviet nuclear arsenal',
    aliases: {
      en: [
        'third largest arsenal',
        'third-largest arsenal',
        'third largest nuclear arsenal',
        'third-largest nuclear arsenal',
        "world's third largest arsenal of nuclear weapons",
        'third largest arsenal of nuclear weapons',
        'third-largest nuclear weapons arsenal',
        'third largest nuclear weapons arsenal',
        '1,900 strategic nuclear warheads',
        '1,900 strategic warheads',
        '1,900 nuclear warheads',
      ],
      uk: [
        'третій за величиною ядерний арсенал',
        'третього за величиною ядерного арсеналу',
        'третій найбільший ядерний арсенал',
        'третього найбільшого ядерного арсеналу',
      ],
      ru: [
        'третий по величине ядерный арсенал',
        'третьего по величине ядерного арсенала',
        'третьим по величине ядерным арсеналом',
      ],
      de: ['drittgrößte Atomarsenal', { text: 'drittgrößten Atomarsenal', stem: true }, 'drittgrößte Atommacht'],
      fr: ['troisième arsenal nucléaire'],
      es: ['tercer arsenal nuclear'],
    },
    summary:
      "After the Soviet collapse Ukraine held the world's third-largest nuclear arsenal, including about 1,900 strategic warheads, which it later gave up.",
    context:
      "Ukraine inherited about 1,900 strategic warheads, along with 176 intercontinental missiles, 44 strategic bombers and a large stock of shorter-range weapons; estimates of the total vary. Under the January 1994 Trilateral Statement with the U.S. and Russia it sent the warheads to Russia for dismantlement; the Budapest Memorandum of December 1994 gave it security assurances as it joined the NPT. The preamble of the 2025 minerals agreement credits Ukraine for giving up the world's third largest nuclear arsenal.",
    related: ['budapest-memorandum', 'security-guarantees', 'us-ukraine-minerals-agreement'],
    uk: { name: 'Пострадянський ядерний арсенал України' },
    asOf: '2026-12-03',
    value: 1900,
    unit: 'strategic nuclear warheads',
    counts:
      'Strategic (long-range) nuclear warheads left on Ukrainian soil when the Soviet Union broke up; shorter-range tactical weapons are not included.',
    period: 'At the Soviet break-up in 1991, before the January 1994 Trilateral Statement',
    estimatedBy: 'Estimate widely reported in news explainers (Bloomberg News 2014, Jagran English 2022)',
    claimType: 'independent-estimate',
    sources: [
      {
        url: 'https://www.pressreader.com/canada/national-post-latest-edition/20140308/281840051598961',
        publisher: 'Bloomberg News',
        via: 'PressReader (National Post edition)',
        title: 'What you need to know',
        published: '2014-03-08',
      },
      {
        url: 'https://english.jagran.com/world/russiaukraine-war-why-and-how-ukraine-gave-up-its-nuclear-weapons-jagran-explainer-10040193',
        publisher: 'Jagran English',
        title: 'Russia-Ukraine War: Why and how Ukraine gave up its nuclear weapons | Jagran Explainer',
        published: '2022-03-03',
      },
      KYIV_INDEPENDENT_SIGNED_TEXT,
      TRILATERAL_STATEMENT_FSI,
      TRILATERAL_STATEMENT_TEXT,
    ],
  },
  {
    id: 'fund-initial-us-contribution',
    kind: 'figure',
    name: 'DFC’s $75 million seed commitment to the fund',
    aliases: {
      en: [
        { text: '$75 million', when: 'in-context', context: ['fund', 'dfc', 'reconstruction', 'seed'] },
        { text: '$75m', when: 'in-context', context: ['fund', 'dfc', 'reconstruction', 'seed'] },
      ],
      uk: [{ text: '75 млн доларів', when: 'in-context', context: ['фонд', 'фонду', 'dfc'] }],
      ru: [{ text: '75 млн долларов', when: 'in-context', context: ['фонд', 'фонда', 'dfc'] }],
    },
    summary:
      'In September 2025 the U.S. DFC committed $75 million to the reconstruction investment fund; Ukraine said it would match it, for $150 million in all.',
    context:
      "Ukraine's prime minister announced the commitment on September 17, 2025 as the start of the fund's operations, with a goal of three projects by the end of 2026 in energy, infrastructure and critical minerals. Ukraine said it was taking on the same financial obligations as the U.S. side.",
    related: ['reconstruction-investment-fund', 'us-dfc', 'yulia-svyrydenko'],
    asOf: '2025-09-17',
    value: 75,
    unit: 'million US dollars',
    counts:
      "The U.S. side's initial investment commitment to the fund's starting capital, made through the DFC; Ukraine's matching share is not included.",
    period: 'Announced 17 Sep 2025',
    estimatedBy: "U.S. DFC commitment, announced by Ukraine's government",
    claimType: 'official-figure',
    sources: [
      {
        url: 'https://charter97.org/ru/news/2025/9/17/656072/',
        publisher: 'Charter 97',
        title: 'США сделали первый взнос в фонд восстановления Украины',
        published: '2025-09-17',
      },
    ],
  },
];
