import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  chooseSpeaker,
  isReviewed,
  openStatements,
  removeAddressee,
  reviewedFacts,
  startReview,
  toggleDropped,
} from './review';

const party = (id: string, name: string) => ({ id, name });
const evidence = { start: 0, end: 10 };
const statement = (id: string, extra: object) => ({
  id,
  speaker: null,
  candidates: [],
  text: 'words',
  direct: true,
  evidence,
  addressees: [],
  respondsTo: [],
  confidence: 0.8,
  ...extra,
});

const PREVIEW: ArticlePreviewResponse = {
  articleId: 'article:a',
  lang: 'en',
  facts: {
    statements: [
      statement('statement:a:1', {
        speaker: party('actor:kim', 'Kim'),
        addressees: [party('institution:japan', 'Japan')],
      }),
      statement('statement:a:2', {
        candidates: [party('actor:wong', 'Penny Wong'), party('actor:wang', 'Wang Yi')],
        respondsTo: ['statement:a:1'],
      }),
    ],
    meetings: [
      {
        id: 'meeting:a:1',
        kind: 'meeting',
        a: party('actor:kim', 'Kim'),
        b: party('actor:wong', 'Penny Wong'),
        place: null,
        date: null,
        datePrecision: null,
        evidence,
        confidence: 0.85,
      },
    ],
    ambiguities: [],
  },
  parties: [],
};

describe('reviewing a preview before it is written', () => {
  it('writes what was extracted, untouched, and leaves out a speaker nobody chose', () => {
    const review = startReview(PREVIEW);
    expect(isReviewed(review)).toBe(false);
    expect(openStatements(review)).toBe(1);
    const facts = reviewedFacts(PREVIEW, review);
    expect(facts.statements.map((s) => [s.id, s.speakerIds, s.reviewed])).toEqual([
      ['statement:a:1', ['actor:kim'], false],
    ]);
    expect(facts.meetings.map((m) => m.id)).toEqual(['meeting:a:1']);
  });

  it('writes a chosen speaker as reviewed, with its reply kept', () => {
    const review = chooseSpeaker(startReview(PREVIEW), 'statement:a:2', 'actor:wong');
    expect(openStatements(review)).toBe(0);
    const chosen = reviewedFacts(PREVIEW, review).statements[1];
    expect(chosen).toMatchObject({
      speakerIds: ['actor:wong'],
      reviewed: true,
      respondsTo: ['statement:a:1'],
    });
  });

  it('drops facts, and replies to a dropped statement go with it', () => {
    let review = chooseSpeaker(startReview(PREVIEW), 'statement:a:2', 'actor:wong');
    review = toggleDropped(toggleDropped(review, 'statement:a:1'), 'meeting:a:1');
    const facts = reviewedFacts(PREVIEW, review);
    expect(facts.statements.map((s) => [s.id, s.respondsTo])).toEqual([['statement:a:2', []]]);
    expect(facts.meetings).toEqual([]);
    expect(reviewedFacts(PREVIEW, toggleDropped(review, 'meeting:a:1')).meetings).toHaveLength(1);
  });

  it('removes an addressee', () => {
    const review = removeAddressee(startReview(PREVIEW), 'statement:a:1', 'institution:japan');
    expect(reviewedFacts(PREVIEW, review).statements[0]).toMatchObject({
      addresseeIds: [],
      reviewed: true,
    });
  });
});
