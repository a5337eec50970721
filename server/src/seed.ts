import { loadSeedBundles, SEED_ARTICLE_IDS } from '@parley/seed';
import type { IngestResponse } from '@parley/graph-schema';
import type { Db } from './db/driver';
import { countArticles, ingestBundle } from './db/queries/ingest';

/** Ingests the seed bundles through the same path as POST /api/bundles. */
export async function ingestSeed(db: Db): Promise<IngestResponse[]> {
  const results: IngestResponse[] = [];
  for (const bundle of loadSeedBundles()) results.push(await ingestBundle(db, bundle));
  return results;
}

/** Seeds only a database that holds none of the seed articles, so a user's edits are never redone. */
export async function seedIfMissing(db: Db): Promise<IngestResponse[] | undefined> {
  const present = await countArticles(db, [...SEED_ARTICLE_IDS]);
  return present === 0 ? ingestSeed(db) : undefined;
}
