import type { ReplyCue } from '../../types';
import { ADVERBIAL, REMARK_NOUNS, SPEECH_VERBS } from './lexicon';
import { PARTY, POSSESSIVE, type MaskedSentence } from './masked';

const EVALUATIVE = SPEECH_VERBS.filter((v) => v.cls === 'evaluate').flatMap((v) => v.forms);
const ANY_SPEECH = SPEECH_VERBS.flatMap((v) => v.forms).join('|');
const LAPSE = '(?:a day|\\w+ days|hours|shortly|a week|\\w+ weeks|days|weeks)';

const IN_RESPONSE = new RegExp(
  `(?:^\\s*Responding\\b|\\bin (?:a )?(?:response|reply)\\b(?!\\s+to\\b)|\\bin (?:response|reply) to (?:this|that|these|those) ${REMARK_NOUNS})`,
  'i',
);
/** "denied the claims", "rejected these allegations": the words just reported are answered. */
const ANSWERS_THE_WORDS = new RegExp(
  `\\b(?:${EVALUATIVE.join('|')})\\s+(?:the|these|those|such)\\s+(?:[\\w-]+\\s+){0,2}${REMARK_NOUNS}\\b(?!\\s+(?:by|of|from|made|that|claiming))`,
  'i',
);
const IN_RESPONSE_TO = new RegExp(
  `\\bin (?:response|reply) to\\s+(?:(?:the|recent|earlier)\\s+)*(?:${REMARK_NOUNS}\\s+(?:by|from|of)\\s+)?(${PARTY})`,
  'i',
);
const AFTER_SOMEONE_SPOKE = new RegExp(
  `\\b${LAPSE}\\s+after\\s+(${PARTY})\\s+(?:\\w+\\s+)?(?:${ANY_SPEECH})\\b`,
  'i',
);
const ANSWERS_REMARKS = new RegExp(
  `\\b(?:${[...EVALUATIVE, 'responded to', 'reacted to', 'replied to'].join('|')})\\s+(?:as\\s+[“"][^”"]*[”"]\\s+)?(${PARTY})${POSSESSIVE}\\s+(?:[\\w-]+\\s+){0,2}${REMARK_NOUNS}\\b`,
  'i',
);
/** "hit back at Putin", "slammed Kallas for her remarks": a party answered, not its words. */
const ANSWERS_PARTY = new RegExp(
  `\\b(?:(?:hit back|lashed out|shot back) at|(?:responded|reacted|replied) to)\\s+(${PARTY})(?!${POSSESSIVE})|\\b(?:${EVALUATIVE.join('|')})\\s+(${PARTY})\\s+for\\s+(?:his|her|its|their)\\s+(?:[\\w-]+\\s+){0,2}${REMARK_NOUNS}\\b`,
  'i',
);
/** What is answered after "responded to": "X's remarks" or "remarks made on Tuesday by X". */
const ANSWERED_WORDS = `(?:(?:the|recent|earlier)\\s+)*(?:(${PARTY})${POSSESSIVE}\\s+(?:[\\w-]+\\s+){0,2}${REMARK_NOUNS}|${REMARK_NOUNS}\\s+(?:(?:made|attributed)\\s+(?:[\\w,]+\\s+){0,4})?(?:by|from|to)\\s+(?:the\\s+)?(${PARTY}))`;
/**
 * "Teodoro was responding to Mao Ning's comments", "The minister responded to accusations made on
 * Tuesday by X": a sentence about a reply that the responder's own statements, elsewhere, make.
 */
