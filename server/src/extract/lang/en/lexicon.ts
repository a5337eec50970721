import type { MeetingKind } from '@parley/graph-schema';
import type { BodyType } from '../../entities/gazetteer';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Heads of titles: a title needs one of these ("Deputy Foreign Minister", "top nuclear envoy"). */
export const ROLE_HEADS = words(`
  president vice-president premier chancellor minister secretary secretary-general spokesperson
  spokesman spokeswoman ambassador envoy adviser advisor leader chief head director
  director-general counterpart diplomat official king queen emperor prince senator lawmaker
  governor mayor general commander chairman chairwoman chair representative negotiator
  commissioner consul attache charge sister brother mouthpiece sherpa delegate
`);

/** "Leaders", "Presidents", "Heads": the singular of a plural title word. */
export const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');

/** A head of titles, singular or plural ("Presidents of Kyrgyzstan Sadyr Japarov and …"). */
export const isRoleHead = (word: string) => ROLE_HEADS.has(word) || ROLE_HEADS.has(singular(word));

/** Words that may stand inside a title before its head or after it in an apposition. */
export const TITLE_WORDS = words(`
  deputy vice first second senior top chief special acting former foreign defense defence
  interior home trade finance economy national security nuclear presidential permanent state
  external affairs press assistant associate principal executive supreme military intelligence peace
  unification cabinet council communications human rights regional climate high general
  prime maj. gen. col. lt. adm. brig. capt. sgt. dr. mr. mrs. ms. d'affaires of to for on and
  the at in powerful veteran top-ranking policy diplomacy economic energy health justice
  environment labour labor education agriculture transport culture information media
  development planning industry commerce tourism
`);

/** Words that open a title or apposition without belonging to the role. */
export const DETERMINERS = words(`the a an his her its their`);

/** Capitalised words that start sentences or phrases but never names (platforms carry posts, they do not speak). */
export const NOT_NAMES = words(`
  The A An In On At For But And Or Meanwhile However It He She They We I You This That These
  Those After Before While When As According Earlier Later Separately Also Both Asked Speaking
  Responding Under Over Since With Without From To By Amid Despite If Following Ahead During
  Last Next Then There Here What Who Why How Their His Her Its Our Your My Not No Yes All Some
  Any Many Most Such Other Another Each Every Only Even Still Yet Now Today Tomorrow Yesterday
  Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May
  June July August September October November December News ID Parliament Congress Senate
  Government Ministry Department Office Council Agency Committee Commission Assembly Forum
  Summit Party Republic Kingdom Union Nations States Affairs Security Defense Defence Peace
  War Treaty Agreement Pact Strategic Partnership Special Privileged Great Hall People Strait
  Sea Island Islands Peninsula Province Region Coast Guard Army Navy Air Force Central
  International National Foreign Western Eastern Northern Southern West East North South
  Asian European African Arab Latin Pacific Atlantic Nordic Baltic Balkan Caribbean Gulf
  Islamic Sikh Muslim Christian Buddhist Hindu Jewish President Minister Secretary Ambassador
  Chancellor Premier Prime Deputy Vice Spokesperson Spokesman Spokeswoman Envoy Leader Chief
  General Director Prince King Queen Senator Governor Mayor Commander Chairman Adviser
  Advisor Counterpart Sen Rep Gov Maj Gen Col Lt Adm Mr Mrs Ms Dr Capt Sgt Brig PRC
  Facebook Twitter Telegram Instagram WeChat Weibo YouTube TikTok WhatsApp LinkedIn
`);

/** Lower-case particles that may stand inside a name ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words(`bin al de van von der da le la du di del`);

/**
 * say: reports a "that" clause (the clause is what was said); express: the object is what was
 * said ("expressed concern"); tell: the object is the listener; direct: the object is told to do
 * something; evaluate: the object is judged; report: a news agency relays.
 */
export type VerbClass = 'say' | 'express' | 'tell' | 'direct' | 'evaluate' | 'report';

export interface SpeechVerb {
  /** Inflected forms, possibly several words ("called on"). */
  forms: string[];
  cls: VerbClass;
  /** English gloss for summaries. */
  gloss: string;
}

const verb = (forms: string, cls: VerbClass, gloss: string): SpeechVerb => ({
  forms: forms.split('|'),
  cls,
  gloss,
});

