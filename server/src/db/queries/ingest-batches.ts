import type { QueryResult } from 'neo4j-driver';
import type { WriteTx } from '../driver';
import type { NodeRefs } from './ingest-refs';

export type Counts = { nodesCreated: number; relationshipsCreated: number };

export const emptyCounts = (): Counts => ({ nodesCreated: 0, relationshipsCreated: 0 });

/**
 * What writing the bundles of one source needs: the transaction, the tally of what it created,
 * the element ids found so far and the source (sent as `$source` with every query).
 */
export type IngestContext = { tx: WriteTx; counts: Counts; refs: NodeRefs; source: string };

/** Rows per UNWIND query: enough to amortise its fixed cost, few enough to pipeline batches. */
const UNWIND_BATCH_ROWS = 2_500;

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += UNWIND_BATCH_ROWS)
    yield rows.slice(i, i + UNWIND_BATCH_ROWS);
}

/**
 * Sends `cypher` over `rows` (as `$rows`) in UNWIND batches, all of them before any answer
 * arrives: the server runs queries in the order sent while the next ones are still being
 * encoded. Adds what they created to the tally and answers each batch's result.
 */
export function runBatched(
  { tx, counts, source }: IngestContext,
  cypher: string,
  rows: readonly unknown[],
): Promise<QueryResult[]> {
  const sent = [...batches(rows)].map((batch) => tx.run(cypher, { rows: batch, source }));
  return Promise.all(sent).then((results) => {
    for (const result of results) {
      const updates = result.summary.counters.updates();
      counts.nodesCreated += updates.nodesCreated;
      counts.relationshipsCreated += updates.relationshipsCreated;
    }
    return results;
  });
}
