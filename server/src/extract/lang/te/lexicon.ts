import type { MeetingKind } from '@parley/graph-schema';

/** Case endings on the last word of a name or place, longest first, with the part they mark. */
export const CASE_SUFFIXES: [string, string][] = [
  ['నుండి', 'from'],
  ['నుంచి', 'from'],
  ['లోని', 'in-adjective'],
  ['లో', 'in'],
  ['తోను', 'with'],
  ['తోనూ', 'with'],
  ['తో', 'with'],
  ['కు', 'to'],
  ['కి', 'to'],
  ['ను', 'object'],
  ['ని', 'object'],
  ['పై', 'on'],
];

/**
 * A case ending written apart from its word ("పుతిన్ ను", "బంగ్లాదేశ్ లో"), as online papers do;
 * "నుండి" and "పై" also stand alone as postpositions (see POSTPOSITIONS), so they stay words.
 */
export const DETACHED_SUFFIXES: ReadonlyMap<string, string> = new Map(
  CASE_SUFFIXES.filter(([suffix]) => !['నుండి', 'నుంచి', 'పై'].includes(suffix)),
);

/** Words after a party that make it anything but the subject ("రష్యా మరియు ఉత్తర కొరియా మధ్య"). */
export const POSTPOSITIONS = new Set([
  'మధ్య',
  'కోసం',
  'గురించి',
  'ప్రకారం',
  'వద్ద',
  'పట్ల',
  'తరఫున',
  'నుండి',
  'నుంచి',
  'యొక్క',
  'కంటే',
  'లాగా',
  'సహా',
  'తో',
  'పై',
  'నుంచీ',
  'దగ్గర',
]);

/** Words that never belong to a name: they end a name read after a title. */
/** Words for what someone said ("వ్యాఖ్యలపై", "ఆరోపణలను"): never part of a name, and what replies answer. */
export const SPEECH_NOUN = /^(?:వ్యాఖ్య|ప్రకటన|హెచ్చరిక|ఆరోపణ|విమర్శ|డిమాండ్)/;

export const NOT_NAME_WORDS = new Set([
  'మరియు',
  'ఒక',
  'గత',
  'ఈ',
  'ఆ',
  'ఇటీవల',
  'చేసిన',
  'కూడా',
  'అని',
  'తన',
  'తమ',
  'ఆయన',
  'ఆమె',
  'వచ్చే',
  'ఇరు',
  'ఇరువురు',
  'సోమవారం',
  'మంగళవారం',
  'బుధవారం',
  'గురువారం',
  'శుక్రవారం',
  'శనివారం',
  'ఆదివారం',
  'నిన్న',
  'నేడు',
  'ఈరోజు',
  'ఇవాళ',
  'రేపు',
  'అనంతరం',
  'తర్వాత',
  'విలేకరులకు',
  'విలేకరులతో',
  'విలేకరుల',
  'మీడియా',
  'పత్రిక',
  'చర్చ',
  'చర్చల',
  'చర్చలు',
  'సంయుక్త',
  // Headline nouns that follow names: "జిన్‌పింగ్‌తో జైశంకర్ భేటీ".
  'భేటీ',
  'భేటీలో',
  'సమావేశం',
  'సమావేశంలో',
  'చర్చలు',
]);

/** Case endings no name ends in: they close a name even when another name word follows. */
export const NAME_CLOSING_MARKERS = new Set(['with', 'from', 'in-adjective']);

/** "పుష్ప కమాల్ దహాల్ అలియాస్ ప్రచండ": the name after it is the same person's. */
export const ALIAS_WORDS = new Set(['అలియాస్', 'ఉరఫ్', 'అలియాజ్']);

export const PERSON_PRONOUNS = new Set(['ఆయన', 'ఆమె']);

/** "ఇరువురు నేతలు": the two people of the meeting last reported. */
export const THE_TWO = /^(?:ఇరువురు|ఇద్దరు)$/;

/** Words after a "-ిన" speech verb that make it a clause of time ("హెచ్చరించిన ఒక రోజు తర్వాత"). */
export const AFTER_WORDS = new Set(['తర్వాత', 'తరువాత', 'అనంతరం', 'నేపథ్యంలో']);

export interface TeluguMeetingVerb {
  pattern: RegExp;
  kind: MeetingKind;
  /** The other side is the object ("జైశంకర్‌ను కలిశారు") rather than "-తో". */
  objectPartner?: boolean;
}

/** Meeting verbs, including their "-అని" forms: a reported meeting is still a meeting. */
export const MEETING_VERBS: TeluguMeetingVerb[] = [
  { pattern: /^సమావేశమ(?:య్యారు|య్యారని|య్యాడు|యింది|య్యింది)$/, kind: 'meeting' },
  { pattern: /^(?:సమావేశం|భేటీ) (?:అయ్యారు|అయ్యారని|అయ్యాడు)$/, kind: 'meeting' },
  { pattern: /^(?:మీటయ్యారు|మీటయ్యారని|మీట్ అయ్యారు|మీట్ అయ్యారని)$/, kind: 'meeting' },
  { pattern: /^(?:కలిశ|కలిస)(?:ారు|ారని|ాడు)$/, kind: 'meeting', objectPartner: true },
  { pattern: /^చర్చలు (?:జరిపారు|జరిపారని|జరిపింది)$/, kind: 'talks' },
  { pattern: /^చర్చల (?:తర్వాత|అనంతరం|సందర్భంగా)$/, kind: 'talks' },
  { pattern: /^చర్చించ(?:ారు|ారని|ింది)$/, kind: 'talks' },
  { pattern: /^(?:మాట్లాడ|సంభాషించ)(?:ారు|ారని|ింది|ాడు)$/, kind: 'talks' },
  { pattern: /^పిలిపించ(?:ారు|ింది|ుకుంది)$/, kind: 'summons', objectPartner: true },
];

/** Words that make talks a phone call. */
export const PHONE_WORDS = /^(?:ఫోన్|టెలిఫోన్|వీడియో)/;

export const WEEKDAYS: Record<string, number> = {
  ఆదివారం: 0,
  సోమవారం: 1,
  మంగళవారం: 2,
  బుధవారం: 3,
  గురువారం: 4,
  శుక్రవారం: 5,
  శనివారం: 6,
};

export const MONTHS: Record<string, number> = {
  జనవరి: 1,
  ఫిబ్రవరి: 2,
  మార్చి: 3,
  ఏప్రిల్: 4,
  మే: 5,
  జూన్: 6,
  జూలై: 7,
  ఆగస్టు: 8,
  సెప్టెంబర్: 9,
  అక్టోబర్: 10,
  నవంబర్: 11,
  డిసెంబర్: 12,
};
