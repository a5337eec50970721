import { SCHEMA_STATEMENTS } from '@parley/graph-schema';
import { SCHEMA_TIMEOUT_MS, type Db } from './driver';
import { backfillDegrees } from './queries/party-degree';
import { backfillWhoSaidWhat } from './queries/who-said-what';

/**
 * Constraints and indexes from graph-schema, then derived data older graphs lack; every step is
 * idempotent, so reruns are no-ops.
 */
export async function applySchema(db: Db): Promise<void> {
  const schemaWork = { timeoutMs: SCHEMA_TIMEOUT_MS };
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement, {}, schemaWork);
  await db.write('CALL db.awaitIndexes(300)', {}, schemaWork);
  await backfillWhoSaidWhat(db);
  await backfillDegrees(db);
}