/** Verbs that report speech, with what their object is: a listener, a target, or nothing. */
export const SPEECH_VERBS: SpeechVerb[] = [
  verb('said|says|saying', 'say', 'said'),
  verb('added|adds', 'say', 'added'),
  verb(
    'stated|noted|notes|explained|explains|observed|remarked|commented|acknowledged|admitted|conceded|recalled|pointed out|points out|highlighted|affirmed|contended|countered|predicted|mentioned|signalled|signaled|flagged|clarified|lamented|complained',
    'say',
    'stated',
  ),
  verb(
    'stressed|stresses|emphasized|emphasised|emphasizes|underlined|underscored',
    'say',
    'stressed',
  ),
  verb('insisted|insists|maintained|argued|claimed|asserted', 'say', 'insisted'),
  verb('reiterated|reiterates|reaffirmed|reaffirms', 'say', 'reiterated'),
  verb(
    'announced|announces|declared|declares|confirmed|confirms|revealed|disclosed',
    'say',
    'announced',
  ),
  verb('expressed|expresses|voiced|conveyed|raised', 'express', 'expressed'),
  verb('wrote|writes|posted|tweeted', 'say', 'wrote'),
  verb('replied|responded|retorted', 'say', 'replied'),
  verb('vowed|pledged|promised|assured|reassured|threatened', 'say', 'vowed'),
  verb('suggested|proposed|hoped', 'say', 'suggested'),
  verb('told|tells|informed|briefed|reminded', 'tell', 'told'),
  verb('warned|warns|cautioned', 'direct', 'warned'),
  verb('urged|urges|pressed|appealed to|encouraged|implored|instructed|advised', 'direct', 'urged'),
  verb('called on|calls on|called upon|called for|calls for', 'direct', 'called on'),
  verb('demanded|demands|asked|asks', 'direct', 'demanded'),
  verb('invited|invites', 'direct', 'invited'),
  verb('accused|accuses|blamed|blames|alleged', 'evaluate', 'accused'),
  verb(
    'criticized|criticised|criticizes|condemned|condemns|denounced|slammed|blasted|rebuked|reproached|chided|scolded|castigated|lashed out at|hit back at|decried|deplored|lambasted|chastised|censured|assailed',
    'evaluate',
    'criticized',
  ),
  verb(
    'rejected|rejects|dismissed|dismisses|denied|denies|refuted|rebuffed|disputed',
    'evaluate',
    'rejected',
  ),
  verb(
    'welcomed|welcomes|praised|hailed|thanked|congratulated|lauded|commended|applauded',
    'evaluate',
    'welcomed',
  ),
  verb('questioned|protested', 'evaluate', 'protested'),
  verb(
    'described|describes|called|calls|characterized|characterised|branded|labelled|labeled|dubbed',
    'evaluate',
    'described',
  ),
  verb('reported|reports', 'report', 'reported'),
];

/** Adverbials that may stand between a subject and its verb ("Rudenko also held talks"). */
export const ADVERBIAL =
  '(?:also|further|later|separately|again|earlier|then|previously|reportedly|publicly|repeatedly|' +
  'strongly|firmly|sharply|immediately|subsequently|once again|had|has|have|would|will|' +
  '(?:on|last|this|late|early)\\s+(?:the\\s+)?\\w+|later on \\w+|' +
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:,\\s*\\d{4})?|' +
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in response|for (?:his|her|its|their) part|' +
  'in (?:a|an|its|his|her|their) (?:separate |joint |written )?(?:statement|post|interview|letter|' +
  'speech|message|briefing|readout|commentary|news conference|press conference|press release|communiqu[eé])(?: on \\S+)?|' +
  '(?:at|during) (?:a|an|the) [^,]{1,40}?(?:conference|briefing|meeting|summit|event))';

/** Nouns for what someone said: their owner is who a reply answers ("criticized Yoon's remarks"). */
export const REMARK_NOUNS =
  '(?:remarks?|comments?|statements?|words|warnings?|criticism|allegations?|accusations?|claims?|' +
  'calls?|response|decision|proposal|threats?|demands?|assurances?|reassurances?|pledges?|promises?|' +
  'assertions?|rhetoric|requests?|offers?)';

interface BodyPhrase {
  phrase: string;
  body: BodyType;
  /** Only as written: "government", never the "Government" inside a proper name. */
  asWritten?: boolean;
}

