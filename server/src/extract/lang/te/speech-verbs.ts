/* Telugu verbs of speech, by what they say about their object: the words of saying, the verbs
 * that direct someone (warn, urge, order), and those that judge (accuse, condemn). */

export type TeluguVerbClass = 'say' | 'direct' | 'evaluate' | 'report';

export interface TeluguVerb {
  /** Matches the verb's word, or its words joined by one space ("వ్యక్తం చేసింది"). */
  pattern: RegExp;
  cls: TeluguVerbClass;
  gloss: string;
  /** Verbs of saying alone ("పోస్ట్ చేశారు") are a statement only with what was said. */
  needsContent?: boolean;
  /** "…తెలియవన్న భారత విదేశాంగ శాఖ": the quotative is a relative form, its speaker after it. */
  speakerAfter?: boolean;
}

/**
 * Finite endings (respectful, masculine, neuter, plural, first person) and "-డంతో" (upon saying:
 * "…అని మోదీ చెప్పడంతో", a statement the next clause answers).
 */
const FINITE = '(?:ారు|ాడు|ింది|ంది|ాయి|ాము|ాను|డంతో)';
/** "-ిన" forms count only as clauses of time ("హెచ్చరించిన ఒక రోజు తర్వాత"; see verbs.ts). */
const FINITE_OR_PAST = '(?:ారు|ింది|ాడు|ిన|డంతో)';
/** The stem of "చేయు" (do) as light verb: "స్పష్టం చేశారు", "చేసింది", "చేయడంతో". */
const DO = '(?:చేశ|చేసి|చేయ)';

const v = (
  stem: string,
  cls: TeluguVerbClass,
  gloss: string,
  more: { endings?: string; needsContent?: boolean } = {},
): TeluguVerb => ({
  pattern: new RegExp(`^(?:${stem})${more.endings ?? FINITE}$`),
  cls,
  gloss,
  ...(more.needsContent ? { needsContent: true } : {}),
});
const saying = { needsContent: true } as const;

