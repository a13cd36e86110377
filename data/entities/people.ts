import type { PersonInput } from '../schema';

/*
 * People in the U.S.–Ukraine minerals-deal story.
 * Roles carry the dates the cited sources state. Where no source after a date could be found, `asOf`
 * stops at the last date the sources confirm, and no later role is assumed.
 */

// Sources used by more than one person.
const S = {
  inauguration2025: {
    url: 'https://kstp.com/associated-press/ap-us-international/inauguration-day-latest-trump-signs-first-round-of-executive-orders/',
    publisher: 'The Associated Press',
    via: 'KSTP',
    title: 'Inauguration Day latest: Trump signs first round of executive orders',
    published: '2025-01-20',
  },
  ovalOffice: {
    url: 'https://en.people.cn/n3/2025/0301/c90000-20283191.html',
    publisher: 'Xinhua',
    via: "People's Daily Online",
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
    publisher: 'Ukrinform',
    via: 'MENAFN',
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
    publisher: 'Prime Minister’s Office, 10 Downing Street',
    via: 'Wired-Gov',
    title: 'Statement of the co-chairs of the Coalition of the Willing: 17 August 2025',
    published: '2025-08-18',
  },
  grahamResign: {
    url: 'https://www.foxnews.com/politics/utter-disaster-lindsey-graham-calls-zelenskyy-resignation-after-white-house-throwdown',
    publisher: 'Fox News',
    title: "'Utter disaster': Lindsey Graham calls for Zelenskyy resignation after White House throwdown",
    published: '2025-02-28',
  },
  alaska: {
    url: 'https://www.kurdistan24.net/index.php/en/story/858008/trump-and-putin-end-alaska-summit-without-ukraine-ceasefire-deal',
    publisher: 'Kurdistan24',
    title: 'Trump and Putin End Alaska Summit Without Ukraine Ceasefire Deal',
    retrieved: '2026-12-03',
  },
  rubioYearEnd: {
    url: 'https://guyanainquirer.com/?p=612446',
    publisher: 'Al Jazeera',
    via: 'Guyana Inquirer',
    title: 'Five key takeaways from US Secretary of State Rubio’s year-end briefing',
    published: '2025-12-19',
  },
  ynetVanceHegseth: {
    url: 'https://www.ynetnews.com/article/bk7sag00y11g',
    publisher: 'Ynetnews',
    title: '[Ynetnews article on Vice President JD Vance and Secretary of War Pete Hegseth, March 2026]',
    published: '2026-03-06',
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
      pl: [
        'prezydent Trump',
        'Donalda Trumpa',
        'Donaldowi Trumpowi',
        'Donaldem Trumpem',
        { text: 'Trumpa', when: 'in-context', context: ['prezydent', 'prezydenta', 'białym domu', 'usa'] },
        { text: 'Trumpowi', when: 'in-context', context: ['prezydent', 'prezydenta', 'białym domu', 'usa'] },
        { text: 'Trumpem', when: 'in-context', context: ['prezydent', 'prezydenta', 'białym domu', 'usa'] },
        { text: 'Trumpie', when: 'in-context', context: ['prezydent', 'prezydenta', 'białym domu', 'usa'] },
      ],
      bg: [
        'Доналд Тръмп',
        {
          text: 'Тръмп',
          when: 'in-context',
          context: ['президент', 'президентът', 'президента', 'сащ', 'белия дом', 'администрацията'],
        },
      ],
      tr: ['ABD Başkanı Trump', 'Başkan Trump'],
      ja: [
        'ドナルド・トランプ',
        'トランプ大統領',
        { text: 'トランプ', when: 'in-context', context: ['大統領', '米国', 'アメリカ', 'ホワイトハウス', '政権'] },
      ],
      zh: [
        '唐纳德·特朗普',
        '唐納德·特朗普',
        '唐納·川普',
        { text: '特朗普', when: 'in-context', context: ['总统', '總統', '美国', '美國', '白宫', '白宮'] },
        { text: '川普', when: 'in-context', context: ['总统', '總統', '美国', '美國', '白宫', '白宮'] },
      ],
      ko: [
        '도널드 트럼프',
        '트럼프 대통령',
        { text: '트럼프', when: 'in-context', context: ['대통령', '미국', '백악관', '행정부'] },
      ],
      ar: [
        'دونالد ترامب',
        'دونالد ترمب',
        {
          text: 'ترامب',
          when: 'in-context',
          context: ['رئيس', 'البيت الأبيض', 'واشنطن', 'الولايات المتحدة', 'أمريكي', 'أميركي'],
        },
        {
          text: 'ترمب',
          when: 'in-context',
          context: ['رئيس', 'البيت الأبيض', 'واشنطن', 'الولايات المتحدة', 'أمريكي', 'أميركي'],
        },
      ],
      hi: [
        'डोनाल्ड ट्रंप',
        'डोनाल्ड ट्रम्प',
        'डॉनल्ड ट्रंप',
        'डॉनल्ड ट्रम्प',
        { text: 'ट्रंप', when: 'in-context', context: ['राष्ट्रपति', 'अमेरिका', 'अमेरिकी', 'अमरीका', 'व्हाइट हाउस'] },
        { text: 'ट्रम्प', when: 'in-context', context: ['राष्ट्रपति', 'अमेरिका', 'अमेरिकी', 'अमरीका', 'व्हाइट हाउस'] },
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
      'Мелания Тръмп',
      'Тръмп Тауър',
      'メラニア・トランプ',
      'ドナルド・トランプ・ジュニア',
      'トランプ・ジュニア',
      'トランプタワー',
      '梅拉尼娅·特朗普',
      '小唐纳德·特朗普',
      '特朗普大厦',
      '川普大樓',
      '멜라니아 트럼프',
      '도널드 트럼프 주니어',
      '트럼프 주니어',
      '트럼프 타워',
      'ميلانيا ترامب',
      'برج ترامب',
      'मेलानिया ट्रंप',
      'ट्रंप टावर',
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
      {
        title: 'President of the United States (45th)',
        from: '2017-01-20',
        to: '2021-01-20',
        source: 0,
        checkedTo: '2021-01-20',
        checkedBy: 1,
      },
      {
        title: 'President of the United States (47th)',
        from: '2025-01-20',
        source: 1,
        checkedTo: '2026-03-06',
        checkedBy: 8,
      },
    ],
    uk: {
      name: 'Дональд Трамп',
      summary:
        'Президент США (2017–2021 і знову з 20 січня 2025 року); тиснув на Україну щодо угоди про корисні копалини.',
      context:
        'Трамп повернувся до Білого дому 20 січня 2025 року. Він прагнув частки мінеральних багатств України, якось навівши цифру в 500 млрд доларів, і називав це поверненням коштів за допомогу США. Зустріч із Зеленським в Овальному кабінеті 28 лютого 2025 року завершилася без підписання угоди; переглянуту угоду про створення спільного інвестиційного фонду підписали 30 квітня 2025 року.',
    },
    asOf: '2026-03-06',
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
      S.alaska,
      S.rubioYearEnd,
      S.ynetVanceHegseth,
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
      de: ['Wolodymyr Selenskyj', { text: 'Selenskyj', stem: true }, { text: 'Selenski', stem: true }],
      fr: ['Volodymyr Zelensky', 'Zelensky', 'Zelenski'],
      es: ['Volodímir Zelenski', 'Volodimir Zelenski', 'Zelenski', 'Zelensky'],
      it: ['Vladimir Zelensky'],
      pl: ['Wołodymyr Zełenski', { text: 'Zełensk', stem: true }],
      pt: ['Volodymyr Zelenski'],
      bg: ['Володимир Зеленски', 'Зеленски'],
      tr: ['Volodimir Zelenskiy', 'Vladimir Zelenskiy'],
      ja: ['ウォロディミル・ゼレンスキー', 'ゼレンスキー', 'ゼレンシキー'],
      zh: ['弗拉基米尔·泽连斯基', '泽连斯基', '澤連斯基', '澤倫斯基'],
      ko: ['볼로디미르 젤렌스키', '젤렌스키'],
      ar: ['فولوديمير زيلينسكي', 'زيلينسكي', 'زيلنسكي', 'زيلينسكى'],
      hi: ['वोलोदिमीर ज़ेलेंस्की', 'ज़ेलेंस्की', 'जेलेंस्की', 'ज़ेलेन्स्की', 'जेलेन्स्की'],
    },
    notThis: [
      'Olena Zelenska',
      'Олена Зеленська',
      'Олени Зеленської',
      'Олені Зеленській',
      'Елена Зеленская',
      'Елены Зеленской',
      'Olena Selenska',
      'Ołena Zełenska',
      'Ołeny Zełenskiej',
      'Olena Zełenska',
      'Олена Зеленска',
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
    roles: [{ title: 'President of Ukraine', from: '2019-05-20', source: 0, checkedTo: '2026-01-02', checkedBy: 3 }],
    uk: {
      name: 'Володимир Зеленський',
      summary:
        'Президент України з травня 2019 року; 28 лютого 2025 року приїхав до Вашингтона підписати угоду про корисні копалини, яку того дня так і не підписали.',
      context:
        'Зеленський склав присягу 20 травня 2019 року. Він керує Україною під час повномасштабного вторгнення Росії, що почалося в лютому 2022 року. Разом з угодою про корисні копалини він домагався гарантій безпеки; зустріч із Трампом і Венсом в Овальному кабінеті 28 лютого 2025 року публічно зірвалася, і він поїхав, нічого не підписавши. Україна підписала переглянуту угоду 30 квітня 2025 року, а парламент ратифікував її в травні.',
    },
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
      it: ['vicepresidente Vance'],
      pl: ['wiceprezydent Vance'],
      nl: ['vicepresident Vance'],
      bg: ['Джей Ди Ванс', { text: 'Ванс', when: 'after-full-name' }],
      tr: ['Başkan Yardımcısı Vance'],
      ja: [
        'J・D・バンス',
        'JD・バンス',
        'J・D・ヴァンス',
        'バンス副大統領',
        'ヴァンス副大統領',
        { text: 'バンス', when: 'after-full-name' },
        { text: 'ヴァンス', when: 'after-full-name' },
      ],
      zh: [
        'JD·万斯',
        '副总统万斯',
        '副總統萬斯',
        '副總統范斯',
        { text: '万斯', when: 'in-context', context: ['副总统'] },
        { text: '萬斯', when: 'in-context', context: ['副總統'] },
        { text: '范斯', when: 'in-context', context: ['副總統'] },
      ],
      ko: ['JD 밴스', '밴스 부통령', { text: '밴스', when: 'after-full-name' }],
      ar: ['جي دي فانس', 'جيه دي فانس', { text: 'فانس', when: 'after-full-name' }],
      hi: ['जेडी वेंस', 'जे डी वेंस', 'उपराष्ट्रपति वेंस', { text: 'वेंस', when: 'after-full-name' }],
    },
    notThis: [
      'Usha Vance',
      'Usha Chilukuri Vance',
      'Cyrus Vance',
      'Уша Венс',
      'Уша Вэнс',
      'ウーシャ・バンス',
      '乌莎·万斯',
      '우샤 밴스',
      'أوشا فانس',
      'उषा वेंस',
    ],
    summary:
      'Vice President of the United States since January 20, 2025; took part in the February 28, 2025 Oval Office exchange with Zelenskyy.',
    context:
      'Vance, a former Republican senator from Ohio, was sworn in as vice president with Trump on January 20, 2025. At the February 28, 2025 Oval Office meeting he told Zelenskyy it was disrespectful to argue the case in front of the press and asked whether he had thanked the president, which helped turn the meeting into an open dispute.',
    related: ['donald-trump', 'volodymyr-zelenskyy', 'oval-office-meeting-2025'],
    roles: [
      {
        title: 'Vice President of the United States',
        from: '2025-01-20',
        source: 0,
        checkedTo: '2026-03-06',
        checkedBy: 2,
      },
    ],
    uk: {
      name: 'Джей Ді Венс',
      summary:
        'Віцепрезидент США з 20 січня 2025 року; брав участь у суперечці із Зеленським в Овальному кабінеті 28 лютого 2025 року.',
      context:
        'Венс, колишній сенатор-республіканець від Огайо, склав присягу віцепрезидента разом із Трампом 20 січня 2025 року. На зустрічі в Овальному кабінеті 28 лютого 2025 року він сказав Зеленському, що сперечатися перед пресою неповажно, і спитав, чи той подякував президентові, — це допомогло перетворити зустріч на відкриту суперечку.',
    },
    asOf: '2026-03-06',
    sources: [S.inauguration2025, S.ovalOffice, S.ynetVanceHegseth],
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
      pl: ["Mike'a Waltza", { text: 'Waltza', when: 'after-full-name' }],
      bg: ['Майк Уолц', { text: 'Уолц', when: 'after-full-name' }],
      ja: ['マイク・ウォルツ', { text: 'ウォルツ', when: 'after-full-name' }],
      zh: [
        '迈克·沃尔兹',
        '邁克爾·華爾茲',
        { text: '沃尔兹', when: 'in-context', context: ['国家安全顾问', '国家安全事务助理'] },
        { text: '華爾茲', when: 'in-context', context: ['國家安全顧問', '國安顧問', '國家安全事務助理'] },
      ],
      ko: [
        '마이크 왈츠',
        '마이크 월츠',
        { text: '왈츠', when: 'in-context', context: ['국가안보보좌관', '안보보좌관'] },
        { text: '월츠', when: 'after-full-name' },
      ],
      ar: ['مايك والتز', { text: 'والتز', when: 'after-full-name' }],
      hi: [
        'माइक वॉल्ट्ज़',
        'माइक वॉल्ट्ज',
        { text: 'वॉल्ट्ज़', when: 'after-full-name' },
        { text: 'वॉल्ट्ज', when: 'after-full-name' },
      ],
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
        checkedTo: '2025-05-01',
      },
      { title: 'U.S. ambassador to the United Nations', from: '2025-09-19', source: 1, checkedTo: '2025-09-22' },
    ],
    uk: { name: 'Майк Волц' },
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
        checkedTo: '2025-09-05',
        checkedBy: 1,
      },
      {
        title: 'U.S. Secretary of Defense (secondary title: Secretary of War)',
        organisation: 'U.S. Department of Defense (secondary name: Department of War)',
        from: '2025-09-05',
        source: 1,
        checkedTo: '2026-03-06',
        checkedBy: 2,
      },
    ],
    uk: { name: 'Піт Гегсет' },
    asOf: '2026-03-06',
    sources: [
      {
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/4041030/secretary-of-defense-pete-hegseth-begins-most-important-deployment-of-my-life/',
        publisher: 'U.S. Department of Defense (DOD News)',
        title: "Secretary of Defense Pete Hegseth Begins 'Most Important Deployment of My Life'",
        published: '2025-01-25',
      },
      {
        // The order's text, as Ballotpedia reproduces it (the page shows no date of its own).
        url: 'https://ballotpedia.org/Executive_Order:_Restoring_the_United_States_Department_of_War_(Donald_Trump,_2025)',
        publisher: 'Ballotpedia',
        title: 'Executive Order: Restoring the United States Department of War (Donald Trump, 2025)',
        retrieved: '2026-12-03',
      },
      S.ynetVanceHegseth,
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
    roles: [
      {
        title: 'President of the United States (46th)',
        from: '2021-01-20',
        to: '2025-01-20',
        source: 0,
        checkedTo: '2025-01-20',
        checkedBy: 1,
      },
    ],
    uk: { name: 'Джо Байден' },
    asOf: '2025-01-20',
    sources: [
      {
        url: 'https://www.whas11.com/article/entertainment/entertainment-tonight/joe-biden-is-sworn-in-as-president-of-the-united-states/603-6697fd4f-2655-4cd1-ae96-8e7e8f98ef20',
        publisher: 'Entertainment Tonight',
        via: 'WHAS11',
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
      pl: [
        'Władimir Putin',
        'Władimira Putina',
        { text: 'Putina', when: 'in-context', context: ['rosja', 'rosji', 'kreml', 'kremla', 'kremlu', 'moskwie'] },
        { text: 'Putinem', when: 'in-context', context: ['rosja', 'rosji', 'kreml', 'kremla', 'kremlu', 'moskwie'] },
        { text: 'Putinowi', when: 'in-context', context: ['rosja', 'rosji', 'kreml', 'kremla', 'kremlu', 'moskwie'] },
      ],
      nl: ['Vladimir Poetin', { text: 'Poetin', when: 'in-context', context: ['rusland', 'kremlin', 'moskou'] }],
      ja: ['ウラジーミル・プーチン', 'プーチン'],
      zh: [
        '弗拉基米尔·普京',
        { text: '普京', when: 'in-context', context: ['俄罗斯', '俄羅斯', '克里姆林宫', '克里姆林宮', '莫斯科'] },
        { text: '普丁', when: 'in-context', context: ['俄罗斯', '俄羅斯', '克里姆林宫', '克里姆林宮', '莫斯科'] },
      ],
      ko: ['블라디미르 푸틴', { text: '푸틴', when: 'in-context', context: ['러시아', '크렘린', '모스크바'] }],
      ar: ['فلاديمير بوتين', 'بوتين'],
      hi: ['व्लादिमीर पुतिन', 'पुतिन'],
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
    roles: [{ title: 'President of Russia', from: '2012-05-07', source: 0, checkedTo: '2025-08-16', checkedBy: 2 }],
    uk: {
      name: 'Володимир Путін',
      summary:
        'Президент Росії (2000–2008 і знову з травня 2012 року), який 2022 року віддав наказ про повномасштабне вторгнення в Україну.',
      context:
        'Путін повернувся на посаду президента 7 травня 2012 року, а 7 травня 2024 року розпочав п’ятий термін. Росія анексувала Крим 2014 року і в лютому 2022 року почала повномасштабне вторгнення, яке, за словами України та її союзників, порушило Будапештський меморандум 1994 року.',
    },
    asOf: '2025-08-16',
    sources: [
      {
        url: 'https://www.rnz.co.nz/news/world/105225/putin-sworn-in-for-third-term-as-president',
        publisher: 'RNZ',
        title: 'Putin sworn-in for third term as president',
        published: '2012-05-07',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/102063/',
        publisher: 'Interfax',
        title: 'Putin sworn in as Russian president for 5th time',
        published: '2024-05-07',
      },
      S.alaska,
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
      tr: ['Dışişleri Bakanı Rubio'],
      ja: ['マルコ・ルビオ', 'ルビオ国務長官', { text: 'ルビオ', when: 'in-context', context: ['国務長官', '国務省'] }],
      zh: ['马尔科·鲁比奥', '鲁比奥', '魯比奧', '盧比歐'],
      ko: ['마코 루비오', '마르코 루비오', '루비오'],
      ar: ['ماركو روبيو', 'روبيو'],
      hi: ['मार्को रुबियो', 'रुबियो'],
    },
    summary: 'U.S. Secretary of State since January 20, 2025, and acting national security adviser since May 2025.',
    context:
      'A former Republican senator from Florida, Rubio was confirmed 99–0 as secretary of state on January 20, 2025. He was present at the February 28, 2025 Oval Office meeting. After Mike Waltz was removed on May 1, 2025, Rubio also took on the national security adviser’s duties on an acting basis, and in November 2025 he led U.S. talks with Ukrainian officials in Geneva.',
    related: ['donald-trump', 'mike-waltz', 'jeddah-talks-2025', 'oval-office-meeting-2025', 'steve-witkoff'],
    roles: [
      {
        title: 'U.S. Secretary of State',
        organisation: 'U.S. Department of State',
        from: '2025-01-20',
        source: 0,
        checkedTo: '2025-12-19',
        checkedBy: 3,
      },
      {
        title: 'Acting U.S. national security adviser',
        organisation: 'White House',
        from: '2025-05-01',
        source: 1,
        checkedTo: '2025-12-19',
        checkedBy: 3,
      },
    ],
    uk: {
      name: 'Марко Рубіо',
      summary:
        'Державний секретар США з 20 січня 2025 року, а з травня 2025 року також тимчасовий радник з національної безпеки.',
      context:
        'Колишнього сенатора-республіканця від Флориди Рубіо 20 січня 2025 року затвердили держсекретарем 99 голосами проти 0. Він був присутній на зустрічі в Овальному кабінеті 28 лютого 2025 року. Після того як 1 травня 2025 року Майка Волца усунули з посади, Рубіо тимчасово перебрав і обов’язки радника з національної безпеки, а в листопаді 2025 року очолив переговори США з українськими посадовцями в Женеві.',
    },
    asOf: '2025-12-19',
    sources: [
      {
        url: 'https://www.keranews.org/2025-01-20/marco-rubio-confirmed-as-secretary-of-state',
        publisher: 'NPR',
        via: 'KERA News',
        title: 'Marco Rubio confirmed as Secretary of State',
        published: '2025-01-20',
      },
      S.waltzOut,
      S.rubioGeneva,
      S.rubioYearEnd,
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
      pl: [
        'Scotta Bessenta',
        { text: 'Bessenta', when: 'in-context', context: ['skarbu', 'sekretarz', 'sekretarza', 'minerałów'] },
        { text: 'Bessentem', when: 'in-context', context: ['skarbu', 'sekretarz', 'sekretarza', 'minerałów'] },
      ],
      bg: [
        'Скот Бесънт',
        { text: 'Бесънт', when: 'in-context', context: ['финансите', 'министърът', 'министър', 'минерали', 'фонд'] },
      ],
      tr: ['Hazine Bakanı Bessent'],
      ja: [
        'スコット・ベッセント',
        'ベッセント財務長官',
        { text: 'ベッセント', when: 'in-context', context: ['財務長官', '財務省', '鉱物'] },
      ],
      zh: [
        '斯科特·贝森特',
        '斯科特·貝森特',
        { text: '贝森特', when: 'in-context', context: ['财政部长', '财长', '财政部', '矿产'] },
        { text: '貝森特', when: 'in-context', context: ['財政部長', '財長', '財政部', '礦產'] },
      ],
      ko: [
        '스콧 베선트',
        '스콧 베센트',
        { text: '베선트', when: 'in-context', context: ['재무장관', '재무부', '광물'] },
        { text: '베센트', when: 'in-context', context: ['재무장관', '재무부', '광물'] },
      ],
      ar: ['سكوت بيسنت', { text: 'بيسنت', when: 'in-context', context: ['الخزانة', 'وزير', 'المعادن'] }],
      hi: ['स्कॉट बेसेंट', { text: 'बेसेंट', when: 'in-context', context: ['वित्त मंत्री', 'ट्रेजरी', 'खनिज'] }],
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
        checkedTo: '2025-06-05',
        checkedBy: 2,
      },
    ],
    uk: {
      name: 'Скотт Бессент',
      summary:
        'Міністр фінансів США з січня 2025 року; 30 квітня 2025 року підписав угоду про корисні копалини від імені США.',
      context:
        'Бессента, колишнього керівника хедж-фонду, Сенат затвердив 27 січня 2025 року. У лютому 2025 року він привіз до Києва ранній американський проєкт угоди про корисні копалини. 30 квітня 2025 року він і Юлія Свириденко підписали угоду про створення Американсько-українського інвестиційного фонду відбудови, партнером у якому стала Корпорація фінансування міжнародного розвитку США.',
    },
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
      nl: ['Joelia Svyrydenko'],
      tr: ['Yulia Svıridenko', 'Yuliya Svıridenko', 'Svıridenko'],
      ja: ['ユリア・スビリデンコ', 'スビリデンコ', 'スヴィリデンコ'],
      zh: ['尤利娅·斯维里坚科', '斯维里坚科', '斯維里登科'],
      ko: ['율리아 스비리덴코', '스비리덴코'],
      ar: ['يوليا سفيريدينكو', 'سفيريدينكو', 'سفيريدنكو'],
      hi: ['यूलिया स्विरीडेंको', 'स्विरीडेंको', 'स्विरिडेंको'],
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
        checkedTo: '2025-07-17',
      },
      {
        title: 'Prime Minister of Ukraine',
        organisation: 'Cabinet of Ministers of Ukraine',
        from: '2025-07-17',
        source: 0,
        checkedTo: '2026-01-22',
        checkedBy: 2,
      },
    ],
    uk: {
      name: 'Юлія Свириденко',
      summary:
        'Перша віцепрем’єр-міністерка і міністерка економіки України, яка в квітні 2025 року підписала угоду про корисні копалини; прем’єр-міністерка з 17 липня 2025 року.',
      context:
        'Свириденко стала першою віцепрем’єр-міністеркою і міністеркою економіки в листопаді 2021 року і очолювала українську сторону на переговорах щодо корисних копалин. Вона підписала угоду зі Скоттом Бессентом у Вашингтоні 30 квітня 2025 року. 17 липня 2025 року парламент призначив її прем’єр-міністеркою замість Дениса Шмигаля.',
    },
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
      pl: ['Denys Szmyhal', { text: 'Szmyhal', stem: true }],
      nl: ['Denys Sjmyhal', 'Sjmyhal'],
      bg: ['Денис Шмигал'],
      tr: ['Denis Şmigal', 'Şmigal', 'Şmihal'],
      ja: ['デニス・シュミハリ', 'シュミハリ'],
      zh: ['杰尼斯·什米加尔', '什米加尔', '什米加爾'],
      ko: ['데니스 슈미갈', '슈미갈', '슈미할'],
      ar: ['دينيس شميهال', 'شميهال', 'شميغال'],
      hi: ['डेनिस श्मिहाल', 'श्मिहाल'],
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
        checkedTo: '2025-07-17',
      },
      {
        title: 'Minister of Defence of Ukraine',
        from: '2025-07-17',
        to: '2026-01-13',
        source: 1,
        checkedTo: '2026-01-14',
      },
      {
        title: 'First Deputy Prime Minister and Minister of Energy of Ukraine',
        from: '2026-01-14',
        source: 1,
        checkedTo: '2026-01-15',
        checkedBy: 2,
      },
    ],
    uk: { name: 'Денис Шмигаль' },
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
      pl: [
        'Andrija Jermaka',
        { text: 'Jermaka', when: 'in-context', context: ['zełenski', 'zełenskiego', 'ukrainy', 'biura prezydenta'] },
        { text: 'Jermakiem', when: 'in-context', context: ['zełenski', 'zełenskiego', 'ukrainy', 'biura prezydenta'] },
      ],
      bg: [
        'Андрий Ермак',
        'Андрий Йермак',
        { text: 'Йермак', when: 'in-context', context: ['зеленски', 'украйна', 'президентския офис'] },
      ],
      ja: [
        'アンドリー・イェルマーク',
        {
          text: 'イェルマーク',
          when: 'in-context',
          context: ['ゼレンスキー', 'ゼレンシキー', 'ウクライナ', '大統領府'],
        },
        {
          text: 'イエルマーク',
          when: 'in-context',
          context: ['ゼレンスキー', 'ゼレンシキー', 'ウクライナ', '大統領府'],
        },
        { text: 'イェルマク', when: 'in-context', context: ['ゼレンスキー', 'ゼレンシキー', 'ウクライナ', '大統領府'] },
      ],
      zh: [
        '安德烈·叶尔马克',
        '安德里·葉爾馬克',
        { text: '叶尔马克', when: 'in-context', context: ['泽连斯基', '乌克兰', '总统办公室'] },
        { text: '葉爾馬克', when: 'in-context', context: ['澤連斯基', '澤倫斯基', '烏克蘭', '總統辦公室', '總統府'] },
      ],
      ko: [
        '안드리 예르마크',
        { text: '예르마크', when: 'in-context', context: ['젤렌스키', '우크라이나', '대통령실', '비서실장'] },
      ],
      ar: [
        'أندريه يرماك',
        'أندري يرماك',
        { text: 'يرماك', when: 'in-context', context: ['زيلينسكي', 'زيلنسكي', 'أوكرانيا', 'أوكراني', 'أوكرانية'] },
      ],
      hi: [
        'आंद्रेई यरमक',
        'एंड्री यरमक',
        { text: 'यरमक', when: 'in-context', context: ['ज़ेलेंस्की', 'जेलेंस्की', 'यूक्रेन', 'यूक्रेनी'] },
      ],
    },
    summary:
      'Head of the Office of the President of Ukraine from February 2020 until his resignation on November 28, 2025.',
    context:
      'Yermak was Zelenskyy’s chief of staff and a lead negotiator with Washington, including at talks with Marco Rubio in Geneva in November 2025. He resigned on November 28, 2025, the day anti-corruption investigators searched his home; Zelenskyy named intelligence chief Kyrylo Budanov to the post on January 2, 2026.',
    related: ['volodymyr-zelenskyy', 'oval-office-meeting-2025', 'jeddah-talks-2025'],
    roles: [
      {
        title: 'Head of the Office of the President of Ukraine',
        from: '2020-02-11',
        to: '2025-11-28',
        source: 0,
        checkedTo: '2025-11-28',
      },
    ],
    uk: {
      name: 'Андрій Єрмак',
      summary: 'Керівник Офісу Президента України з лютого 2020 року до відставки 28 листопада 2025 року.',
      context:
        'Єрмак був керівником апарату Зеленського і одним із головних переговорників із Вашингтоном, зокрема на переговорах із Марко Рубіо в Женеві в листопаді 2025 року. Він подав у відставку 28 листопада 2025 року, того дня, коли антикорупційні слідчі провели обшук у його помешканні; 2 січня 2026 року Зеленський призначив на цю посаду очільника розвідки Кирила Буданова.',
    },
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
      pl: [
        "Steve'a Witkoffa",
        { text: 'Witkoffa', when: 'in-context', context: ['wysłannik', 'wysłannika', 'trumpa', 'putinem', 'putina'] },
        { text: 'Witkoffem', when: 'in-context', context: ['wysłannik', 'wysłannika', 'trumpa', 'putinem', 'putina'] },
      ],
      bg: [
        'Стив Уиткоф',
        { text: 'Уиткоф', when: 'in-context', context: ['пратеник', 'пратеникът', 'тръмп', 'путин'] },
      ],
      ja: ['スティーブ・ウィトコフ', 'スティーブン・ウィトコフ', 'ウィトコフ'],
      zh: ['史蒂夫·威特科夫', '威特科夫', '魏科夫'],
      ko: ['스티브 위트코프', '위트코프'],
      ar: ['ستيف ويتكوف', 'ويتكوف'],
      hi: ['स्टीव विटकॉफ', 'स्टीव विटकॉफ़', 'विटकॉफ', 'विटकॉफ़'],
    },
    summary:
      'Real-estate investor named Trump’s special envoy to the Middle East, whose brief widened to talks with Russia on the war in Ukraine.',
    context:
      'Trump named Witkoff, a longtime friend with no diplomatic background, special envoy to the Middle East in November 2024. In February 2025 Trump named him, with Marco Rubio and Mike Waltz, to lead negotiations with Russia, and he travelled to Moscow that month; he remained a central U.S. negotiator on the war through 2025, by then styled special envoy for peace missions.',
    related: ['donald-trump', 'vladimir-putin', 'marco-rubio', 'keith-kellogg'],
    // Reuters and Ukrainian outlets called him "special envoy for peace missions" by November 2025; when that
    // styling began is not documented in the sources found, so it is part of the one role's title.
    roles: [
      {
        title: 'U.S. special envoy to the Middle East (by late 2025 also styled special envoy for peace missions)',
        from: '2025-01-20',
        source: 0,
        checkedTo: '2025-11-19',
        checkedBy: 3,
      },
    ],
    uk: { name: 'Стів Віткофф' },
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
      {
        url: 'https://babel.ua/en/news/123190-reuters-trump-s-special-envoy-for-ukraine-to-leave-post-in-january',
        publisher: 'Babel',
        title: '[Report, citing Reuters, that Kellogg plans to leave his post in January]',
        published: '2025-11-19',
      },
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
      pl: ['Keitha Kellogga', { text: 'Kellogga', when: 'after-full-name' }],
      bg: ['Кийт Келог', { text: 'Келог', when: 'after-full-name' }],
      ja: ['キース・ケロッグ', { text: 'ケロッグ', when: 'in-context', context: ['特使', 'ウクライナ'] }],
      zh: [
        '基思·凯洛格',
        '基思·凱洛格',
        { text: '凯洛格', when: 'in-context', context: ['特使', '乌克兰'] },
        { text: '凱洛格', when: 'in-context', context: ['特使', '烏克蘭'] },
      ],
      ko: ['키스 켈로그', { text: '켈로그', when: 'in-context', context: ['특사', '우크라이나'] }],
      ar: [
        'كيث كيلوغ',
        'كيث كيلوج',
        { text: 'كيلوغ', when: 'in-context', context: ['مبعوث', 'أوكرانيا'] },
        { text: 'كيلوج', when: 'in-context', context: ['مبعوث', 'أوكرانيا'] },
      ],
      hi: ['कीथ केलॉग', { text: 'केलॉग', when: 'in-context', context: ['दूत', 'यूक्रेन'] }],
    },
    summary:
      'Retired U.S. general; Trump’s envoy for Ukraine and Russia, for Ukraine only from March 15, 2025, until he stepped down on December 31, 2025.',
    context:
      'Kellogg, a national security official in Trump’s first term, was appointed special envoy for Ukraine and Russia; on March 15, 2025 Trump narrowed the post to Ukraine, after reports that Moscow did not want him in the talks. In November 2025 Reuters reported that he planned to leave in January 2026; he told the Kyiv Independent he stepped down on December 31, 2025, and joined the America First Policy Institute.',
    related: ['donald-trump', 'volodymyr-zelenskyy', 'steve-witkoff', 'trump-first-impeachment'],
    roles: [
      {
        title: 'U.S. special envoy for Ukraine and Russia',
        from: '2025-02-03',
        to: '2025-03-15',
        source: 0,
        checkedTo: '2025-03-15',
        checkedBy: 1,
      },
      {
        title: 'U.S. special envoy to Ukraine',
        from: '2025-03-15',
        to: '2025-12-31',
        source: 1,
        checkedTo: '2025-12-31',
        checkedBy: 3,
      },
    ],
    uk: { name: 'Кіт Келлог' },
    asOf: '2026-12-03',
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
      {
        url: 'https://kyivindependent.com/keith-kellogg-says-he-left-trumps-white-house-to-be-free-to-talk-about-ukraine',
        publisher: 'The Kyiv Independent',
        title: "Keith Kellogg left Trump's White House for 'freedom to talk' about Ukraine — here's why",
        retrieved: '2026-12-03',
      },
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
      pl: ['Oksany Markarowej', 'Markarowej', 'Markarową'],
      ja: ['オクサナ・マルカロワ', 'マルカロワ'],
      zh: ['奥克萨娜·马卡罗娃', '马卡罗娃', '馬卡羅娃'],
      ko: ['옥사나 마르카로바', '마르카로바'],
      ar: ['أوكسانا ماركاروفا', 'ماركاروفا'],
      hi: ['ओक्साना मार्करोवा', 'मार्करोवा'],
    },
    summary:
      'Ukraine’s ambassador to the United States from February 2021 to August 27, 2025; present at the February 28, 2025 Oval Office meeting.',
    context:
      'A former finance minister, Markarova represented Ukraine in Washington through the years of full-scale war. She was in the Oval Office on February 28, 2025. Zelenskyy replaced her with Olha Stefanishyna on August 27, 2025 and said he had asked her to keep working for Ukraine; no later post is recorded here.',
    related: ['volodymyr-zelenskyy', 'olha-stefanishyna', 'oval-office-meeting-2025'],
    roles: [
      {
        title: 'Ambassador of Ukraine to the United States',
        from: '2021-02-25',
        to: '2025-08-27',
        source: 0,
        checkedTo: '2025-08-27',
      },
    ],
    uk: { name: 'Оксана Маркарова' },
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
      pl: [
        'Keira Starmera',
        { text: 'Starmera', when: 'in-context', context: ['premier', 'premiera', 'wielkiej brytanii', 'londynie'] },
        { text: 'Starmerem', when: 'in-context', context: ['premier', 'premiera', 'wielkiej brytanii', 'londynie'] },
      ],
      bg: ['Киър Стармър', 'Стармър'],
      ja: ['キア・スターマー', 'スターマー'],
      zh: ['基尔·斯塔默', '斯塔默', '施凱爾', '施紀賢'],
      ko: ['키어 스타머', '스타머'],
      ar: ['كير ستارمر', 'ستارمر'],
      hi: ['कीर स्टार्मर', 'स्टार्मर'],
    },
    summary:
      'UK prime minister from July 5, 2024; on June 22, 2026 he announced he would resign. With Emmanuel Macron he co-chaired the "coalition of the willing".',
    context:
      'Starmer met Trump at the White House on February 27, 2025, the day before the Oval Office meeting. Two days after it, on March 2, 2025, he hosted European leaders in London, where he proposed a "coalition of the willing" to back any ceasefire in Ukraine; he and Macron co-chaired its meetings. On June 22, 2026 he announced that he would resign once Labour chose a new leader.',
    related: ['emmanuel-macron', 'coalition-of-the-willing', 'security-guarantees', 'volodymyr-zelenskyy'],
    // On June 22, 2026 he announced his resignation, staying in office until Labour chooses a successor; no
    // source found says when the successor took office, so the role stays open, confirmed to that day.
    roles: [
      {
        title: 'Prime Minister of the United Kingdom',
        from: '2024-07-05',
        source: 0,
        checkedTo: '2026-06-22',
        checkedBy: 5,
      },
    ],
    uk: { name: 'Кір Стармер' },
    asOf: '2026-06-22',
    sources: [
      {
        url: 'https://en.prothomalo.com/international/europe/bgjpbkyhtm',
        publisher: 'AFP',
        via: 'Prothom Alo',
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
        publisher: 'Bloomberg',
        via: 'Business Standard',
        title: "Europe needs a 'coalition of the willing' for Ukraine: UK PM Keir Starmer",
        published: '2025-03-02',
      },
      S.coalitionStatement,
      {
        url: 'https://www.thefuse.co.za/news/eqrwSjO',
        publisher: 'News24',
        via: 'The Fuse',
        title: "Britain's Starmer says leadership change would 'not be in national interest'",
        published: '2026-01-05',
      },
      {
        url: 'https://jordantimes.com/news/world/labours-burnham-confirms-he-will-seek-to-replace-starmer',
        publisher: 'AFP',
        via: 'The Jordan Times',
        title: "Labour's Burnham confirms he will seek to replace Starmer",
        retrieved: '2026-12-03',
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
      pl: [
        'Emmanuela Macrona',
        { text: 'Macrona', when: 'in-context', context: ['francja', 'francji', 'prezydent', 'prezydenta'] },
        { text: 'Macronem', when: 'in-context', context: ['francja', 'francji', 'prezydent', 'prezydenta'] },
      ],
      bg: ['Еманюел Макрон'],
      ja: ['エマニュエル・マクロン', 'マクロン'],
      zh: ['埃马纽埃尔·马克龙', '马克龙', '馬克龍', '馬克宏'],
      ko: ['에마뉘엘 마크롱', '마크롱'],
      ar: ['إيمانويل ماكرون', { text: 'ماكرون', when: 'in-context', context: ['فرنسا', 'فرنسي', 'الإليزيه', 'رئيس'] }],
      hi: ['इमैनुएल मैक्रों', 'मैक्रों', 'मैक्रॉन'],
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
    roles: [{ title: 'President of France', from: '2017-05-14', source: 0, checkedTo: '2025-08-18', checkedBy: 2 }],
    uk: { name: 'Емманюель Макрон' },
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
        publisher: 'AFP',
        via: 'Malay Mail',
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
        checkedTo: '2025-03-03',
        checkedBy: 2,
      },
    ],
    uk: { name: 'Ліндсі Грем' },
    asOf: '2025-03-03',
    sources: [
      {
        url: 'https://ktiv.com/2020/11/03/explainer-why-the-ap-called-s-carolina-for-lindsey-graham/',
        publisher: 'The Associated Press',
        via: 'KTIV',
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
      'U.S. scholar of international relations; directs Defense Priorities’ Grand Strategy program; senior research scholar at Columbia’s Saltzman Institute.',
    context:
      'Menon, a scholar of Russia, Ukraine and U.S. foreign policy, directs the Grand Strategy program at the Defense Priorities think tank, is Spitzer Chair Emeritus at City College of New York and a senior research scholar at Columbia University’s Saltzman Institute. The Christian Science Monitor quoted him on February 28, 2025 on what Europe could do for Ukraine as the minerals deal was negotiated.',
    related: ['saltzman-institute'],
    // Neither start date is public: `from` is the date of the earliest source found that shows the post held.
    roles: [
      {
        title: 'Director of the Grand Strategy program',
        organisation: 'Defense Priorities',
        from: '2026-12-03',
        fromPrecision: 'first-seen',
        source: 1,
        checkedTo: '2026-12-03',
      },
      {
        title: 'Senior research scholar',
        organisation: 'Saltzman Institute of War and Peace Studies, Columbia University',
        from: '2025-02-27',
        fromPrecision: 'first-seen',
        source: 0,
        checkedTo: '2026-12-03',
        checkedBy: 1,
      },
    ],
    uk: { name: 'Раджан Менон' },
    asOf: '2026-12-03',
    sources: [
      {
        url: 'https://www.dropsitenews.com/p/trump-and-the-future-of-the-ukraine',
        publisher: 'Drop Site News',
        title: 'Trump and the Future of the Ukraine-Russia War',
        published: '2025-02-27',
      },
      {
        url: 'https://www.defensepriorities.org/programs/grand-strategy',
        publisher: 'Defense Priorities',
        title: '[Grand Strategy program page, with its director’s biography]',
        retrieved: '2026-12-03',
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
        fromPrecision: 'first-seen',
        source: 1,
        checkedTo: '2025-02-28',
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
      'Meister took over a DGAP program in August 2021 and, by January 2023, led its Center for Order and Governance in Eastern Europe, Russia, and Central Asia in Berlin. He earlier ran the DGAP’s Robert Bosch Center (2017–2019) and the Heinrich Böll Foundation’s South Caucasus office (2019–2021). The Christian Science Monitor quoted him on February 28, 2025 on U.S. policy toward Russia and Ukraine.',
    related: ['dgap'],
    // DGAP's event page says he took over the program in August 2021 (no day given: `from` is the month's
    // first day). His DGAP profile, marked "last updated: January 2023", names him head of the center; when the
    // program became the center is not stated, so one role carries both titles, confirmed to January 2023.
    roles: [
      {
        title:
          'Head of the Center for Order and Governance in Eastern Europe, Russia, and Central Asia (first of a DGAP program)',
        organisation: 'German Council on Foreign Relations (DGAP)',
        from: '2021-08-01',
        fromPrecision: 'month',
        source: 1,
        checkedTo: '2023-01-01',
        checkedBy: 0,
      },
    ],
    uk: { name: 'Штефан Майстер' },
    asOf: '2023-01-01',
    sources: [
      {
        url: 'https://dgap.org/en/user/276',
        publisher: 'German Council on Foreign Relations (DGAP)',
        title: 'Dr. Stefan Meister',
        retrieved: '2026-12-03',
      },
      {
        url: 'https://dgap.org/de/media/11859',
        publisher: 'German Council on Foreign Relations (DGAP)',
        title: '[Event page: “Power Lunch mit …” Stefan Meister, with his biography]',
        retrieved: '2026-12-03',
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
      pl: ['Andrija Sybihy', { text: 'Sybih', stem: true }],
      bg: ['Андрий Сибига', 'Андрий Сибиха', 'Сибиха'],
      tr: ['Andriy Sıbiha', 'Sıbiha'],
      ja: ['アンドリー・シビハ', 'シビハ'],
      zh: ['安德烈·瑟比加', '瑟比加'],
      ko: ['안드리 시비하', '시비하'],
      ar: ['أندريه سيبيغا', 'أندري سيبيها', 'سيبيغا', 'سيبيها'],
      hi: ['आंद्रेई सिबिहा', 'एंड्री सिबिहा', 'सिबिहा'],
    },
    summary: 'Ukraine’s foreign minister since September 5, 2024; took part in the 2025 talks with the United States.',
    context:
      'A career diplomat and former ambassador to Turkey, Sybiha was deputy head of the Presidential Office before parliament made him foreign minister on September 5, 2024, replacing Dmytro Kuleba. He kept the post in the July 2025 reshuffle and announced the rotation of Ukraine’s ambassador in Washington.',
    related: ['volodymyr-zelenskyy', 'jeddah-talks-2025', 'oksana-markarova'],
    roles: [
      {
        title: 'Minister of Foreign Affairs of Ukraine',
        from: '2024-09-05',
        source: 0,
        checkedTo: '2026-01-15',
        checkedBy: 1,
      },
    ],
    uk: { name: 'Андрій Сибіга' },
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
      'Ukraine’s deputy prime minister for European integration during the 2025 minerals talks, which she helped negotiate; ambassador to the U.S. since August 2025.',
    context:
      'Stefanishyna was deputy prime minister for European and Euro-Atlantic integration from June 4, 2020, also justice minister from September 5, 2024, until the government was dismissed on July 16, 2025, and took part in negotiating the minerals agreement. She was named special envoy to the United States on July 17, 2025 and appointed ambassador in Washington on August 27, 2025, succeeding Oksana Markarova.',
    related: ['oksana-markarova', 'us-ukraine-minerals-agreement', 'volodymyr-zelenskyy'],
    // Dismissed as deputy prime minister on September 4, 2024 and reappointed the next day with the justice
    // portfolio added: one continuous deputy-prime-minister role.
    roles: [
      {
        title: 'Deputy Prime Minister for European and Euro-Atlantic Integration of Ukraine',
        from: '2020-06-04',
        to: '2025-07-16',
        source: 2,
        checkedTo: '2025-07-16',
        checkedBy: 3,
      },
      {
        title: 'Minister of Justice of Ukraine',
        from: '2024-09-05',
        to: '2025-07-16',
        source: 1,
        checkedTo: '2025-07-16',
        checkedBy: 3,
      },
      {
        title: 'Ukraine’s special envoy to the United States',
        from: '2025-07-17',
        to: '2025-08-27',
        source: 0,
        checkedTo: '2025-08-27',
      },
      { title: 'Ambassador of Ukraine to the United States', from: '2025-08-27', source: 0, checkedTo: '2025-08-27' },
    ],
    uk: { name: 'Ольга Стефанішина' },
    asOf: '2025-08-27',
    sources: [
      S.newUsEnvoy,
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/09/5/7473607/',
        publisher: 'Ukrainska Pravda',
        title:
          '[Report: parliament appoints Olha Stefanishyna minister of justice and deputy prime minister for European and Euro-Atlantic integration]',
        published: '2024-09-05',
      },
      {
        url: 'https://ukrinform.de/amp/rubric-polytics/3902508-parlament-ernennt-olha-stefanishyna-zu-vizeregierungschefin-und-justizministerin.html',
        publisher: 'Ukrinform',
        title: 'Parlament ernennt Olha Stefanishyna zu Vizeregierungschefin und Justizministerin',
        retrieved: '2026-12-03',
      },
      {
        url: 'https://en.lb.ua/news/2025/07/17/36416_expect_new_svyrydenko.html',
        publisher: 'LB.ua',
        title:
          '[Report on the Rada appointing Yulia Svyrydenko’s government after the Shmyhal government resigned on July 16]',
        published: '2025-07-17',
      },
    ],
  },
];
