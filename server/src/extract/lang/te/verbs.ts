import { AFTER_WORDS, MEETING_VERBS, type TeluguMeetingVerb } from './lexicon';
import { SPEECH_VERBS, type TeluguVerb } from './speech-verbs';
import type { TeluguSentence } from './sentence';

export interface VerbAt<V> {
  first: number;
  last: number;
  verb: V;
}

const MAX_VERB_WORDS = 3;
/** How far after a "-ిన" verb its "తర్వాత" may come ("హెచ్చరించిన ఒక రోజు తర్వాత"). */
const AFTER_WORDS_REACH = 3;

function findVerbs<V extends { pattern: RegExp }>(
  s: TeluguSentence,
  verbs: V[],
  accept: (first: number, last: number) => boolean,
): VerbAt<V>[] {
  const found: VerbAt<V>[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!s.tokens[i]!.isWord || s.tokens[i]!.inQuote) continue;
    for (let n = MAX_VERB_WORDS; n >= 1; n--) {
      const words = s.tokens.slice(i, i + n);
      if (words.length < n || !words.every((w) => w.isWord)) continue;
      const joined = words.map((w) => w.norm).join(' ');
      const verb = verbs.find((v) => v.pattern.test(joined));
      if (verb && accept(i, i + n - 1)) {
        found.push({ first: i, last: i + n - 1, verb });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** A "-ిన" form is a statement only as a clause of time ("…హెచ్చరించిన ఒక రోజు తర్వాత"). */
export function isTimeClauseVerb(s: TeluguSentence, last: number): boolean {
  if (!s.wordAt(last).endsWith('ిన')) return false;
  for (let k = last + 1; k <= last + AFTER_WORDS_REACH; k++)
    if (AFTER_WORDS.has(s.wordAt(k))) return true;
  return false;
}

export function speechVerbs(s: TeluguSentence): VerbAt<TeluguVerb>[] {
  return findVerbs(
    s,
    SPEECH_VERBS,
    (_, last) => !s.wordAt(last).endsWith('ిన') || isTimeClauseVerb(s, last),
  );
}

export function meetingVerbs(s: TeluguSentence): VerbAt<TeluguMeetingVerb>[] {
  return findVerbs(s, MEETING_VERBS, () => true);
}
