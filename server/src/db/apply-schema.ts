import { SCHEMA_STATEMENTS } from '@parley/graph-schema';
import type { Db } from './driver';

/** Constraints and indexes from graph-schema; every statement is IF NOT EXISTS, so reruns are no-ops. */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
}
