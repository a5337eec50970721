import type { BodyType } from '../../entities/gazetteer';

/* Korean names of government bodies, organisations and news agencies. */

export interface BodyWord {
  type: BodyType;
  /** Whose body a bare mention is: 크렘린 is Moscow's, 국무부 Washington's; `home` is the press's own. */
  home?: string;
}

/** Bodies by the word that names them; a state may stand before them ("러시아 외무부") or be fused ("한국대사관"). */
export const BODY_WORDS: ReadonlyMap<string, BodyWord> = new Map<string, BodyWord>([
  ['외교부', { type: 'foreign-ministry' }],
  ['외무부', { type: 'foreign-ministry' }],
  ['외무성', { type: 'foreign-ministry' }],
  ['국무부', { type: 'foreign-ministry', home: 'United States' }],
  ['국방부', { type: 'defence-ministry' }],
  ['국방성', { type: 'defence-ministry' }],
  ['통일부', { type: 'unification-ministry', home: 'South Korea' }],
  ['대통령실', { type: 'presidential-office' }],
  ['대통령궁', { type: 'presidential-office' }],
  ['청와대', { type: 'presidential-office', home: 'South Korea' }],
  ['크렘린', { type: 'presidential-office', home: 'Russia' }],
  ['크렘린궁', { type: 'presidential-office', home: 'Russia' }],
  ['백악관', { type: 'presidential-office', home: 'United States' }],
  ['총리실', { type: 'prime-ministers-office' }],
  ['총리관저', { type: 'prime-ministers-office' }],
  ['대사관', { type: 'embassy' }],
  ['정부', { type: 'government' }],
  ['내각', { type: 'government' }],
]);

/** The foreign ministry a bare "외교부" means in Korean news: Seoul's own, unless quoted from abroad. */
export const HOME_MINISTRY_WORD = '외교부';

export interface OrganizationWord {
  name: string;
  /** The state a party belongs to, for the people it titles (노동당 → North Korea). */
  country?: string;
}

/** Organisations and parties by their Korean names. */
export const ORGANIZATION_WORDS: ReadonlyMap<string, OrganizationWord> = new Map(
  Object.entries({
    유엔: { name: 'United Nations' },
    국제연합: { name: 'United Nations' },
    안보리: { name: 'UN Security Council' },
    유엔안보리: { name: 'UN Security Council' },
    유럽연합: { name: 'European Union' },
    나토: { name: 'NATO' },
    북대서양조약기구: { name: 'NATO' },
    아세안: { name: 'ASEAN' },
    국제원자력기구: { name: 'IAEA' },
    브릭스: { name: 'BRICS' },
    노동당: { name: "Workers' Party of Korea", country: 'North Korea' },
    조선노동당: { name: "Workers' Party of Korea", country: 'North Korea' },
    더불어민주당: { name: 'Democratic Party of Korea', country: 'South Korea' },
    민주당: { name: 'Democratic Party of Korea', country: 'South Korea' },
    국민의힘: { name: 'People Power Party', country: 'South Korea' },
  }),
);

/** News agencies and broadcasters: they relay, they are not speakers. */
export const AGENCY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    연합뉴스: 'Yonhap',
    연합: 'Yonhap',
    조선중앙통신: 'Korean Central News Agency',
    중앙통신: 'Korean Central News Agency',
    타스: 'TASS',
    타스통신: 'TASS',
    리아노보스티: 'RIA Novosti',
    인테르팍스: 'Interfax',
    신화통신: 'Xinhua',
    신화사: 'Xinhua',
    교도통신: 'Kyodo',
    로이터: 'Reuters',
    로이터통신: 'Reuters',
  }),
);

/** Words that name a news outlet generically: what follows relays. */
export const OUTLET_WORDS = new Set([
  '통신',
  '언론',
  '매체',
  '방송',
  '신문',
  '노동신문',
  '관영매체',
]);
