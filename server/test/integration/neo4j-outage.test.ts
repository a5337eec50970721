import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SearchResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/free-port';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j';
import { eventually, getJson, resetToSeed, startTestServer, type TestServer } from './harness';

/** A Neo4j of its own, so stopping it does not disturb the other suites. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-outage-'));
let boltPort: number;
let neo4j: EmbeddedNeo4j;
let server: TestServer;

const start = () => startEmbeddedNeo4j({ dataDir, boltPort, heap: '256m', pageCache: '64m' });

beforeAll(async () => {
  boltPort = await findFreePort();
  neo4j = await start();
  server = await startTestServer(neo4j.uri);
  await resetToSeed(server.db);
});
afterAll(async () => {
  await server.close();
  await neo4j.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('when Neo4j stops and comes back', () => {
  it('answers 503 while it is down and recovers by itself, keeping the graph', async () => {
    await neo4j.stop();

    const health = await getJson<{ status: string; neo4j: { up: boolean; message: string } }>(
      server.baseUrl,
      '/api/health',
    );
    expect(health.status).toBe(503);
    expect(health.body.neo4j.up).toBe(false);
    expect(health.body.neo4j.message).toMatch(/unreachable/);

    const search = await getJson<{ error: { code: string; message: string } }>(
      server.baseUrl,
      '/api/search?q=Zakharova',
    );
    expect(search.status).toBe(503);
    expect(search.body.error.code).toBe('neo4j_unavailable');

    neo4j = await start();
    await eventually(async () => (await getJson(server.baseUrl, '/api/health')).status === 200);
    const after = await getJson<SearchResponse>(server.baseUrl, '/api/search?q=Zakharova');
    expect(after.status).toBe(200);
    expect(after.body.results[0]?.id).toBe('actor:maria-zakharova');
  });
});