export const SPEECH_VERBS: TeluguVerb[] = [
  { pattern: /^(?:అన్నారు|అన్నాడు|అంది|అన్నది|అనడంతో)$/, cls: 'say', gloss: 'said', needsContent: true },
  // "వివరించానన్నారు", "సిద్ధమన్నారు", "ప్రయత్నిస్తోందన్నారు", "కలిశారన్నారు": a clause fused with
  // అన్నారు (its last vowel dropped); "ఉన్నారు", "చెప్తున్నారు" have a vowel there instead.
  { pattern: /^[\u0C00-\u0C7F]+[దయరమనల]న్నారు$/, cls: 'say', gloss: 'said', needsContent: true },
  v('చెప్ప', 'say', 'said', saying),
  v('నొక్కి ?చెప్ప', 'say', 'stressed'),
  v('తెలిప', 'say', 'stated', { endings: FINITE_OR_PAST, needsContent: true }),
  { pattern: /^పేర్కొ(?:న్నారు|ంది|న్నాడు|నడంతో)$/, cls: 'say', gloss: 'stated', needsContent: true },
  v('జోడించ', 'say', 'added', saying),
  v('వెల్లడించ', 'say', 'said', saying),
  v('వివరించ', 'say', 'explained', saying),
  v('ప్రస్తావించ', 'say', 'mentioned', saying),
  v('స్పందించ', 'say', 'responded', saying),
  v('ఉద్ఘాటించ', 'say', 'emphasised'),
  v('పునరుద్ఘాటించ', 'say', 'reiterated'),
  v(`స్పష్టం ${DO}`, 'say', 'made clear'),
  v('ప్రకటించ', 'say', 'announced', { endings: FINITE_OR_PAST }),
  v(`(?:ఒక )?ప్రకటన(?: విడుదల)? ${DO}`, 'say', 'said in a statement', saying),
  v(`(?:వ్యాఖ్యలు|వ్యాఖ్య|కామెంట్స్) ${DO}`, 'say', 'remarked', saying),
  v('ప్రశ్నించ', 'say', 'asked'),
  v('సూచించ', 'say', 'suggested'),
  v('వ్యాఖ్యానించ', 'say', 'commented', saying),
  v('అభిప్రాయపడ్డ', 'say', 'said'),
  v(`గుర్తు ${DO}`, 'say', 'recalled', saying),
  v('ధ్రువీకరించ|నిర్ధారించ', 'say', 'confirmed'),
  v('అంగీకరించ', 'say', 'acknowledged'),
  v('హామీ ఇచ్చ|మాట ఇచ్చ|హామీనిచ్చ', 'say', 'promised'),
  v('ఆకాంక్షించ', 'say', 'hoped'),
  // Online papers often glue the light verb on: "ట్వీట్చేశారు".
  v(`(?:పోస్ట్|ట్వీట్) ?${DO}|రాసుకొచ్చ`, 'say', 'posted', saying),
  v(`(?:ఆందోళన|ఆశాభావం|సంతృప్తి|అసంతృప్తి|అభిప్రాయం|విశ్వాసం) వ్యక్తం ${DO}`, 'say', 'expressed concern'),
  v('హెచ్చరించ', 'direct', 'warned', { endings: FINITE_OR_PAST }),
  // "హెచ్చరికలు జారీ చేసింది": issued warnings, whose words the next clause gives.
  v(`(?:హెచ్చరికలు|హెచ్చరిక) జారీ ${DO}`, 'direct', 'warned', saying),
  v('కోర', 'direct', 'urged'),
  v('ఆదేశించ', 'direct', 'ordered'),
  v('పిలుపునిచ్చ', 'direct', 'called on'),
  v(`(?:డిమాండ్|విజ్ఞప్తి) ${DO}`, 'direct', 'demanded'),
  v('అభ్యర్థించ', 'direct', 'requested'),
  v('ఆరోపించ|నిందించ', 'evaluate', 'accused'),
  v(`ఆరోపణలు ${DO}`, 'evaluate', 'accused'),
  v('విమర్శించ|దుయ్యబట్ట|ధ్వజమెత్త', 'evaluate', 'criticized'),
  v('మండిపడ్డ|మండిపడ', 'evaluate', 'lashed out'),
  v('ఖండించ', 'evaluate', 'condemned'),
  v('తిరస్కరించ|తోసిపుచ్చ', 'evaluate', 'rejected'),
  v('స్వాగతించ', 'evaluate', 'welcomed'),
  v('ప్రశంసించ|కొనియాడ|అభినందించ', 'evaluate', 'praised'),
  v(`(?:విచారం|అభ్యంతరం) వ్యక్తం ${DO}`, 'evaluate', 'expressed regret'),
  v('(?:అభినందనలు|శుభాకాంక్షలు|కృతజ్ఞతలు|ధన్యవాదాలు) తెలిప', 'evaluate', 'congratulated'),
  v('నివేదించ', 'report', 'reported'),
  // "…ఉందన్న", "…తెలియవన్న": a consonant before the fused quotative, unlike "ఉన్న" or "చిన్న".
  { pattern: /^[\u0C00-\u0C7F]+[క-హ]న్న$/, cls: 'say', gloss: 'said', speakerAfter: true },
];

/** Verbs inside a quote that make its object the addressee ("రష్యాను హెచ్చరిస్తున్నాము"). */
export const QUOTED_APPEAL = /(?:హెచ్చరిస్తున్న|కోరుతున్న|ఆశిస్తున్న|డిమాండ్ చేస్తున్న|విజ్ఞప్తి చేస్తున్న)/;

/**
 * "that …": a clause ending in the quotative "అని", fused ("ఉందని", "వ్యవహరించాలని"), "-అంటూ"
 * ("కారణమంటూ") or "-ట్లు"/"-ట్టు" ("చేసుకుంటున్నట్టు").
 */
export const COMPLEMENTIZER = /(?:[దలరనమయవ]ని|^అని|ంటూ|^అంటూ|ట్లు|ట్టు)$/;

/** "-డంతో": the statement is a cause the rest of the sentence answers. */
export const UPON_SAYING = /డంతో$/;

/** Endings that make the speaker a person (respectful or masculine) or an institution (neuter). */
export const PERSON_ENDING = /(?:ారు|ాడు)$/;
export const NEUTER_ENDING = /ంది$/;
