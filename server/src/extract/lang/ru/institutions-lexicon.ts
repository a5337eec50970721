import type { BodyType } from '../../entities/gazetteer';

/* Russian names of government bodies, international organisations and news agencies. */

/** Bodies by nominative; the country follows in the genitive ("МИД России") or stands before as an adjective. */
export const BODY_NAMES: [string, BodyType][] = Object.entries({
  мид: 'foreign-ministry',
  'министерство иностранных дел': 'foreign-ministry',
  'внешнеполитическое ведомство': 'foreign-ministry',
  дипведомство: 'foreign-ministry',
  госдеп: 'foreign-ministry',
  госдепартамент: 'foreign-ministry',
  'государственный департамент': 'foreign-ministry',
  'министерство обороны': 'defence-ministry',
  минобороны: 'defence-ministry',
  'пресс-служба мид': 'foreign-ministry',
  посольство: 'embassy',
  кремль: 'presidential-office',
  'администрация президента': 'presidential-office',
  'министерство объединения': 'unification-ministry',
}) as [string, BodyType][];

/** Bodies whose country goes without saying: Кремль is Moscow's, Госдеп Washington's. */
export const BODY_HOMES: Record<string, string> = {
  кремль: 'Russia',
  госдеп: 'United States',
  госдепартамент: 'United States',
  'государственный департамент': 'United States',
};

/** Organisations by nominative, with the gazetteer's English name. */
export const ORGANIZATION_NAMES: [string, string][] = Object.entries({
  оон: 'United Nations',
  'организация объединенных наций': 'United Nations',
  'сб оон': 'UN Security Council',
  'совбез оон': 'UN Security Council',
  'совет безопасности оон': 'UN Security Council',
  'генассамблея оон': 'UN General Assembly',
  ес: 'European Union',
  евросоюз: 'European Union',
  'европейский союз': 'European Union',
  нато: 'NATO',
  асеан: 'ASEAN',
  магатэ: 'IAEA',
  брикс: 'BRICS',
  шос: 'Shanghai Cooperation Organisation',
  'большая двадцатка': 'G20',
  'большая семерка': 'G7',
  g20: 'G20',
  g7: 'G7',
});

/** News agencies and broadcasters: they relay, they are not speakers. */
export const AGENCY_NAMES: [string, string][] = Object.entries({
  тасс: 'TASS',
  'риа новости': 'RIA Novosti',
  риа: 'RIA Novosti',
  интерфакс: 'Interfax',
  ренхап: 'Yonhap',
  ёнхап: 'Yonhap',
  синьхуа: 'Xinhua',
  цтак: 'Korean Central News Agency',
  киодо: 'Kyodo',
  рейтер: 'Reuters',
  рейтерс: 'Reuters',
});

/** Words that name a news outlet ("издание Tengrinews", "агентство"): what follows relays. */
export const OUTLET_WORDS = new Set([
  'издание',
  'агентство',
  'газета',
  'телеканал',
  'портал',
  'сми',
  'источник',
]);
