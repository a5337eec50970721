import type { BodyType } from '../../entities/gazetteer';

/* Telugu names of states, capitals, places, bodies and titles, mapped to the gazetteer's English. */

/**
 * The press's own names of states where ICU's differ (see states.ts): short and adjectival forms
 * ("భారత", "పాక్"), the usual "అమెరికా" for the United States, older spellings ("టర్కీ").
 */
export const PRESS_COUNTRY_NAMES: Record<string, string> = {
  భారత్: 'India',
  భారత: 'India',
  ఇండియా: 'India',
  పాక్: 'Pakistan',
  అమెరికా: 'United States',
  అగ్రరాజ్యం: 'United States',
  బ్రిటన్: 'United Kingdom',
  యూకే: 'United Kingdom',
  ఇంగ్లాండ్: 'United Kingdom',
  టర్కీ: 'Turkey',
  దక్షిణాఫ్రికా: 'South Africa',
  ఫిలిప్పీన్స్: 'Philippines',
  పాలస్తీనా: 'Palestine',
  యూఏఈ: 'United Arab Emirates',
  బర్మా: 'Myanmar',
};

/** Capitals, which stand for their state, by their canonical English name. */
export const CAPITAL_NAMES: Record<string, string> = {
  మాస్కో: 'Moscow',
  సియోల్: 'Seoul',
  ప్యోంగ్యాంగ్: 'Pyongyang',
  వాషింగ్టన్: 'Washington',
  బీజింగ్: 'Beijing',
  న్యూఢిల్లీ: 'New Delhi',
  ఢిల్లీ: 'New Delhi',
  టోక్యో: 'Tokyo',
  కీవ్: 'Kyiv',
  కైవ్: 'Kyiv',
  ఇస్లామాబాద్: 'Islamabad',
  టెహ్రాన్: 'Tehran',
  ఒట్టావా: 'Ottawa',
  లండన్: 'London',
  పారిస్: 'Paris',
  బెర్లిన్: 'Berlin',
  మనీలా: 'Manila',
  వియంటియాన్: 'Vientiane',
  అస్తానా: 'Astana',
  ఢాకా: 'Dhaka',
  కొలంబో: 'Colombo',
  ఖాట్మండు: 'Kathmandu',
  కాబూల్: 'Kabul',
};

/** Places that are not parties. */
export const PLACE_NAMES: Record<string, string> = {
  జెనీవా: 'Geneva',
  న్యూయార్క్: 'New York',
  'కొరియా ద్వీపకల్పం': 'Korean Peninsula',
  యూరప్: 'Europe',
  హైదరాబాద్: 'Hyderabad',
  ముంబై: 'Mumbai',
};

/** International bodies and offices, by canonical English name (see the gazetteer). */
export const ORGANIZATION_NAMES: Record<string, string> = {
  ఐక్యరాజ్యసమితి: 'United Nations',
  ఐరాస: 'United Nations',
  UN: 'United Nations',
  'UN భద్రతా మండలి': 'UN Security Council',
  'ఐక్యరాజ్యసమితి భద్రతా మండలి': 'UN Security Council',
  'భద్రతా మండలి': 'UN Security Council',
  నాటో: 'NATO',
  'యూరోపియన్ యూనియన్': 'European Union',
  బ్రిక్స్: 'BRICS',
  'షాంఘై సహకార సంస్థ': 'Shanghai Cooperation Organisation',
  క్రెమ్లిన్: 'Kremlin',
  'వైట్ హౌస్': 'White House',
  శ్వేతసౌధం: 'White House',
  పెంటగాన్: 'Pentagon',
};

/** Offices that are also places ("క్రెమ్లిన్‌లో కలిశారు" met in the Kremlin). */
export const ORGANIZATION_PLACES: Record<string, string> = {
  Kremlin: 'Kremlin',
  'White House': 'White House',
};

