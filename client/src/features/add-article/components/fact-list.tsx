import type { ArticlePreviewResponse } from '@parley/graph-schema';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format-date';
import { guessLang } from '../../../lib/script';

type Party = { id: string; name: string };
type Props = {
  preview: ArticlePreviewResponse;
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

function FactItem(props: { id: string; onPoint: Props['onPoint']; children: ReactNode }) {
  return (
    <li
      className="fact-item"
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

/** What the extractor found, fact by fact; pointing at one marks its evidence in the text. */
export function FactList({ preview, onPoint }: Props) {
  const { statements, meetings, ambiguities } = preview.facts;
  const newParties = preview.parties.filter((p) => !p.known);
  return (
    <div className="fact-list">
      <h3>
        {statements.length} statement{statements.length === 1 ? '' : 's'}
      </h3>
      {statements.length === 0 && <p className="muted">No statement was found.</p>}
      <ul>
        {statements.map((s) => (
          <FactItem key={s.id} id={s.id} onPoint={onPoint}>
            <p className="fact-who">
              {s.speaker ? (
                <Name party={s.speaker} />
              ) : (
                <span className="fact-unclear">Unclear: {names(s.candidates, ' or ')}</span>
              )}
              {s.addressees.length > 0 && <> → {names(s.addressees, ', ')}</>}
            </p>
            <p className="fact-quote" lang={preview.lang} dir="auto">
              {s.direct ? `“${s.text}”` : s.text}
            </p>
            <p className="fact-meta">
              {s.direct ? 'direct quote' : 'reported speech'}
              {s.date && ` · ${formatDate(s.date, s.datePrecision)}`}
              {s.respondsTo.length > 0 &&
                ` · answers ${s.respondsTo.length} statement${s.respondsTo.length === 1 ? '' : 's'}`}
              {` · ${percent(s.confidence)} confident`}
            </p>
          </FactItem>
        ))}
      </ul>
      {meetings.length > 0 && (
        <>
          <h3>
            {meetings.length} meeting{meetings.length === 1 ? '' : 's'}
          </h3>
          <ul>
            {meetings.map((m) => (
              <FactItem key={m.id} id={m.id} onPoint={onPoint}>
                <p className="fact-who">
                  <Name party={m.a} /> — <Name party={m.b} />
                </p>
                <p className="fact-meta">
                  {MEETING_WORDS[m.kind]}
                  {m.place && ` · ${m.place}`}
                  {m.date && ` · ${formatDate(m.date, m.datePrecision ?? undefined)}`}
                  {` · ${percent(m.confidence)} confident`}
                </p>
              </FactItem>
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
