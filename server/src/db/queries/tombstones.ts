import { RecordLabel } from '@parley/graph-schema';
import type { WriteTx } from '../driver';

/** Removed facts and articles, by id: ingest leaves them out from then on. */
const ADD_TOMBSTONES = `
UNWIND $ids AS id
MERGE (t:${RecordLabel.Tombstone} {id: id})`;

const LIFT_TOMBSTONES = `
UNWIND $ids AS id
MATCH (t:${RecordLabel.Tombstone} {id: id})
DELETE t`;

export async function addTombstones(tx: WriteTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(ADD_TOMBSTONES, { ids });
}

export async function liftTombstones(tx: WriteTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(LIFT_TOMBSTONES, { ids });
}
