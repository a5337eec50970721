import type { InstitutionKind } from '@parley/graph-schema';

/** Kinds of state bodies that articles name by country ("Russia's Foreign Ministry"). */
export type BodyType =
  | 'foreign-ministry'
  | 'defence-ministry'
  | 'unification-ministry'
  | 'presidential-office'
  | 'prime-ministers-office'
  | 'government'
  | 'embassy';

export interface Country {
  /** Canonical English name; also the institution's id (`institution:south-korea`). */
  name: string;
  /** The adjective in the names of its bodies: "South Korean Foreign Ministry", "US State Department". */
  adjective: string;
  /** Adjectives the news uses for it. */
  demonyms: string[];
  aliases: string[];
  /** Capitals stand for their state in the news ("Moscow warned…"). */
  capital?: string;
  /** The other cities its government sits in (South Africa's Pretoria, Cape Town and Bloemfontein). */
  seats?: string[];
  /** Its country-code top-level domain ("kr"): an outlet's domain names the press's home. */
  tld?: string;
  /** Body names that are not "<adjective> <body>". */
  bodies?: Partial<Record<BodyType, string>>;
}

export interface Organization {
  name: string;
  kind: InstitutionKind;
  aliases: string[];
  country?: string;
}

interface Place {
  name: string;
  aliases: string[];
}

const country = (
  name: string,
  adjective: string,
  capital: string | undefined,
  more: Partial<Country> = {},
): Country => ({
  name,
  adjective,
  demonyms: [adjective],
  aliases: [],
  ...(capital ? { capital } : {}),
  ...more,
});

/** States whose names, bodies or aliases the news uses differently from the maintained data. */
export const CURATED_COUNTRIES: Country[] = [
  country('Russia', 'Russian', 'Moscow', {
    aliases: ['Russian Federation'],
    bodies: { 'presidential-office': 'Kremlin' },
  }),
  country('South Korea', 'South Korean', 'Seoul', {
    aliases: ['Republic of Korea', 'ROK'],
    bodies: { 'presidential-office': 'South Korean Presidential Office' },
  }),
  country('North Korea', 'North Korean', 'Pyongyang', {
    aliases: ["Democratic People's Republic of Korea", 'DPRK'],
  }),
  country('United States', 'US', 'Washington', {
    demonyms: ['US', 'U.S.', 'American'],
    aliases: ['US', 'U.S.', 'USA', 'America', 'United States of America'],
    bodies: {
      'foreign-ministry': 'US State Department',
      'defence-ministry': 'Pentagon',
      'presidential-office': 'White House',
    },
  }),
  country('China', 'Chinese', 'Beijing', { aliases: ["People's Republic of China", 'PRC'] }),
  country('Japan', 'Japanese', 'Tokyo'),
  country('India', 'Indian', 'New Delhi', {
    aliases: ['Bharat'],
    bodies: {
      'foreign-ministry': 'Indian Ministry of External Affairs',
      'prime-ministers-office': "Indian Prime Minister's Office",
    },
  }),
  country('Pakistan', 'Pakistani', 'Islamabad', {
    bodies: { 'foreign-ministry': 'Pakistani Foreign Ministry' },
  }),
  country('Iran', 'Iranian', 'Tehran', { aliases: ['Islamic Republic of Iran'] }),
  country('Israel', 'Israeli', 'Jerusalem'),
  country('Ukraine', 'Ukrainian', 'Kyiv', { aliases: [] }),
  country('Canada', 'Canadian', 'Ottawa'),
  country('United Kingdom', 'British', 'London', {
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    bodies: { 'foreign-ministry': 'British Foreign Office' },
  }),
  country('France', 'French', 'Paris'),
  country('Germany', 'German', 'Berlin'),
  country('Italy', 'Italian', 'Rome'),
  country('Spain', 'Spanish', 'Madrid'),
  country('Poland', 'Polish', 'Warsaw'),
  country('Turkey', 'Turkish', 'Ankara', { aliases: ['Türkiye', 'Turkiye'] }),
  country('Saudi Arabia', 'Saudi', 'Riyadh'),
  country('United Arab Emirates', 'Emirati', 'Abu Dhabi', { aliases: ['UAE'] }),
  country('Qatar', 'Qatari', 'Doha'),
  country('Egypt', 'Egyptian', 'Cairo'),
  country('Syria', 'Syrian', 'Damascus'),
  country('Iraq', 'Iraqi', 'Baghdad'),
  country('Afghanistan', 'Afghan', 'Kabul'),
  country('Bangladesh', 'Bangladeshi', 'Dhaka'),
  country('Sri Lanka', 'Sri Lankan', 'Colombo'),
  country('Nepal', 'Nepali', 'Kathmandu'),
  country('Philippines', 'Philippine', 'Manila', {
    demonyms: ['Philippine', 'Filipino'],
    bodies: { 'foreign-ministry': 'Philippine Department of Foreign Affairs' },
  }),
  country('Vietnam', 'Vietnamese', 'Hanoi'),
  country('Indonesia', 'Indonesian', 'Jakarta'),
  country('Malaysia', 'Malaysian', 'Kuala Lumpur'),
  country('Singapore', 'Singaporean', undefined),
  country('Thailand', 'Thai', 'Bangkok'),
  country('Laos', 'Lao', 'Vientiane', { demonyms: ['Lao', 'Laotian'] }),
  country('Kazakhstan', 'Kazakh', 'Astana'),
  country('Mongolia', 'Mongolian', 'Ulaanbaatar'),
  country('Australia', 'Australian', 'Canberra', {
    bodies: { 'foreign-ministry': 'Australian Department of Foreign Affairs and Trade' },
  }),
  country('Brazil', 'Brazilian', 'Brasilia'),
  country('South Africa', 'South African', 'Pretoria', {
    bodies: {
      'foreign-ministry': 'South African Department of International Relations and Cooperation',
    },
  }),
  country('Belarus', 'Belarusian', 'Minsk'),
  country('Taiwan', 'Taiwanese', 'Taipei'),
  country('Armenia', 'Armenian', 'Yerevan'),
  country('Azerbaijan', 'Azerbaijani', 'Baku'),
  country('Hungary', 'Hungarian', 'Budapest'),
  country('Netherlands', 'Dutch', 'Amsterdam'),
  country('Switzerland', 'Swiss', 'Bern'),
  country('Mexico', 'Mexican', 'Mexico City'),
  country('Venezuela', 'Venezuelan', 'Caracas'),
  country('Cuba', 'Cuban', 'Havana'),
  country('Nigeria', 'Nigerian', 'Abuja'),
  country('Palestine', 'Palestinian', 'Ramallah'),
];