const RESPONDER = new RegExp(
  `(${PARTY})\\s+(?:${ADVERBIAL}\\s+)*(?:(?:was|were|is|are)\\s+)?(?:responding|responded|reacting|reacted|replying|replied)\\s+to\\s+${ANSWERED_WORDS}`,
  'i',
);
/** "China's response comes a day after Biden, speaking in California, likened …": P answers Q. */
const RESPONSE_CAME_AFTER = new RegExp(
  `(${PARTY})${POSSESSIVE}\\s+(?:[\\w-]+\\s+){0,2}(?:response|reply|reaction|rebuttal|remarks|comments|statement)\\s+(?:came|comes|followed)\\s+(?:${LAPSE}\\s+)?after\\s+(${PARTY})`,
  'i',
);
/** "Netanyahu's reported criticism", "Al Ansari's statement": words of a named owner, answered. */
const OWNED_REMARKS = new RegExp(
  `(${PARTY})${POSSESSIVE}\\s+(?:[\\w-]+\\s+){0,2}${REMARK_NOUNS}\\b`,
  'i',
);
/** "the remarks attributed to the Israeli Prime Minister", "claims by Seoul". */
const REMARKS_BY = new RegExp(
  `\\b${REMARK_NOUNS}\\s+(?:attributed to|made by|by|from)\\s+(?:the\\s+)?(${PARTY})`,
  'i',
);

/** "The UN gave a very cautious response.": what the party says next answers what came before. */
const GAVE_A_RESPONSE = new RegExp(
  `(${PARTY})\\s+(?:(?:gave|issued|offered|had)\\s+(?:a|an|its)\\s+(?:[\\w-]+\\s+){0,3}(?:response|reply|reaction)|(?:responded|reacted|hit back)\\b)`,
  'i',
);

/** What a party put forward once, in the statement the article is about, not its latest words. */
const PROPOSAL = /\b(?:proposals?|offers?)\b/i;

/** The party of the first group, from group `after + 1` on, that took part in the match. */
function partyIn(m: MaskedSentence, match: RegExpExecArray, after = 0): number {
  const party = match.slice(after + 1).find((group) => group !== undefined)!;
  return m.mentionAt(match.index + match[0].indexOf(party))!;
}

/** What the sentence's wording says its statements answer ("In response, …", "criticized Yoon's remarks"). */
export function findEnglishReplies(m: MaskedSentence, statementCount: number): ReplyCue[] {
  const cues: ReplyCue[] = [];
  const thisSentence = { kind: 'this-sentence' } as const;
  const preceding = { kind: 'preceding' } as const;
  const responder = RESPONDER.exec(m.text);
  if (responder)
    return [
      {
        from: { kind: 'party', mention: partyIn(m, responder) },
        to: { kind: 'party', mention: partyIn(m, responder, 1), here: true },
      },
    ];
  const came = RESPONSE_CAME_AFTER.exec(m.text);
  if (came)
    return [
      {
        from: { kind: 'party', mention: partyIn(m, came) },
        to: { kind: 'party', mention: partyIn(m, came, 1) },
      },
    ];
  const owned = [ANSWERS_REMARKS, OWNED_REMARKS, REMARKS_BY, ANSWERS_PARTY]
    .map((pattern) => pattern.exec(m.text))
    .find((match) => match !== null);
  if (owned && statementCount > 0) {
    const first = PROPOSAL.test(owned[0]);
    cues.push({
      from: thisSentence,
      to: { kind: 'party', mention: partyIn(m, owned), ...(first ? { first } : {}) },
    });
  } else if ((IN_RESPONSE.test(m.text) || ANSWERS_THE_WORDS.test(m.text)) && statementCount > 0)
    cues.push({ from: thisSentence, to: preceding });
  const inResponse = IN_RESPONSE_TO.exec(m.text);
  if (inResponse)
    cues.push({
      from: thisSentence,
      to: { kind: 'party', mention: partyIn(m, inResponse) },
      fallback: preceding,
    });
  const gave = statementCount === 0 ? GAVE_A_RESPONSE.exec(m.text) : null;
  if (gave) cues.push({ from: { kind: 'party-next', mention: partyIn(m, gave) }, to: preceding });
  const after = AFTER_SOMEONE_SPOKE.exec(m.text);
  if (after)
    cues.push({
      from: thisSentence,
      to: { kind: 'party', mention: partyIn(m, after), here: true },
      fallback: preceding,
    });
  return cues;
}
