import type { IngestBundle } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import type { GoldArticle } from './gold';
import { precisionRecallF1, scoreArticle } from './score';

const TEXT = 'Lim warned Russia. Kim met Lee. Lim added more.';

const gold: GoldArticle = {
  name: 'test',
  lang: 'en',
  text: TEXT,
  parties: [
    { key: 'lim', id: 'actor:lim-soo-suk', kind: 'actor', names: ['Lim Soo-suk', 'Lim'] },
    { key: 'kim', id: 'actor:kim-gunn', kind: 'actor', names: ['Kim Gunn'] },
    { key: 'lee', id: 'actor:lee-do-hoon', kind: 'actor', names: ['Lee Do-hoon'] },
  ],
  statements: [
    {
      key: 'a',
      speakers: ['lim'],
      addressees: [],
      direct: false,
      evidence: { start: 0, end: 18 },
      respondsTo: [],
    },
    {
      key: 'b',
      speakers: ['lim'],
      addressees: [],
      direct: false,
      evidence: { start: 32, end: 47 },
      respondsTo: ['a'],
    },
  ],
  meetings: [{ a: 'kim', b: 'lee', kind: 'meeting', evidence: { start: 19, end: 31 } }],
};

const statement = (
  id: string,
  speaker: string,
  start: number,
  end: number,
  respondsTo: string[] = [],
) => ({
  id,
  speakers: [speaker],
  addressees: [],
  text: TEXT.slice(start, end),
  lang: 'en',
  direct: false,
  evidence: { start, end },
  respondsTo,
  confidence: 1,
});

describe('scoreArticle', () => {
  it('matches by speaker (through any shared alias) and overlapping evidence', () => {
    const bundle = {
      actors: [
        { id: 'actor:lim-su-suk', name: 'Lim Su-suk', aliases: ['Lim'], affiliations: [] },
        { id: 'actor:kim-gunn', name: 'Kim Gunn', aliases: [], affiliations: [] },
        { id: 'actor:lee-do-hoon', name: 'Lee Do-hoon', aliases: [], affiliations: [] },
      ],
      institutions: [],
      statements: [
        statement('statement:t:1', 'actor:lim-su-suk', 0, 17),
        statement('statement:t:2', 'actor:kim-gunn', 19, 30),
        statement('statement:t:3', 'actor:lim-su-suk', 32, 46, ['statement:t:1']),
      ],
      meetings: [
        {
          id: 'meeting:t:1',
          a: 'actor:lee-do-hoon',
          b: 'actor:kim-gunn',
          kind: 'meeting',
          evidence: { start: 19, end: 31 },
          confidence: 1,
        },
      ],
    } as unknown as IngestBundle;
    const score = scoreArticle(gold, bundle);
    expect(score.statements).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(score.meetings).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.replies).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(precisionRecallF1(score.statements).f1).toBeCloseTo(0.8);
  });
});
