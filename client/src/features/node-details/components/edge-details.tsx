import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import { numberProp, stringProp } from '../../../lib/graph-properties';
import { EvidenceExcerpt } from './evidence-excerpt';
import { NodeLink, type OpenNode } from './node-link';
import { ProvenanceBadge } from './provenance-badge';

const TYPE_PHRASES: Record<GraphEdge['type'], string> = {
  SAID: 'said',
  ADDRESSED_TO: 'is addressed to',
  RESPONDS_TO: 'responds to',
  MEETS_WITH: 'meets with',
  AFFILIATED_WITH: 'is affiliated with',
  REPORTED_IN: 'is reported in',
};

export type EdgeDetailsProps = {
  edge: GraphEdge;
  source: GraphNode | undefined;
  target: GraphNode | undefined;
  onOpen: OpenNode;
};

/** One relationship: its two ends, what it carries, and its evidence when it has some. */
export function EdgeDetails({ edge, source, target, onOpen }: EdgeDetailsProps) {
  const start = numberProp(edge, 'start');
  const end = numberProp(edge, 'end');
  const articleId = edge.type === 'REPORTED_IN' ? edge.target : stringProp(edge, 'articleId');
  const date = stringProp(edge, 'date');
  return (
    <article className="details" aria-labelledby="edge-title">
      <header className="details-header">
        <h2 id="edge-title" className="edge-title">
          {source ? <NodeLink node={source} onOpen={onOpen} badge /> : edge.source}{' '}
          <span className="edge-phrase">{TYPE_PHRASES[edge.type]}</span>{' '}
          {target ? <NodeLink node={target} onOpen={onOpen} badge /> : edge.target}
        </h2>
        <ProvenanceBadge item={edge} />
      </header>
      <dl className="facts">
        {stringProp(edge, 'kind') && (
          <>
            <dt>Kind</dt>
            <dd>{stringProp(edge, 'kind')}</dd>
          </>
        )}
        {date && (
          <>
            <dt>Date</dt>
            <dd>{formatDate(date, stringProp(edge, 'datePrecision'))}</dd>
          </>
        )}
        {stringProp(edge, 'place') && (
          <>
            <dt>Place</dt>
            <dd>{stringProp(edge, 'place')}</dd>
          </>
        )}
        {stringProp(edge, 'role') && (
          <>
            <dt>Role</dt>
            <dd>{stringProp(edge, 'role')}</dd>
          </>
        )}
      </dl>
      {articleId && start !== undefined && end !== undefined && (
        <section className="details-section">
          <h3>Evidence</h3>
          <EvidenceExcerpt evidence={{ articleId, start, end }} />
        </section>
      )}
    </article>
  );
}
