import type { GraphNode } from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import { stringProp } from '../../../lib/graph-properties';
import { languageName } from '../../../lib/script';
import { useNodeRelations } from '../api/get-node-relations';
import { meetingsReportedIn, type NodeRelations } from '../model/relations';
import { NodeLink, Section, StatementList, type OpenNode } from './node-link';

/** Meetings hang between actors, not off the article: two hops out finds those whose parties spoke. */
function ArticleMeetings({ articleId, onOpen }: { articleId: string; onOpen: OpenNode }) {
  const wider = useNodeRelations(articleId, 2);
  if (wider.isPending) return <p className="muted">Looking for meetings…</p>;
  if (wider.isError) return null;
  const meetings = meetingsReportedIn(articleId, wider.data);
  return (
    <Section title="Meetings reported" count={meetings.length}>
      {meetings.length === 0 ? (
        <p className="muted">None found.</p>
      ) : (
        <ul className="plain-list">
          {meetings.map((m) => (
            <li key={m.id} className="meeting">
              <span className="meeting-kind">{m.kind ?? 'meeting'}</span>{' '}
              <NodeLink node={m.host} onOpen={onOpen} /> with{' '}
              <NodeLink node={m.other} onOpen={onOpen} />
              {m.date && <span className="muted"> · {formatDate(m.date, m.datePrecision)}</span>}
              {m.place && <span className="muted"> · {m.place}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** A source: where it comes from, and the facts Parley drew from it. */
export function ArticleDetails({
  article,
  relations,
  onOpen,
}: {
  article: GraphNode;
  relations: NodeRelations;
  onOpen: OpenNode;
}) {
  const url = stringProp(article, 'url');
  const publisher = stringProp(article, 'publisher');
  const publishedAt = stringProp(article, 'publishedAt');
  const lang = stringProp(article, 'lang');
  return (
    <>
      <p className="details-meta">
        {[publisher, publishedAt && formatDate(publishedAt), lang && languageName(lang)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {url && (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            Open the original ↗
          </a>
        </p>
      )}
      <StatementList
        title="Statements reported"
        statements={relations.reports}
        onOpen={onOpen}
        empty="No statements drawn from it."
      />
      <ArticleMeetings articleId={article.id} onOpen={onOpen} />
    </>
  );
}