/** English names of state bodies, matched without regard to case. */
export const BODY_PHRASES: BodyPhrase[] = [
  ...[
    'foreign ministry',
    'ministry of foreign affairs',
    'foreign affairs ministry',
    'foreign office',
    'ministry of external affairs',
    'external affairs ministry',
    'department of foreign affairs',
    'foreign relations department',
    'department of foreign relations',
    'ministry of foreign relations',
    'foreign relations ministry',
    'secretariat of foreign affairs',
    'mofa',
  ].map((phrase) => ({ phrase, body: 'foreign-ministry' as const })),
  ...['defense ministry', 'defence ministry', 'ministry of defense', 'ministry of defence'].map(
    (phrase) => ({ phrase, body: 'defence-ministry' as const }),
  ),
  ...['unification ministry', 'ministry of unification'].map((phrase) => ({
    phrase,
    body: 'unification-ministry' as const,
  })),
  ...['presidency', 'presidential office', 'office of the president', "president's office"].map(
    (phrase) => ({ phrase, body: 'presidential-office' as const }),
  ),
  ...["prime minister's office", 'office of the prime minister'].map((phrase) => ({
    phrase,
    body: 'prime-ministers-office' as const,
  })),
  // "the FO": Foreign Office, as Pakistani and British papers shorten it; only in capitals.
  { phrase: 'FO', body: 'foreign-ministry', asWritten: true },
  { phrase: 'government', body: 'government', asWritten: true },
  { phrase: 'embassy', body: 'embassy' },
];

export interface MeetingPhrase {
  /** Regex source of the verb phrase; the object parties follow it. */
  pattern: string;
  kind: MeetingKind;
  /** True when the object is the visitor and the subject the host ("Xi received Lavrov"). */
  objectSought?: boolean;
  /** Only a person may be the object ("visited Putin", not "visited Seoul"). */
  personObject?: boolean;
}

const TALK_MODIFIERS =
  '(?:(?:bilateral|trilateral|separate|formal|informal|official|private|brief|lengthy|long|extended|first|rare|fruitful|productive|cordial|constructive|frank|substantive|wide-ranging|\\w+(?:-\\w+)+)\\s+)*';

/** Verbs whose subject is a person meeting someone: a single unknown word before them is a name. */
export const PERSON_MEETING_VERBS = ['met', 'meets', 'will meet', 'held talks', 'spoke with'];

export const MEETING_PHRASES: MeetingPhrase[] = [
  {
    pattern: `(?:held|had|holds|hold|will hold)\\s+(?:a\\s+|an\\s+)?${TALK_MODIFIERS}(?:phone|telephone|video|virtual)\\s+(?:talks|call|conversation|meeting|conference)`,
    kind: 'phone',
  },
  {
    pattern: `(?:spoke|talked|speaks|talks|spoken)\\s+(?:by|over the|on the)\\s+(?:phone|telephone)\\s+(?:with|to)`,
    kind: 'phone',
  },
  { pattern: '(?:phoned|telephoned)', kind: 'phone' },
  {
    pattern: `(?:held|had|holds|hold|will hold|(?:is|are|were|was) holding|ha(?:ve|s) held)\\s+(?:a\\s+|an\\s+)?${TALK_MODIFIERS}(?:talks|discussions|consultations|negotiations)`,
    kind: 'talks',
  },
  {
    pattern: `(?:held|had|holds|hold|will hold|(?:is|are|were|was) holding|ha(?:ve|s) held)\\s+(?:a\\s+|an\\s+)?${TALK_MODIFIERS}(?:meeting|meetings|summit)`,
    kind: 'meeting',
  },
  { pattern: '(?:met|meets|will meet|has met)(?:\\s+with)?', kind: 'meeting' },
  // "spoke with the Prime Minister …, Albin Kurti": people who spoke with each other met ("spoke
  // with reporters" names no party).
  { pattern: '(?:spoke|talked|conferred)\\s+with', kind: 'talks', personObject: true },
  { pattern: 'summoned|summons|called in', kind: 'summons' },
  { pattern: 'paid a courtesy call on', kind: 'courtesy-call' },
  { pattern: 'visited|visits', kind: 'visit', personObject: true },
  {
    pattern: '(?:received|receives)(?:\\s+in\\s+audience,?)?|hosted|hosts',
    kind: 'meeting',
    objectSought: true,
    personObject: true,
  },
];
