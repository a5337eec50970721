import { removalWords, type Removal } from '../../model/removal';

/** Shown in place of a node a person just removed. */
export function RemovalSummary({ removal }: { removal: Removal }) {
  return (
    <div className="details-placeholder removal-summary" role="status">
      <p>
        <strong>{removal.what} deleted.</strong> Gone from the graph: {removalWords(removal)} (
        {removal.deleted.relationships} relationships).
      </p>
      {removal.keptStatements !== undefined && removal.keptStatements > 0 && (
        <p>
          {removal.keptStatements} statement{removal.keptStatements === 1 ? '' : 's'} stay
          {removal.keptStatements === 1 ? 's' : ''}: other articles report them too.
        </p>
      )}
      <p className="muted">The edit history can bring it back.</p>
    </div>
  );
}
