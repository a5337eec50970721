import { SCHEMA_STATEMENTS } from '@parley/graph-schema';
import type { Db } from './driver';
import { backfillDegrees } from './queries/party-degree';
import { backfillWhoSaidWhat } from './queries/who-said-what';

/**
 * Constraints and indexes from graph-schema, then derived data older graphs lack; every step is
 * idempotent, so reruns are no-ops.
 */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
  await backfillWhoSaidWhat(db);
  await backfillDegrees(db);
}
