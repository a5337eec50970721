import type { WhoSaidWhatPair } from '@parley/graph-schema';
import { KindBadge } from '../../../components/kind-badge';
import { describeError } from '../../../lib/api-error';
import { useNodes } from '../api/get-node';
import { StatementItem, type OpenNode } from './node-link';
import { pluralise } from '../../../lib/plural';

/** The statements folded into one who-said-what edge. */
export function PairDetails({ pair, onOpen }: { pair: WhoSaidWhatPair; onOpen: OpenNode }) {
  const statements = useNodes(pair.statementIds);
  return (
    <article className="details" aria-labelledby="pair-title">
      <header className="details-header">
        <h2 id="pair-title">
          <button type="button" className="node-link" onClick={() => onOpen(pair.speaker.id)}>
            <KindBadge kind={pair.speaker.kind} /> {pair.speaker.label}
          </button>
          <span aria-label="to"> → </span>
          <button type="button" className="node-link" onClick={() => onOpen(pair.addressee.id)}>
            <KindBadge kind={pair.addressee.kind} /> {pair.addressee.label}
          </button>
        </h2>
        <p className="details-meta">{pluralise(pair.count, 'statement')}</p>
      </header>
      <ul className="plain-list" aria-label="Statements">
        {statements.map((result, i) => (
          <li key={pair.statementIds[i]}>
            {result.data && <StatementItem statement={result.data} onOpen={onOpen} />}
            {result.isPending && <p className="muted">Loading…</p>}
            {result.isError && <p role="alert">{describeError(result.error)}</p>}
          </li>
        ))}
      </ul>
      {pair.statementIds.length < pair.count && (
        <p className="muted">
          The {pair.statementIds.length} newest of {pair.count} are listed; open either party to see
          the rest.
        </p>
      )}
    </article>
  );
}
