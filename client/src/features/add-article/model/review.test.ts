import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  addAddressee,
  addNewParty,
  newParty,
  articleParties,
  changeMeeting,
  chooseSpeaker,
  isReviewed,
  openStatements,
  partyName,
  removeAddressee,
  selfMeetings,
  startReview,
  toggleDropped,
} from './review';
import { reviewedFacts } from './reviewed-facts';

const party = (id: string, name: string) => ({ id, name });
const WONG = party('actor:wong', 'Penny Wong');
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
    const review = chooseSpeaker(startReview(PREVIEW), 'statement:a:2', WONG);
    expect(openStatements(review)).toBe(0);
    const chosen = reviewedFacts(PREVIEW, review).statements[1];
    expect(chosen).toMatchObject({
      speakerIds: ['actor:wong'],
      reviewed: true,
      respondsTo: ['statement:a:1'],
    });
  });

  it('drops facts, and replies to a dropped statement go with it', () => {
    let review = chooseSpeaker(startReview(PREVIEW), 'statement:a:2', WONG);
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

  it('takes any party from the graph as speaker or addressee, and names it', () => {
    const lee = party('actor:lee-jae-myung', 'Lee Jae-myung');
    let review = chooseSpeaker(startReview(PREVIEW), 'statement:a:1', lee);
    review = addAddressee(review, 'statement:a:1', WONG);
    review = addAddressee(review, 'statement:a:1', WONG);
    expect(reviewedFacts(PREVIEW, review).statements[0]).toMatchObject({
      speakerIds: ['actor:lee-jae-myung'],
      addresseeIds: ['institution:japan', 'actor:wong'],
      reviewed: true,
      confidence: 1,
    });
    expect(partyName(PREVIEW, review, lee.id)).toBe('Lee Jae-myung');
    expect(partyName(PREVIEW, review, 'actor:kim')).toBe('Kim');
  });

  it('corrects a meeting: pair, kind, place and date, an empty place being none', () => {
    let review = changeMeeting(startReview(PREVIEW), 'meeting:a:1', { b: 'actor:wang' });
    review = changeMeeting(review, 'meeting:a:1', { kind: 'phone', place: 'Seoul' });
    review = changeMeeting(review, 'meeting:a:1', { date: '2024-06-21' });
    expect(reviewedFacts(PREVIEW, review).meetings[0]).toMatchObject({
      a: 'actor:kim',
      b: 'actor:wang',
      kind: 'phone',
      place: 'Seoul',
      date: '2024-06-21',
      datePrecision: 'day',
      reviewed: true,
    });
    review = changeMeeting(review, 'meeting:a:1', { place: '  ', date: '' });
    expect(reviewedFacts(PREVIEW, review).meetings[0]).toMatchObject({
      place: null,
      date: null,
      datePrecision: null,
    });
  });

  it('flags a meeting of a party with itself', () => {
    const review = changeMeeting(startReview(PREVIEW), 'meeting:a:1', { b: 'actor:kim' });
    expect(selfMeetings(review)).toEqual(['meeting:a:1']);
    expect(selfMeetings(toggleDropped(review, 'meeting:a:1'))).toEqual([]);
  });

  it('offers every party the preview names once', () => {
    expect(articleParties(PREVIEW).map((p) => p.id)).toEqual([
      'actor:kim',
      'institution:japan',
      'actor:wong',
      'actor:wang',
    ]);
  });

  it('writes a party the reviewer created, with a derived id, once a kept fact names it', () => {
    const forum = newParty(' Seoul Peace Forum ', 'institution');
    expect(forum).toEqual({
      id: 'institution:seoul-peace-forum',
      name: 'Seoul Peace Forum',
      kind: 'institution',
    });
    expect(newParty(' — ', 'actor')).toBeNull();
    let review = addNewParty(startReview(PREVIEW), forum!);
    expect(reviewedFacts(PREVIEW, review).parties).toEqual([]);
    review = addAddressee(review, 'statement:a:1', forum!);
    expect(reviewedFacts(PREVIEW, review).parties).toEqual([
      { ...forum, aliases: ['Seoul Peace Forum'], institutionKind: 'other' },
    ]);
    expect(partyName(PREVIEW, review, forum!.id)).toBe('Seoul Peace Forum');
  });
});
