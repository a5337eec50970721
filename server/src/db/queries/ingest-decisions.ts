import { MERGED_INTO, RecordLabel, type IngestBundle } from '@parley/graph-schema';
import { decidedBundles, idsOfBundles } from '../decided-bundles';
import type { WriteTx } from '../driver';

/** The removed facts among `$facts` and where the merged parties among `$parties` went. */
const DECISIONS = `
CALL () {
  UNWIND $facts AS id
  MATCH (t:${RecordLabel.Tombstone} {id: id})
  RETURN collect(id) AS removed
}
CALL () {
  UNWIND $parties AS id
  MATCH (:${RecordLabel.MergedId} {id: id})-[:${MERGED_INTO}]->(p)
  RETURN collect([id, p.id]) AS moved
}
RETURN removed, moved`;

/** The bundles with what people decided applied (see decidedBundles), read in the transaction. */
export async function honourDecisions(
  tx: WriteTx,
  bundles: IngestBundle[],
): Promise<IngestBundle[]> {
  const result = await tx.run(DECISIONS, idsOfBundles(bundles));
  const record = result.records[0];
  const removed = new Set((record?.get('removed') as string[] | undefined) ?? []);
  const moved = (record?.get('moved') as [string, string][] | undefined) ?? [];
  return decidedBundles(bundles, { removed, movedTo: new Map(moved) });
}
