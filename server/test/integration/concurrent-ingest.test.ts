import type { IngestBundle, SubgraphResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBundles } from '../../bench/synthetic-graph';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';

const BUNDLES = 24;
const STATEMENTS_PER_BUNDLE = 5;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(undefined, {
    rateLimits: { writesPerMinute: 1_000, searchesPerMinute: 1_000 },
  });
  await resetToSeed(server.db);
});
afterAll(() => server.close());

describe('bundles sent all at once that share actors', () => {
  // They used to deadlock in Neo4j, and about half answered 503 once the driver's retries ran out.
  it('are all written, none lost to a deadlock', async () => {
    const bundles: IngestBundle[] = [
      ...syntheticBundles({
        statements: BUNDLES * STATEMENTS_PER_BUNDLE,
        statementsPerArticle: STATEMENTS_PER_BUNDLE,
        replyRate: 0,
        seed: 11,
      }),
    ];
    const speakers = new Set(bundles.flatMap((b) => b.statements.flatMap((s) => s.speakers)));
    expect(speakers.size).toBeLessThan(bundles.length * STATEMENTS_PER_BUNDLE);

    const answers = await Promise.all(
      bundles.map((b) => postJson(server.baseUrl, '/api/bundles', b)),
    );
    expect(answers.map((a) => a.status)).toEqual(bundles.map(() => 200));

    const ids = bundles.flatMap((b) => b.statements.map((s) => s.id));
    const written = await postJson<SubgraphResponse>(server.baseUrl, '/api/subgraph', { ids });
    expect(written.body.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
  });
});
