import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { useMemo } from 'react';
import type { FactProblem } from '../model/fact-problems';
import { omittedNotice } from '../model/omitted-notice';
import { articleParties, partyName, type Review } from '../model/review';
import { names } from './fact-item';
import { MeetingItem } from './meeting-item';
import { StatementItem } from './statement-item';
import { pluralise } from '../../../lib/plural';

type Props = {
  preview: ArticlePreviewResponse;
  review: Review;
  /** What the server refused in the last "Add", by fact. */
  problems: readonly FactProblem[];
  onReview: (review: Review) => void;
  onPoint: (factId: string | null) => void;
};

/**
 * What the extractor found, fact by fact; pointing at one marks its evidence in the text. Each
 * fact can be corrected or dropped before it is written; what a person touched is written as
 * reviewed.
 */
export function FactList({ preview, review, problems, onReview, onPoint }: Props) {
  const { statements, meetings, ambiguities } = preview.facts;
  const newParties = preview.parties.filter((p) => !p.known);
  const inArticle = useMemo(() => articleParties(preview), [preview]);
  const parties = useMemo(
    () => [...inArticle, ...review.newParties],
    [inArticle, review.newParties],
  );
  const shared = {
    review,
    parties,
    nameOf: (id: string) => partyName(preview, review, id),
    onReview,
    onPoint,
  };
  const problemsOf = (id: string) => problems.filter((p) => p.factId === id);
  const omitted = omittedNotice(preview.omitted);
  return (
    <div className="fact-list">
      {omitted && (
        <p className="fact-omitted" role="status">
          {omitted}
        </p>
      )}
      <h3>{pluralise(statements.length, 'statement')}</h3>
      {statements.length === 0 && <p className="muted">No statement was found.</p>}
      <ul>
        {statements.map((s) => (
          <StatementItem
            key={s.id}
            statement={s}
            lang={preview.lang}
            problems={problemsOf(s.id)}
            {...shared}
          />
        ))}
      </ul>
      {meetings.length > 0 && (
        <>
          <h3>{pluralise(meetings.length, 'meeting')}</h3>
          <ul>
            {meetings.map((m) => (
              <MeetingItem key={m.id} meeting={m} problems={problemsOf(m.id)} {...shared} />
            ))}
          </ul>
        </>
      )}
      {ambiguities.length > 0 && (
        <>
          <h3>Left open</h3>
          <ul>
            {ambiguities.map((a) => (
              <li key={`${a.field}:${a.evidence.start}`} className="fact-item fact-ambiguity">
                <p>{a.note}</p>
                <p className="fact-meta">Candidates: {names(a.candidates, ', ')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {newParties.length > 0 && (
        <p className="fact-new-parties">New in the graph: {names(newParties, ', ')}</p>
      )}
    </div>
  );
}
