import type { GraphNode } from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import { booleanProp, stringListProp, stringProp } from '../../../lib/graph-properties';
import { languageName } from '../../../lib/script';
import type { NodeRelations } from '../model/relations';
import { EvidenceExcerpt } from './evidence-excerpt';
import { NodeLink, Section, StatementItem, type OpenNode } from './node-link';

export type StatementDetailsProps = {
  statement: GraphNode;
  relations: NodeRelations;
  onOpen: OpenNode;
  onShowThread: (statementId: string) => void;
};

function Ambiguity({ statement, relations, onOpen }: Omit<StatementDetailsProps, 'onShowThread'>) {
  const note = stringProp(statement, 'ambiguityNote');
  const candidateIds = stringListProp(statement, 'ambiguityCandidates');
  const candidates = relations.speakers.filter(
    (s) => candidateIds.includes(s.id) || relations.candidateSpeakerIds.has(s.id),
  );
  return (
    <div className="ambiguity" role="note">
      <strong>⚠ Uncertain attribution.</strong> {note ?? 'The source leaves this open.'}
      {candidates.length > 0 && (
        <p>
          Candidates:{' '}
          {candidates.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <NodeLink node={c} onOpen={onOpen} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** A statement in its own words and script, who said it to whom, what it answers and where it is reported. */
export function StatementDetails({
  statement,
  relations,
  onOpen,
  onShowThread,
}: StatementDetailsProps) {
  const text = stringProp(statement, 'text') ?? '';
  const lang = stringProp(statement, 'lang');
  const summary = stringProp(statement, 'summaryEn');
  const date = stringProp(statement, 'date');
  const direct = booleanProp(statement, 'direct');
  const inThread = relations.respondsTo.length > 0 || relations.answeredBy.length > 0;

  return (
    <>
      <p className="details-meta">
        {direct ? 'Direct quote' : 'Reported speech'}
        {lang && ` · ${languageName(lang)}`}
        {date && ` · ${formatDate(date, stringProp(statement, 'datePrecision'))}`}
      </p>
      <blockquote
        className={`statement-text original-text${direct ? ' quoted' : ''}`}
        lang={lang}
        dir="auto"
      >
        {text}
      </blockquote>
      {summary && lang !== 'en' && (
        <div className="summary-en" lang="en">
          <span className="muted">In English: </span>
          {summary}
        </div>
      )}
      {booleanProp(statement, 'ambiguous') && (
        <Ambiguity statement={statement} relations={relations} onOpen={onOpen} />
      )}
      <dl className="facts">
        <dt>Said by</dt>
        <dd>
          {relations.speakers.length === 0 && <span className="muted">Unknown</span>}
          {relations.speakers.map((s) => (
            <NodeLink key={s.id} node={s} onOpen={onOpen} badge />
          ))}
        </dd>
        <dt>Addressed to</dt>
        <dd>
          {relations.addressees.length === 0 && <span className="muted">No one named</span>}
          {relations.addressees.map((a) => (
            <NodeLink key={a.id} node={a} onOpen={onOpen} badge />
          ))}
        </dd>
      </dl>
      <Section title="Responds to" count={relations.respondsTo.length}>
        {relations.respondsTo.length === 0 ? (
          <p className="muted">It answers no recorded statement.</p>
        ) : (
          relations.respondsTo.map((s) => (
            <StatementItem key={s.id} statement={s} onOpen={onOpen} />
          ))
        )}
      </Section>
      <Section title="Answered by" count={relations.answeredBy.length}>
        {relations.answeredBy.length === 0 ? (
          <p className="muted">No recorded answer yet.</p>
        ) : (
          relations.answeredBy.map((s) => (
            <StatementItem key={s.id} statement={s} onOpen={onOpen} />
          ))
        )}
      </Section>
      <div className="step-buttons">
        <button
          type="button"
          disabled={relations.respondsTo.length === 0}
          onClick={() => relations.respondsTo[0] && onOpen(relations.respondsTo[0].id)}
          aria-keyshortcuts="ArrowUp"
          title="What this answers (↑)"
        >
          ↑ What it answers
        </button>
        <button
          type="button"
          disabled={relations.answeredBy.length === 0}
          onClick={() => relations.answeredBy[0] && onOpen(relations.answeredBy[0].id)}
          aria-keyshortcuts="ArrowDown"
          title="What answers it (↓)"
        >
          ↓ What answers it
        </button>
        <button type="button" disabled={!inThread} onClick={() => onShowThread(statement.id)}>
          Thread view
        </button>
      </div>
      <Section title="Source">
        {relations.reportedIn.length === 0 && <p className="muted">No source recorded.</p>}
        {relations.reportedIn.map(({ article, evidence }) => (
          <div key={article.id} className="source">
            <NodeLink node={article} onOpen={onOpen} badge />
            <EvidenceExcerpt evidence={evidence} />
          </div>
        ))}
      </Section>
    </>
  );
}
