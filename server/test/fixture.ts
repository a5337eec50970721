/**
 * The server parts that client e2e tests and benchmarks start a real Parley with, imported as
 * `@parley/server/fixture` so other workspaces never reach into this one by relative path.
 */
export { createApp } from '../src/app';
export { readCliFlags } from '../src/cli-flags';
export { applySchema } from '../src/db/apply-schema';
export { statementLabel } from '../src/db/convert';
export { Db } from '../src/db/driver';
export { listen } from '../src/http-server';
export { createLogger } from '../src/logger';
export { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
export { findFreePort } from '../src/neo4j/free-port';
export { ingestSeed } from '../src/seed';
export { ingestSynthetic } from '../bench/synthetic-ingest';
export { syntheticBundles } from '../bench/synthetic-graph';
export {
  getJson,
  postJson,
  resetToSeed,
  startTestServer,
  TEST_TOKEN,
  type TestServer,
} from './integration/harness';
