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

/** A case ending written apart from its word ("పుతిన్ ను", "బంగ్లాదేశ్ లో"), as online papers do. */
export const DETACHED_SUFFIXES: ReadonlyMap<string, string> = new Map(CASE_SUFFIXES);

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
  'అనంతరం',
  'తర్వాత',
  'విలేకరులకు',
  'విలేకరులతో',
  'సంయుక్త',
]);

export const PERSON_PRONOUNS = new Set(['ఆయన', 'ఆమె']);

/** "ఇరువురు నేతలు": the two people of the meeting last reported. */
export const THE_TWO = /^(?:ఇరువురు|ఇద్దరు)$/;

export type TeluguVerbClass = 'say' | 'direct' | 'evaluate' | 'report';

export interface TeluguVerb {
  /** Matches the verb's word, or its two words joined by one space ("వ్యక్తం చేసింది"). */
  pattern: RegExp;
  cls: TeluguVerbClass;
  gloss: string;
}

const FINITE = '(?:ారు|ాడు|ింది|ంది|ాయి|ాము|ాను)';
const v = (stem: string, cls: TeluguVerbClass, gloss: string, endings = FINITE): TeluguVerb => ({
  pattern: new RegExp(`^(?:${stem})${endings}$`),
  cls,
  gloss,
});

/** Finite speech verbs; "-ిన" forms count only before "తర్వాత" (see clauses). */
export const SPEECH_VERBS: TeluguVerb[] = [
  { pattern: /^(?:అన్నారు|అన్నాడు|అంది|అన్నది)$/, cls: 'say', gloss: 'said' },
  v('చెప్ప', 'say', 'said'),
  v('నొక్కి ?చెప్ప', 'say', 'stressed'),
  v('తెలిప', 'say', 'stated', '(?:ారు|ింది|ాడు|ిన)'),
  { pattern: /^పేర్కొ(?:న్నారు|ంది|న్నాడు)$/, cls: 'say', gloss: 'stated' },
  v('జోడించ', 'say', 'added'),
  v('వెల్లడించ', 'say', 'said'),
  v('ఉద్ఘాటించ', 'say', 'emphasised'),
  v('పునరుద్ఘాటించ', 'say', 'reiterated'),
  v('స్పష్టం చేశ|స్పష్టం చేసి', 'say', 'made clear'),
  v('ప్రకటించ', 'say', 'announced', '(?:ారు|ింది|ాడు|ిన)'),
  v('ప్రశ్నించ', 'say', 'asked'),
  v('సూచించ', 'say', 'suggested'),
  v('వ్యాఖ్యానించ', 'say', 'commented'),
  v('అభిప్రాయపడ్డ', 'say', 'said'),
  v('హామీ ఇచ్చ', 'say', 'assured'),
  v('(?:పోస్ట్|ట్వీట్) చేశ|(?:పోస్ట్|ట్వీట్) చేసి', 'say', 'posted'),
  v(
    '(?:ఆందోళన|ఆశాభావం|సంతృప్తి|అసంతృప్తి) వ్యక్తం చేశ|(?:ఆందోళన|ఆశాభావం|సంతృప్తి|అసంతృప్తి) వ్యక్తం చేసి',
    'say',
    'expressed concern',
  ),
  v('హెచ్చరించ', 'direct', 'warned', '(?:ారు|ింది|ాడు|ిన)'),
  v('కోర', 'direct', 'urged'),
  v('పిలుపునిచ్చ', 'direct', 'called on'),
  v('డిమాండ్ చేశ|డిమాండ్ చేసి', 'direct', 'demanded'),
  v('అభ్యర్థించ', 'direct', 'requested'),
  v('ఆరోపించ', 'evaluate', 'accused'),
  v('విమర్శించ', 'evaluate', 'criticized'),
  v('ఖండించ', 'evaluate', 'condemned'),
  v('తిరస్కరించ', 'evaluate', 'rejected'),
  v('స్వాగతించ', 'evaluate', 'welcomed'),
  v('(?:విచారం|అభ్యంతరం) వ్యక్తం చేశ|(?:విచారం|అభ్యంతరం) వ్యక్తం చేసి', 'evaluate', 'expressed regret'),
  v('(?:అభినందనలు|శుభాకాంక్షలు|కృతజ్ఞతలు) తెలిప', 'evaluate', 'congratulated'),
  v('నివేదించ', 'report', 'reported'),
];

/** Verbs inside a quote that make its object the addressee ("రష్యాను హెచ్చరిస్తున్నాము"). */
export const QUOTED_APPEAL = /(?:హెచ్చరిస్తున్న|కోరుతున్న|ఆశిస్తున్న|డిమాండ్ చేస్తున్న|విజ్ఞప్తి చేస్తున్న)/;

/** "that …": a clause ending in the quotative "అని", fused ("ఉందని", "వ్యవహరించాలని") or "-ట్లు". */
export const COMPLEMENTIZER = /(?:[దలరనమయ]ని|^అని|ట్లు)$/;

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
