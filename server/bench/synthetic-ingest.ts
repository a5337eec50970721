import { ingestBundleSchema, type IngestBundle } from '@parley/graph-schema';
import type { Db } from '../src/db/driver';
import { ingestBundles } from '../src/db/queries/ingest';

/** Articles per transaction: about 10,000 statements and 45,000 nodes and relationships; measured
 * here, fewer per transaction pay a fixed cost per query that dominates (3k elements/s at 20). */
export const ARTICLES_PER_TRANSACTION = 1_000;

export type IngestProgress = { statements: number; elements: number; writeMs: number };

/**
 * Ingests bundles through the ordinary path (schema parse, then one transaction per batch) until
 * `statements` have been written; `writeMs` counts the database writes alone.
 */
export async function ingestSynthetic(
  db: Db,
  bundles: Iterator<IngestBundle>,
  statements: number,
  onBatch: (progress: IngestProgress) => void = () => {},
): Promise<IngestProgress> {
  const progress: IngestProgress = { statements: 0, elements: 0, writeMs: 0 };
  while (progress.statements < statements) {
    const batch: IngestBundle[] = [];
    while (batch.length < ARTICLES_PER_TRANSACTION && progress.statements < statements) {
      const next = bundles.next();
      if (next.done) return progress;
      batch.push(ingestBundleSchema.parse(next.value));
      progress.statements += next.value.statements.length;
    }
    const startedMs = performance.now();
    const result = await ingestBundles(db, batch);
    progress.writeMs += performance.now() - startedMs;
    progress.elements += result.nodes.created + result.relationships.created;
    onBatch(progress);
  }
  return progress;
}
