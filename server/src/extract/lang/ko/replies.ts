import type { ReplyCue } from '../../types';
import type { KoreanSentence } from './sentence';
import type { KoreanStatement } from './statements';

const REMARKS = /^(?:발언|주장|담화|언급|비판|비난|경고|성명|설명|제안|요청)/;
/** After "X의 발언": "에 대해" (about it), or the remark's own 에 before a reaction ("설명에 사의를 표하고"), not "에 따라". */
const answers = (remark: string, next: string) =>
  /대해|대한/.test(next) || (/에$/.test(remark) && !/^(?:따라|따르면|의해|앞서)/.test(next));

/**
 * Reply cues of one Korean sentence: "이에 (대해) X는 …" answers the statements before;
 * "X의 발언에 대해 … 유감을 표명했다" answers X's; "앞서 X는 …" introduces what the statements
 * before it answered.
 */
export function findKoreanReplies(
  s: KoreanSentence,
  statement: KoreanStatement | undefined,
): ReplyCue[] {
  if (!statement) return [];
  const here = { kind: 'this-sentence' } as const;
  const preceding = { kind: 'preceding' } as const;
  const first = s.word(0);
  const owner = s
    .mentionsIn(0, statement.verbAt)
    .find(
      (m) =>
        s.isParty(m) &&
        !s.inQuote(m) &&
        s.marker(m) === 'genitive' &&
        REMARKS.test(s.word(s.lastToken(m) + 1)) &&
        answers(s.word(s.lastToken(m) + 1), s.word(s.lastToken(m) + 2)),
    );
  if (owner !== undefined) return [{ from: here, to: { kind: 'party', mention: owner } }];
  if (first === '이에' || (first === '이와' && s.word(1).startsWith('관련')))
    return [{ from: here, to: preceding }];
  if (first === '앞서') return [{ from: preceding, to: here }];
  return [];
}
