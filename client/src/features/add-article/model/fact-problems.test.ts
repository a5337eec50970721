import type { ReviewedFacts } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { locateProblems } from './fact-problems';

const evidence = { start: 0, end: 5 };
const FACTS: ReviewedFacts = {
  statements: [
    {
      id: 'statement:a:1',
      speakerIds: ['actor:kim'],
      addresseeIds: [],
      text: 'words',
      direct: true,
      evidence,
      respondsTo: [],
      confidence: 1,
      reviewed: true,
    },
  ],
  meetings: [
    {
      id: 'meeting:a:1',
      a: 'actor:kim',
      b: 'actor:nobody',
      kind: 'talks',
      evidence,
      confidence: 1,
      reviewed: true,
    },
  ],
  parties: [],
};

describe('locateProblems', () => {
  it('puts each refused field beside its fact, in the review’s words', () => {
    const { byFact, general } = locateProblems(
      [
        { path: 'facts.statements.0.speakerIds.0', message: 'actor:kim is not known' },
        { path: 'facts.meetings.0.b', message: 'actor:nobody is not known' },
        { path: 'title', message: 'too long' },
      ],
      FACTS,
    );
    expect(byFact).toEqual([
      { factId: 'statement:a:1', field: 'speaker', message: 'actor:kim is not known' },
      { factId: 'meeting:a:1', field: 'second party', message: 'actor:nobody is not known' },
    ]);
    expect(general).toEqual([{ path: 'title', message: 'too long' }]);
  });

  it('keeps a path past the facts sent as a general problem', () => {
    const { byFact, general } = locateProblems(
      [{ path: 'facts.statements.7.id', message: 'unknown' }],
      FACTS,
    );
    expect(byFact).toEqual([]);
    expect(general).toHaveLength(1);
  });
});
