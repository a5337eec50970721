import type { RawStatement, ReplyCue } from '../../types';
import type { RussianSentence } from './sentence';

/**
 * Reply cues of one Russian sentence: "На это X ответил", "В ответ на …" answer the statements
 * before; "Ранее X заявил" introduces what the statements before it answered.
 */
export function findRussianReplies(s: RussianSentence, statements: RawStatement[]): ReplyCue[] {
  if (statements.length === 0) return [];
  const first = s.word(0);
  const here = { kind: 'this-sentence' } as const;
  const preceding = { kind: 'preceding' } as const;
  if ((first === 'на' && s.word(1) === 'это') || (first === 'в' && s.word(1) === 'ответ'))
    return [{ from: here, to: preceding }];
  if (first === 'ранее') return [{ from: preceding, to: here }];
  return [];
}