export const NEWS_AGENCY_NAMES: Record<string, string> = {
  యోన్‌హాప్: 'Yonhap',
  టాస్: 'TASS',
  జిన్హువా: 'Xinhua',
  రాయిటర్స్: 'Reuters',
  పీటీఐ: 'Press Trust of India',
};

/** Names of state bodies; a country before them says whose ("రష్యా విదేశాంగ మంత్రిత్వ శాఖ"). */
export const BODY_NAMES: Record<string, BodyType> = {
  'విదేశాంగ మంత్రిత్వ శాఖ': 'foreign-ministry',
  'విదేశాంగ శాఖ': 'foreign-ministry',
  'విదేశీ వ్యవహారాల మంత్రిత్వ శాఖ': 'foreign-ministry',
  'విదేశీ వ్యవహారాల శాఖ': 'foreign-ministry',
  'రక్షణ మంత్రిత్వ శాఖ': 'defence-ministry',
  'రక్షణ శాఖ': 'defence-ministry',
  'ఏకీకరణ మంత్రిత్వ శాఖ': 'unification-ministry',
  'ప్రధానమంత్రి కార్యాలయం': 'prime-ministers-office',
  'ప్రధాని కార్యాలయం': 'prime-ministers-office',
  'అధ్యక్ష కార్యాలయం': 'presidential-office',
  'రాయబార కార్యాలయం': 'embassy',
};

/** A state's armed forces ("పాక్ సైన్యం"): an institution of their own, named "<adjective> Army". */
export const ARMY_WORDS: Record<string, string> = {
  సైన్యం: 'Army',
  ఆర్మీ: 'Army',
  'సైనిక దళాలు': 'Armed Forces',
  'సాయుధ దళాలు': 'Armed Forces',
};

/** "మంత్రిత్వ శాఖ" alone: the ministry last mentioned. */
export const BARE_MINISTRY = 'మంత్రిత్వ శాఖ';

/** Titles, longest first when matched, with their English role. */
export const ROLE_NAMES: Record<string, string> = {
  'అధికార ప్రతినిధి': 'spokesperson',
  ప్రతినిధి: 'spokesperson',
  అధ్యక్షుడు: 'President',
  అధ్యక్షురాలు: 'President',
  రాష్ట్రపతి: 'President',
  ఉపాధ్యక్షుడు: 'Vice President',
  ప్రధానమంత్రి: 'Prime Minister',
  ప్రధాని: 'Prime Minister',
  'ప్రధాన మంత్రి': 'Prime Minister',
  'విదేశాంగ మంత్రి': 'Foreign Minister',
  'ఉప విదేశాంగ మంత్రి': 'Deputy Foreign Minister',
  'విదేశాంగ ఉపమంత్రి': 'Deputy Foreign Minister',
  'విదేశీ వ్యవహారాల మంత్రి': 'External Affairs Minister',
  'రక్షణ మంత్రి': 'Defence Minister',
  'ఆర్మీ చీఫ్': 'Army Chief',
  'పార్టీ చీఫ్': 'party leader',
  సైన్యాధిపతి: 'Army Chief',
  'ఆర్మీ అధిపతి': 'Army Chief',
  మంత్రి: 'Minister',
  రాయబారి: 'Ambassador',
  'ప్రత్యేక రాయబారి': 'special envoy',
  హైకమిషనర్: 'High Commissioner',
  'జాతీయ భద్రతా సలహాదారు': 'National Security Adviser',
  ఎన్ఎస్ఎ: 'National Security Adviser',
  ఎన్‌ఎస్‌ఏ: 'National Security Adviser',
  సలహాదారు: 'Adviser',
  నాయకుడు: 'Leader',
  నేత: 'Leader',
  'విదేశాంగ కార్యదర్శి': 'Foreign Secretary',
  కార్యదర్శి: 'Secretary',
  ఛాన్సలర్: 'Chancellor',
  దౌత్యవేత్త: 'diplomat',
};
