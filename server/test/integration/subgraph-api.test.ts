import type { NeighborhoodResponse, Subgraph } from '@parley/graph-schema';
import { API_LIMITS, subgraphResponseSchema } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const RUDENKO = 'actor:andrey-rudenko';
const CHUNG = 'actor:chung-byung-won';
const RUSSIAN_MINISTRY = 'institution:russian-foreign-ministry';

const subgraph = (ids: unknown, token?: string) =>
  postJson<Subgraph>(server.baseUrl, '/api/subgraph', { ids }, token);

describe('POST /api/subgraph', () => {
  it('answers without a token with the nodes asked for and every edge among them', async () => {
    const { status, body } = await subgraph([RUDENKO, CHUNG, RUSSIAN_MINISTRY], undefined);
    expect(status).toBe(200);
    subgraphResponseSchema.parse(body);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([RUDENKO, CHUNG, RUSSIAN_MINISTRY].sort());
    expect(body.truncated).toBe(false);
    const pairs = body.edges.map((e) => `${e.type} ${e.source} ${e.target}`);
    expect(pairs).toContain(`AFFILIATED_WITH ${RUDENKO} ${RUSSIAN_MINISTRY}`);
    expect(body.edges.some((e) => e.type === 'MEETS_WITH')).toBe(true);
    for (const edge of body.edges) {
      expect([RUDENKO, CHUNG, RUSSIAN_MINISTRY]).toContain(edge.source);
      expect([RUDENKO, CHUNG, RUSSIAN_MINISTRY]).toContain(edge.target);
    }
  });

  it('draws the edges between nodes that came from different neighbourhoods', async () => {
    const around = async (id: string) =>
      (await getJson<NeighborhoodResponse>(server.baseUrl, `/api/nodes/${id}/neighborhood`)).body;
    const [a, b] = await Promise.all([around(RUDENKO), around('actor:maria-zakharova')]);
    const ids = [...new Set([...a.nodes, ...b.nodes].map((n) => n.id))];
    const known = new Set([...a.edges, ...b.edges].map((e) => e.id));
    const { body } = await subgraph(ids);
    expect(body.nodes).toHaveLength(ids.length);
    expect(body.edges.length).toBeGreaterThanOrEqual(known.size);
    for (const id of known) expect(body.edges.map((e) => e.id)).toContain(id);
  });

  it('leaves out ids the graph does not hold, whatever they say', async () => {
    const { status, body } = await subgraph([
      RUDENKO,
      'actor:nobody',
      'planet:mars',
      `actor:x"}) MATCH (n) DETACH DELETE n //`,
      RUDENKO,
    ]);
    expect(status).toBe(200);
    expect(body.nodes.map((n) => n.id)).toEqual([RUDENKO]);
    const { body: still } = await subgraph([CHUNG]);
    expect(still.nodes).toHaveLength(1);
  });

  it('answers an empty list with an empty graph', async () => {
    const { body } = await subgraph([]);
    expect(body).toEqual({ nodes: [], edges: [], truncated: false });
  });

  it('names the bad field', async () => {
    const tooMany = Array.from({ length: API_LIMITS.subgraphIdsMax + 1 }, (_, i) => `actor:a${i}`);
    for (const ids of [tooMany, 'actor:a', [42], undefined]) {
      const { status, body } = await postJson<{ error: { message: string } }>(
        server.baseUrl,
        '/api/subgraph',
        ids === undefined ? {} : { ids },
      );
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/^Invalid subgraph request: ids/);
    }
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await getJson<{ paths: Record<string, { post?: unknown }> }>(
      server.baseUrl,
      '/api/openapi.json',
    );
    expect(body.paths['/api/subgraph']?.post).toBeDefined();
  });

  it('is not counted as a write', async () => {
    const limited = await startTestServer(undefined, {
      rateLimits: { writesPerMinute: 1, searchesPerMinute: 100 },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const { status } = await postJson(limited.baseUrl, '/api/subgraph', { ids: [RUDENKO] });
        expect(status).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});
