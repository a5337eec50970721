import type { RawStatement, ReplyCue } from '../../types';
import type { RussianSentence } from './sentence';
import { SPEECH_NOUN } from './verbs';

/** Possessives before a speech noun: "тональность ее заявлений" answers the one who spoke last. */
const POSSESSIVES = new Set(['его', 'ее', 'её', 'их']);
/** How far into the sentence "ранее" still opens it ("Напомним, ранее …"). */
const EARLIER_WITHIN_TOKENS = 3;

/**
 * Reply cues of one Russian sentence: "На это X ответил", "В ответ на …" answer the statements
 * before; "Ранее X заявил" introduces what the statements before it answered; "слова Антонова",
 * "высказывание Захаровой" in or around a statement answer that party's words, "ее заявлений"
 * the words before.
 */
export function findRussianReplies(s: RussianSentence, statements: RawStatement[]): ReplyCue[] {
  if (statements.length === 0) return [];
  const first = s.word(0);
  const here = { kind: 'this-sentence' } as const;
  const preceding = { kind: 'preceding' } as const;
  if ((first === 'на' && s.word(1) === 'это') || (first === 'в' && s.word(1) === 'ответ'))
    return [{ from: here, to: preceding }];
  if (s.tokens.slice(0, EARLIER_WITHIN_TOKENS).some((t) => t.lower === 'ранее'))
    return [{ from: preceding, to: here }];
  return remarkCues(s, statements);
}

/** "слова X", "заявления X", "ее высказывания": whose words the sentence's statements answer. */
function remarkCues(s: RussianSentence, statements: RawStatement[]): ReplyCue[] {
  const cues: ReplyCue[] = [];
  s.tokens.forEach((t, k) => {
    if (!SPEECH_NOUN.test(t.lower)) return;
    const owner = s.mentionsIn(k + 1, k + 2).find((m) => s.isParty(m));
    if (owner !== undefined) {
      const ownerId = s.mentions[owner]!.ids.join();
      statements.forEach((st, index) => {
        const by = st.speakers.map((m) => s.mentions[m]!.ids.join());
        if (by.length > 0 && !by.includes(ownerId))
          cues.push({
            from: { kind: 'statement', index },
            to: { kind: 'party', mention: owner, here: true },
          });
      });
    } else if (POSSESSIVES.has(s.word(k - 1)))
      cues.push({ from: { kind: 'this-sentence' }, to: { kind: 'preceding' } });
  });
  return cues;
}
