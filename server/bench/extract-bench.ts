/**
 * `npm run bench:extract`: articles per second for extraction alone and for extraction + write
 * (the path of POST /api/articles) over real-language article variants, on a fresh Neo4j
 * holding the seed. `npm run bench` runs the same measurements as one of its sections.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../src/db/apply-schema';
import { Db } from '../src/db/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
import { findFreePort } from '../src/neo4j/free-port';
import { ingestSeed } from '../src/seed';
import {
  articleInputs,
  measureBatched,
  measureExtraction,
  measureOnePerTransaction,
} from './article-throughput';

const ARTICLES = Number(process.env.PARLEY_BENCH_ARTICLES ?? 1_000);
/** One transaction per article is slow enough that a fifth of the articles tells its rate. */
const ONE_PER_TRANSACTION_ARTICLES = Math.ceil(ARTICLES / 5);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-extract-bench-'));
const neo4j = await startEmbeddedNeo4j({
  dataDir,
  boltPort: await findFreePort(),
  heap: process.env.PARLEY_NEO4J_HEAP ?? '1g',
  pageCache: process.env.PARLEY_NEO4J_PAGECACHE ?? '512m',
});
const db = Db.connect({ uri: neo4j.uri });
try {
  await applySchema(db);
  await ingestSeed(db);
  const inputs = articleInputs(ARTICLES + ONE_PER_TRANSACTION_ARTICLES);
  const batched = inputs.slice(0, ARTICLES);
  console.table({
    'extraction alone': measureExtraction(batched),
    'extraction + write, batched (npm run ingest)': await measureBatched(db, batched),
    'extraction + write, one per transaction (POST /api/articles)': await measureOnePerTransaction(
      db,
      inputs.slice(ARTICLES),
    ),
  });
} finally {
  await db.close();
  await neo4j.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