export const ORGANIZATIONS: Organization[] = [
  { name: 'United Nations', kind: 'international-body', aliases: ['UN', 'U.N.'] },
  {
    name: 'UN Security Council',
    kind: 'international-body',
    aliases: [
      'Security Council',
      'U.N. Security Council',
      'United Nations Security Council',
      'UNSC',
    ],
  },
  { name: 'UN General Assembly', kind: 'international-body', aliases: ['General Assembly'] },
  { name: 'European Union', kind: 'international-body', aliases: ['EU', 'E.U.'] },
  { name: 'NATO', kind: 'international-body', aliases: ['North Atlantic Treaty Organization'] },
  {
    name: 'ASEAN',
    kind: 'international-body',
    aliases: ['Association of Southeast Asian Nations'],
  },
  { name: 'IAEA', kind: 'international-body', aliases: ['International Atomic Energy Agency'] },
  { name: 'BRICS', kind: 'international-body', aliases: [] },
  { name: 'G7', kind: 'international-body', aliases: ['Group of Seven'] },
  { name: 'G20', kind: 'international-body', aliases: ['Group of 20'] },
  {
    name: 'Shanghai Cooperation Organisation',
    kind: 'international-body',
    aliases: ['SCO', 'Shanghai Cooperation Organization'],
  },
  { name: 'African Union', kind: 'international-body', aliases: ['AU'] },
  {
    name: 'African Union Commission',
    kind: 'international-body',
    aliases: ['AU Commission', 'AUC'],
  },
  ...[
    ['World Health Organization', 'WHO'],
    ['UNICEF', "United Nations Children's Fund"],
    ['UNHCR', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees'],
    ['UN Development Programme', 'UNDP', 'United Nations Development Programme'],
    ['World Food Programme', 'WFP'],
    ['UNESCO'],
    ['UNRWA'],
    ['UN Human Rights Council', 'Human Rights Council', 'UNHRC'],
    ['International Court of Justice', 'ICJ'],
    ['International Criminal Court', 'ICC'],
    ['International Monetary Fund', 'IMF'],
    ['World Bank'],
    ['World Trade Organization', 'WTO'],
    ['European Commission'],
    ['European Parliament'],
    ['European Council'],
    ['Council of Europe'],
    ['OSCE', 'Organization for Security and Co-operation in Europe'],
    ['OPEC'],
    ['Gulf Cooperation Council', 'GCC'],
    ['ECOWAS', 'Economic Community of West African States'],
    ['Arab League', 'League of Arab States'],
    ['Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
    ['Commonwealth of Independent States', 'CIS'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['Eurasian Economic Union', 'EAEU'],
    ['APEC', 'Asia-Pacific Economic Cooperation'],
    ['Quad'],
    ['Organization of American States', 'OAS'],
    ['SAARC'],
    ['Pacific Islands Forum'],
    ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ].map(([name, ...aliases]): Organization => ({
    name: name ?? '',
    kind: 'international-body',
    aliases,
  })),
  { name: 'Kremlin', kind: 'office', aliases: [], country: 'Russia' },
  { name: 'White House', kind: 'office', aliases: [], country: 'United States' },
  { name: 'Pentagon', kind: 'office', aliases: [], country: 'United States' },
  ...[
    ['France', 'French Foreign Ministry', "Quai d'Orsay"],
    ['Brazil', 'Brazilian Foreign Ministry', 'Itamaraty'],
    ['Japan', 'Japanese Foreign Ministry', 'Gaimusho'],
    ['India', 'Indian Ministry of External Affairs', 'MEA'],
    ['United Kingdom', 'British Foreign Office', 'FCDO'],
    // Where the foreign ministry is a department, the news names it so, and by its initials.
    ['Philippines', 'Philippine Department of Foreign Affairs', 'DFA'],
    ['Australia', 'Australian Department of Foreign Affairs and Trade', 'DFAT'],
    [
      'South Africa',
      'South African Department of International Relations and Cooperation',
      'DIRCO',
    ],
  ].map(([country, name, alias]): Organization => ({
    name: name ?? '',
    kind: 'ministry',
    aliases: alias ? [alias] : [],
    ...(country ? { country } : {}),
  })),
  {
    name: 'US State Department',
    kind: 'ministry',
    aliases: ['State Department'],
    country: 'United States',
  },
];

/** Agencies and broadcasters: they report what others say. */
export const NEWS_AGENCIES: Organization[] = [
  { name: 'Yonhap', kind: 'news-agency', aliases: ['Yonhap News', 'Yonhap News Agency'] },
  { name: 'TASS', kind: 'news-agency', aliases: [] },
  { name: 'RIA Novosti', kind: 'news-agency', aliases: [] },
  { name: 'Interfax', kind: 'news-agency', aliases: [] },
  { name: 'Xinhua', kind: 'news-agency', aliases: ['Xinhua News Agency'] },
  { name: 'Korean Central News Agency', kind: 'news-agency', aliases: ['KCNA'] },
  { name: 'Kyodo', kind: 'news-agency', aliases: ['Kyodo News'] },
  { name: 'Reuters', kind: 'news-agency', aliases: [] },
  { name: 'AFP', kind: 'news-agency', aliases: ['Agence France-Presse'] },
  { name: 'Associated Press', kind: 'news-agency', aliases: ['AP'] },
  { name: 'Press Trust of India', kind: 'news-agency', aliases: ['PTI'] },
  { name: 'ANI', kind: 'news-agency', aliases: [] },
  { name: 'IRNA', kind: 'news-agency', aliases: [] },
  { name: 'Anadolu', kind: 'news-agency', aliases: ['Anadolu Agency'] },
  { name: 'CCTV', kind: 'news-agency', aliases: [] },
];

/** Places that are not parties: cities that are not capitals, regions, seas, venues. */
export const PLACES: Place[] = [
  ...[
    'Geneva',
    'New York',
    'Davos',
    'Munich',
    'Istanbul',
    'Jeddah',
    'Hiroshima',
    'Bali',
    'Osaka',
    'Busan',
    'Vladivostok',
    'St. Petersburg',
    'St Petersburg',
    'Saint Petersburg',
    'Sochi',
    'Samarkand',
    'Tianjin',
    'Shanghai',
    'Hong Kong',
    'Mumbai',
    'Hyderabad',

    'Kolkata',
    'Chennai',
    'Bengaluru',
    'Camp David',
    'Brussels',
    'Vienna',
    'Panmunjom',
    'Kaesong',
    'Donetsk',
    'Kharkiv',
    'Odesa',
    'Gaza',
    'West Bank',
    'Crimea',
    'Donbas',
    'Kashmir',
    'Europe',
    'Asia',
    'Africa',
    'Middle East',
    'Northeast Asia',
    'Northeastern Asia',
    'Korean Peninsula',
    'Indo-Pacific',
    'Asia-Pacific',
    'Eurasia',
    'South China Sea',
    'East China Sea',
    'Taiwan Strait',
    'Red Sea',
    'Black Sea',
    'Great Hall of the People',
  ].map((name) => ({ name, aliases: [] })),
];
