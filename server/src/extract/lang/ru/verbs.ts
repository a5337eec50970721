/**
 * Russian speech verbs by stem, with the English verb of the summary. A stem takes the past
 * (заявил, заявила, заявили), the present (заявляет), the short passive (заявлено) and the
 * adverbial participle ("…, пояснив, что"); the plural without a subject is the impersonal
 * "they" of institutions ("В Кремле выразили").
 */
export type VerbClass = 'say' | 'appeal' | 'express' | 'warn' | 'evaluate' | 'relay';

export interface SpeechVerb {
  gloss: string;
  cls: VerbClass;
}

const VERBS: [RegExp, SpeechVerb][] = [
  [/^заяв(?:ил[аио]?|ля[ею]т|лено|ив)$/, { gloss: 'stated', cls: 'say' }],
  [/^сообщ(?:ил[аио]?|а[ею]т|ено|ив)$/, { gloss: 'said', cls: 'say' }],
  [/^подчерк(?:нул[аио]?|ива[ею]т|нуто|нув)$/, { gloss: 'stressed', cls: 'say' }],
  [/^отме(?:тил[аио]?|ча[ею]т|чено|тив)$/, { gloss: 'noted', cls: 'say' }],
  [/^предупре(?:дил[аио]?|жда[ею]т|див)$/, { gloss: 'warned', cls: 'warn' }],
  [/^приз(?:вал[аио]?|ыва[ею]т|вав)$/, { gloss: 'called on', cls: 'appeal' }],
  [/^потребовал[аи]?$/, { gloss: 'demanded', cls: 'appeal' }],
  [/^вы(?:разил[аио]?|ража[ею]т)$/, { gloss: 'expressed', cls: 'express' }],
  [/^добави(?:л[аи]?|в)$/, { gloss: 'added', cls: 'say' }],
  [/^поясни(?:л[аи]?|в)$/, { gloss: 'explained', cls: 'say' }],
  [/^напомни(?:л[аи]?|в)$/, { gloss: 'recalled', cls: 'say' }],
  [/^ответил[аи]?$/, { gloss: 'replied', cls: 'say' }],
  [/^сказал[аио]?$|^сказано$/, { gloss: 'said', cls: 'say' }],
  [/^(?:указал[аи]?|указав|указыва[ею]т)$/, { gloss: 'pointed out', cls: 'say' }],
  [/^рассказал[аи]?$/, { gloss: 'said', cls: 'say' }],
  [/^говори(?:л[аи]?|т|тся)$/, { gloss: 'said', cls: 'say' }],
  [/^завери(?:л[аи]?|в)$/, { gloss: 'assured', cls: 'say' }],
  [/^(?:осудил[аи]?|раскритиковал[аи]?|обвинил[аи]?)$/, { gloss: 'criticized', cls: 'evaluate' }],
  [
    /^(?:пообещал[аи]?|признал[аи]?|констатировал[аи]?|уточнил[аи]?|объявил[аи]?)$/,
    { gloss: 'said', cls: 'say' },
  ],
  [/^(?:считает|считают|полагает|уверен[аы]?|убежден[аы]?)$/, { gloss: 'said', cls: 'say' }],
  [/^допустил[аи]?$/, { gloss: 'suggested', cls: 'say' }],
  [/^(?:оценил[аи]?|охарактеризовал[аи]?|назвал[аи]?)$/, { gloss: 'described', cls: 'evaluate' }],
  [/^(?:прокомментировал[аи]?|высказал(?:ся|ась|ись)?)$/, { gloss: 'commented', cls: 'say' }],
  [/^(?:пригрозил[аи]?)$/, { gloss: 'threatened', cls: 'warn' }],
  [/^(?:настаива[ею]т|настоял[аи]?)$/, { gloss: 'insisted', cls: 'say' }],
  [/^(?:отверг(?:л[аи]?)?|опроверг(?:л[аи]?)?)$/, { gloss: 'rejected', cls: 'evaluate' }],
  [/^(?:сожалеют|сожалеет)$/, { gloss: 'regretted', cls: 'express' }],
  [/^обратил[аи]?$/, { gloss: 'noted', cls: 'say' }],
  // "— написала Захарова в своем Telegram-канале": posts are statements.
  [/^(?:написал[аи]?|пишет)$/, { gloss: 'wrote', cls: 'say' }],
  [/^предлож(?:ил[аи]?|ив)$/, { gloss: 'proposed', cls: 'appeal' }],
];

const memo = new Map<string, SpeechVerb | null>();

export function speechVerb(lower: string): SpeechVerb | undefined {
  let found = memo.get(lower);
  if (found === undefined) {
    found = VERBS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
    if (memo.size < 10_000) memo.set(lower, found);
  }
  return found ?? undefined;
}

/** Plural past: said by "them", an institution or a group. */
export const isPlural = (lower: string) => /(?:ли|ют|ят|ут|ат)$/.test(lower);
/** The short passive ("было заявлено", "подчеркнуто"): no agent in the clause. */
export const isPassive = (lower: string) => /(?:ено|нуто|ано|ится|ется)$/.test(lower);
/** The adverbial participle ("…, пояснив, что"): its subject is the main clause's. */
export const isAdverbial = (lower: string) => /(?:[аиуя]в)$/.test(lower);
/** Nouns of what someone said ("слова Антонова", "заявление Арестовича", "ее высказывания"). */
export const SPEECH_NOUN =
  /^(?:слов(?:а|ам|ами|ах)?|(?:заявлени|высказывани|утверждени|обвинени)(?:е|я|ю|ем|и|й|ям|ями|ях))$/;
