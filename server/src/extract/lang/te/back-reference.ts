import type { TeluguSpeakers } from './speakers';
import type { TeluguVerb } from './speech-verbs';
import type { TeluguSentence } from './sentence';
import { speechVerbs, type VerbAt } from './verbs';

/**
 * "ఈ విషయాన్ని X తెలిపారు" (X stated this), "ఈ మేరకు X ప్రకటన విడుదల చేసింది" (to this effect X
 * said in a statement): the sentence points back, and what X said is the sentence before it.
 */
const POINTING_BACK = /^(?:విషయాన్ని|విషయం|అభిప్రాయాన్ని|అభిప్రాయం|వ్యాఖ్యలను|వ్యాఖ్యలు|మాటలను|మేరకు|వివరాలను|సమాచారాన్ని)$/;
/** "ఈ అభిప్రాయాన్ని X … పంచుకున్నారు" (X shared this view): a verb of saying only when pointing back. */
const SHARED: TeluguVerb = {
  pattern: /^పంచుకు(?:న్నారు|ంది|న్నాడు)$/,
  cls: 'say',
  gloss: 'said',
};

export interface BackReference {
  speakers: number[];
  verbAt: VerbAt<TeluguVerb>;
}

/** The speaker and verb of a sentence that attributes the one before it, if it does. */
export function backReference(
  s: TeluguSentence,
  speakers: TeluguSpeakers,
): BackReference | undefined {
  const words = s.tokens.flatMap((t, k) => (t.isWord ? [k] : []));
  const [first, second] = words;
  if (first === undefined || second === undefined) return undefined;
  if (s.wordAt(first) !== 'ఈ' || !POINTING_BACK.test(s.wordAt(second))) return undefined;
  const verbAt = speechVerbs(s)[0] ?? sharedVerb(s);
  if (!verbAt) return undefined;
  const said = speakers.first(second + 1, verbAt.first);
  return said ? { speakers: said, verbAt } : undefined;
}

function sharedVerb(s: TeluguSentence): VerbAt<TeluguVerb> | undefined {
  const k = s.tokens.findIndex((t) => t.isWord && !t.inQuote && SHARED.pattern.test(t.norm));
  return k < 0 ? undefined : { first: k, last: k, verb: SHARED };
}
