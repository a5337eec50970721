/** `npm run seed`: ingests the seed bundles through the bundle ingest path; idempotent. */
import { readCliFlags } from './cli-flags';
import { loadConfig } from './config/env';
import { applySchema } from './db/apply-schema';
import { createLogger } from './logger';
import { openDatabase } from './open-database';
import { ingestSeed } from './seed';

async function main(): Promise<void> {
  readCliFlags('usage: npm run seed', {});
  const config = loadConfig();
  const { db, close } = await openDatabase(config, createLogger('warn'));
  try {
    await applySchema(db);
    const results = await ingestSeed(db);
    console.table(
      results.map((r) => ({
        article: r.articleId,
        'nodes created': r.nodes.created,
        'nodes matched': r.nodes.matched,
        'relationships created': r.relationships.created,
        'relationships matched': r.relationships.matched,
      })),
    );
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
