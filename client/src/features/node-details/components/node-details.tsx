import { useState } from 'react';
import { KindBadge } from '../../../components/kind-badge';
import { describeError, isApiError } from '../../../lib/api-error';
import { guessLang } from '../../../lib/script';
import { useNode } from '../api/get-node';
import { useNodeRelations } from '../api/get-node-relations';
import { relationsOf } from '../model/relations';
import type { Removal } from '../model/removal';
import { ArticleRemoval } from './corrections/article-removal';
import { PartyCorrections } from './corrections/party-corrections';
import { RemovalSummary } from './corrections/removal-summary';
import { StatementCorrections } from './corrections/statement-corrections';
import { ArticleDetails } from './article-details';
import type { OpenNode } from './node-link';
import { PartyDetails } from './party-details';
import { ProvenanceBadge } from './provenance-badge';
import { StatementDetails } from './statement-details';

export type NodeDetailsProps = {
  nodeId: string;
  onOpen: OpenNode;
  onShowThread: (statementId: string) => void;
  /** The node was removed from the graph, or merged into `into`: the canvas lets it go. */
  onGone: (id: string, into?: string) => void;
};

/** The panel of one node: fetched whole (an article's text comes only this way) with its relations. */
export function NodeDetails({ nodeId, onOpen, onShowThread, onGone }: NodeDetailsProps) {
  const node = useNode(nodeId);
  const around = useNodeRelations(nodeId);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const removed = (what: Removal) => {
    setRemoval(what);
    onGone(nodeId);
  };

  if (removal) return <RemovalSummary removal={removal} />;
  if (node.isPending) {
    return (
      <p className="details-placeholder" role="status">
        <span className="spinner" aria-hidden="true" /> Loading…
      </p>
    );
  }
  if (node.isError) {
    const gone = isApiError(node.error) && node.error.code === 'not_found';
    return (
      <div className="details-placeholder" role="alert">
        <p>{gone ? 'This node is no longer in the graph.' : describeError(node.error)}</p>
        {!gone && (
          <button type="button" onClick={() => void node.refetch()}>
            Retry
          </button>
        )}
      </div>
    );
  }

  const data = node.data;
  const relations = around.data ? relationsOf(nodeId, around.data) : undefined;
  return (
    <article className="details" aria-labelledby="details-title" data-kind={data.kind}>
      <header className="details-header">
        <KindBadge kind={data.kind} />
        <h2 id="details-title" lang={guessLang(data.label)}>
          {data.kind === 'statement' ? data.label.split(':')[0] : data.label}
        </h2>
        <ProvenanceBadge item={data} />
      </header>
      {around.isPending && <p className="muted">Loading relations…</p>}
      {around.isError && <p role="alert">{describeError(around.error)}</p>}
      {relations && data.kind === 'statement' && (
        <StatementDetails
          statement={data}
          relations={relations}
          onOpen={onOpen}
          onShowThread={onShowThread}
        />
      )}
      {relations && (data.kind === 'actor' || data.kind === 'institution') && (
        <PartyDetails node={data} relations={relations} onOpen={onOpen} />
      )}
      {relations && data.kind === 'article' && (
        <ArticleDetails article={data} relations={relations} onOpen={onOpen} />
      )}
      {relations && data.kind === 'statement' && (
        <StatementCorrections
          statement={data}
          relations={relations}
          onRemoved={({ deleted }) => removed({ what: 'Statement', deleted })}
        />
      )}
      {relations && (data.kind === 'actor' || data.kind === 'institution') && (
        <PartyCorrections node={data} kind={data.kind} onMerged={(into) => onGone(nodeId, into)} />
      )}
      {relations && data.kind === 'article' && (
        <ArticleRemoval
          article={data}
          reported={relations.reports.length}
          onRemoved={({ deleted, kept }) =>
            removed({ what: 'Article', deleted, keptStatements: kept.statements })
          }
        />
      )}
    </article>
  );
}
