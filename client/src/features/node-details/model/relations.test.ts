import { describe, expect, it } from 'vitest';
import { edge, node, subgraph } from '../../../test-support/graph-fixtures';
import { meetingsReportedIn, relationsOf } from './relations';

const rudenko = node('actor:rudenko');
const chung = node('actor:chung', {}, 'Chung');
const lee = node('actor:lee', {}, 'Lee');
const ministry = node('institution:mfa');
const said = node('statement:a:said', { date: '2024-06-02' });
const heard = node('statement:a:heard');
const answer = node('statement:a:answer');
const article = node('article:a');

describe('relationsOf', () => {
  it('sorts an actor neighbourhood into what the panel lists', () => {
    const relations = relationsOf(
      'actor:rudenko',
      subgraph(
        [rudenko, chung, lee, ministry, said, heard],
        [
          edge('MEETS_WITH', 'actor:rudenko', 'actor:chung', {
            kind: 'talks',
            place: 'Seoul',
            date: '2024-06-28',
            articleId: 'article:a',
            start: 3,
            end: 9,
          }),
          edge('MEETS_WITH', 'actor:lee', 'actor:rudenko', { kind: 'meeting', place: 'Moscow' }),
          edge('AFFILIATED_WITH', 'actor:rudenko', 'institution:mfa', {
            role: 'Deputy Foreign Minister',
          }),
          edge('SAID', 'actor:rudenko', 'statement:a:said'),
          edge('ADDRESSED_TO', 'statement:a:heard', 'actor:rudenko'),
          edge('MEETS_WITH', 'actor:lee', 'actor:chung'),
        ],
      ),
    );
    expect(relations.meetings.map((m) => [m.other.id, m.initiated, m.kind, m.place])).toEqual([
      ['actor:chung', true, 'talks', 'Seoul'],
      ['actor:lee', false, 'meeting', 'Moscow'],
    ]);
    expect(relations.meetings[0]?.evidence).toEqual({ articleId: 'article:a', start: 3, end: 9 });
    expect(relations.affiliations).toEqual([{ party: ministry, role: 'Deputy Foreign Minister' }]);
    expect(relations.said).toEqual([said]);
    expect(relations.addressedTo).toEqual([heard]);
  });

  it('sorts a statement neighbourhood: speakers with candidates, thread links and provenance', () => {
    const relations = relationsOf(
      'statement:a:said',
      subgraph(
        [said, rudenko, chung, heard, answer, article],
        [
          edge('SAID', 'actor:rudenko', 'statement:a:said', { candidate: true }),
          edge('SAID', 'actor:chung', 'statement:a:said', { candidate: true }),
          edge('ADDRESSED_TO', 'statement:a:said', 'institution:mfa'),
          edge('RESPONDS_TO', 'statement:a:said', 'statement:a:heard'),
          edge('RESPONDS_TO', 'statement:a:answer', 'statement:a:said'),
          edge('REPORTED_IN', 'statement:a:said', 'article:a', { start: 10, end: 20 }),
        ],
      ),
    );
    expect(relations.speakers.map((s) => s.id)).toEqual(['actor:rudenko', 'actor:chung']);
    expect([...relations.candidateSpeakerIds]).toEqual(['actor:rudenko', 'actor:chung']);
    expect(relations.addressees).toEqual([]);
    expect(relations.respondsTo).toEqual([heard]);
    expect(relations.answeredBy).toEqual([answer]);
    expect(relations.reportedIn).toEqual([
      { article, evidence: { articleId: 'article:a', start: 10, end: 20 } },
    ]);
  });

  it('finds the meetings an article reports among a wider neighbourhood', () => {
    const meetings = meetingsReportedIn(
      'article:a',
      subgraph(
        [rudenko, chung, lee],
        [
          edge('MEETS_WITH', 'actor:rudenko', 'actor:chung', { articleId: 'article:a' }),
          edge('MEETS_WITH', 'actor:lee', 'actor:rudenko', { articleId: 'article:b' }),
        ],
      ),
    );
    expect(meetings.map((m) => [m.host.id, m.other.id])).toEqual([
      ['actor:rudenko', 'actor:chung'],
    ]);
  });
});
