import { removalWords, type Removal } from '../../model/removal';
import { pluralise } from '../../../../lib/plural';

/** Shown in place of a node a person just removed. */
export function RemovalSummary({ removal }: { removal: Removal }) {
  return (
    <div className="details-placeholder removal-summary" role="status">
      <p>
        <strong>{removal.what} deleted.</strong> Gone from the graph: {removalWords(removal)} (
        {pluralise(removal.deleted.relationships, 'relationship')}).
      </p>
      {removal.keptStatements !== undefined && removal.keptStatements > 0 && (
        <p>
          {pluralise(removal.keptStatements, 'statement stays', 'statements stay')}: other articles
          report them too.
        </p>
      )}
      <p className="muted">The edit history can bring it back.</p>
    </div>
  );
}
