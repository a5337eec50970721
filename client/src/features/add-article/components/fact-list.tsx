import type { ArticlePreviewResponse } from '@parley/graph-schema';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format-date';
import { guessLang } from '../../../lib/script';
import { chooseSpeaker, removeAddressee, toggleDropped, type Review } from '../model/review';
import { AddresseeChips, DropButton, SpeakerChoice } from './fact-controls';

type Party = { id: string; name: string };
type Props = {
  preview: ArticlePreviewResponse;
  review: Review;
  onReview: (review: Review) => void;
  onPoint: (factId: string | null) => void;
};

const MEETING_WORDS: Record<ArticlePreviewResponse['facts']['meetings'][number]['kind'], string> = {
  talks: 'held talks',
  meeting: 'met',
  phone: 'spoke by phone',
  summons: 'summoned',
  'courtesy-call': 'courtesy call',
  visit: 'visit',
};

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

function Name({ party }: { party: Party }) {
  return <span lang={guessLang(party.name)}>{party.name}</span>;
}

function names(parties: readonly Party[], separator: string): ReactNode[] {
  return parties.flatMap((p, i) => [i > 0 ? separator : null, <Name key={p.id} party={p} />]);
}

function FactItem(props: {
  id: string;
  onPoint: Props['onPoint'];
  dropped: boolean;
  touched: boolean;
  children: ReactNode;
}) {
  const state = props.dropped ? ' fact-dropped' : props.touched ? ' fact-touched' : '';
  return (
    <li
      className={`fact-item${state}`}
      tabIndex={0}
      onMouseEnter={() => props.onPoint(props.id)}
      onMouseLeave={() => props.onPoint(null)}
      onFocus={() => props.onPoint(props.id)}
      onBlur={() => props.onPoint(null)}
    >
      {props.children}
    </li>
  );
}

/**
 * What the extractor found, fact by fact; pointing at one marks its evidence in the text. Each
 * fact can be corrected or dropped before it is written; what a person touched is written as
 * reviewed.
 */
export function FactList({ preview, review, onReview, onPoint }: Props) {
  const { statements, meetings, ambiguities } = preview.facts;
  const newParties = preview.parties.filter((p) => !p.known);
  return (
    <div className="fact-list">
      <h3>
        {statements.length} statement{statements.length === 1 ? '' : 's'}
      </h3>
      {statements.length === 0 && <p className="muted">No statement was found.</p>}
      <ul>
        {statements.map((s) => {
          const decided = review.statements[s.id];
          if (!decided) return null;
          return (
            <FactItem
              key={s.id}
              id={s.id}
              onPoint={onPoint}
              dropped={decided.dropped}
              touched={decided.touched}
            >
              <p className="fact-who">
                {s.speaker ? (
                  <Name party={s.speaker} />
                ) : (
                  <>
                    {decided.speakerId === null && (
                      <span className="fact-unclear">Unclear: {names(s.candidates, ' or ')}</span>
                    )}{' '}
                    <SpeakerChoice
                      candidates={s.candidates}
                      chosen={decided.speakerId}
                      onChoose={(id) => onReview(chooseSpeaker(review, s.id, id))}
                    />
                  </>
                )}{' '}
                <AddresseeChips
                  addressees={s.addressees}
                  kept={decided.addresseeIds}
                  onRemove={(id) => onReview(removeAddressee(review, s.id, id))}
                />
                <DropButton
                  dropped={decided.dropped}
                  what="statement"
                  onToggle={() => onReview(toggleDropped(review, s.id))}
                />
              </p>
              <p className="fact-quote" lang={preview.lang} dir="auto">
                {s.direct ? `“${s.text}”` : s.text}
              </p>
              <p className="fact-meta">
                {decided.touched && 'edited by you · '}
                {s.direct ? 'direct quote' : 'reported speech'}
                {s.date && ` · ${formatDate(s.date, s.datePrecision)}`}
                {s.respondsTo.length > 0 &&
                  ` · answers ${s.respondsTo.length} statement${s.respondsTo.length === 1 ? '' : 's'}`}
                {` · ${percent(s.confidence)} confident`}
              </p>
            </FactItem>
          );
        })}
      </ul>
      {meetings.length > 0 && (
        <>
          <h3>
            {meetings.length} meeting{meetings.length === 1 ? '' : 's'}
          </h3>
          <ul>
            {meetings.map((m) => {
              const decided = review.meetings[m.id];
              if (!decided) return null;
              return (
                <FactItem
                  key={m.id}
                  id={m.id}
                  onPoint={onPoint}
                  dropped={decided.dropped}
                  touched={decided.touched}
                >
                  <p className="fact-who">
                    <Name party={m.a} /> — <Name party={m.b} />{' '}
                    <DropButton
                      dropped={decided.dropped}
                      what="meeting"
                      onToggle={() => onReview(toggleDropped(review, m.id))}
                    />
                  </p>
                  <p className="fact-meta">
                    {MEETING_WORDS[m.kind]}
                    {m.place && ` · ${m.place}`}
                    {m.date && ` · ${formatDate(m.date, m.datePrecision ?? undefined)}`}
                    {` · ${percent(m.confidence)} confident`}
                  </p>
                </FactItem>
              );
            })}
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
