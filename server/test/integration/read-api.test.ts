import type {
  ChainResponse,
  GraphResponse,
  NeighborhoodResponse,
  NodeResponse,
  SearchResponse,
  WhoSaidWhatResponse,
} from '@parley/graph-schema';
import {
  chainResponseSchema,
  graphResponseSchema,
  neighborhoodResponseSchema,
  searchResponseSchema,
  whoSaidWhatResponseSchema,
} from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/apply-schema';
import { getJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const get = <T>(path: string) => getJson<T>(server.baseUrl, path);

async function statementsOf(actorId: string) {
  const { body } = await get<NeighborhoodResponse>(`/api/nodes/${actorId}/neighborhood?limit=200`);
  return body.nodes.filter((n) => n.kind === 'statement');
}

describe('GET /api/health', () => {
  it('reports Neo4j up', async () => {
    const { status, body } = await get<{ status: string; neo4j: { up: boolean } }>('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.neo4j.up).toBe(true);
  });
});

describe('GET /api/search', () => {
  it.each(['జఖరోవా', 'జఖారోవా', 'Zakharova', 'zakharova', 'Maria Zakh'])(
    '%s leads to the one Maria Zakharova node',
    async (q) => {
      const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      searchResponseSchema.parse(body);
      const actors = body.results.filter((r) => r.kind === 'actor');
      expect(actors[0]).toMatchObject({ id: 'actor:maria-zakharova', label: 'Maria Zakharova' });
    },
  );

  it('finds statements by their Telugu text', async () => {
    const { body } = await get<SearchResponse>(
      `/api/search?q=${encodeURIComponent('హెచ్చరిస్తున్నాము')}`,
    );
    expect(body.results.some((r) => r.kind === 'statement')).toBe(true);
  });

  it('treats Cypher and Lucene syntax as plain text', async () => {
    for (const q of ['") MATCH (n) DETACH DELETE n //', 'AND OR NOT', '*?~^', 'name:"x']) {
      const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(Array.isArray(body.results)).toBe(true);
    }
    const { body } = await get<SearchResponse>('/api/search?q=Rudenko');
    expect(body.results[0]?.id).toBe('actor:andrey-rudenko');
  });

  it('names the bad parameter', async () => {
    const empty = await get<{ error: { code: string; message: string } }>('/api/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^Invalid search query: q/);
    const limit = await get<{ error: { message: string } }>('/api/search?q=Kim&limit=999');
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain('limit');
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns an actor with its aliases in both scripts', async () => {
    const { status, body } = await get<NodeResponse>('/api/nodes/actor:maria-zakharova');
    expect(status).toBe(200);
    expect(body.node.kind).toBe('actor');
    expect(body.node.properties.aliases).toEqual(expect.arrayContaining(['జఖరోవా', 'జఖారోవా']));
  });

  it('answers 404 with the id for an unknown node', async () => {
    for (const id of ['actor:nobody-at-all', 'nonsense']) {
      const { status, body } = await get<{ error: { code: string; message: string } }>(
        `/api/nodes/${id}`,
      );
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toContain(id);
    }
  });
});

describe('GET /api/nodes/:id/neighborhood', () => {
  it("holds Zakharova's statements in Telugu and English", async () => {
    const { status, body } = await get<NeighborhoodResponse>(
      '/api/nodes/actor:maria-zakharova/neighborhood',
    );
    expect(status).toBe(200);
    neighborhoodResponseSchema.parse(body);
    const langs = new Set(
      body.nodes.filter((n) => n.kind === 'statement').map((n) => n.properties.lang),
    );
    expect(langs).toEqual(new Set(['te', 'en']));
    expect(body.edges.some((e) => e.type === 'SAID' && e.source === 'actor:maria-zakharova')).toBe(
      true,
    );
  });

  it('gives Rudenko one node with meetings from both articles', async () => {
    const { body } = await get<NeighborhoodResponse>(
      '/api/nodes/actor:andrey-rudenko/neighborhood',
    );
    const meetings = body.edges.filter((e) => e.type === 'MEETS_WITH');
    const others = meetings.map((e) => (e.source === 'actor:andrey-rudenko' ? e.target : e.source));
    expect(new Set(others)).toEqual(
      new Set([
        'actor:lee-do-hoon',
        'actor:chung-byung-won',
        'actor:kim-gunn',
        'actor:kim-hong-kyun',
      ]),
    );
    expect(new Set(meetings.map((e) => e.properties.articleId))).toEqual(
      new Set(['article:te-seoul-warns-moscow', 'article:en-rudenko-seoul-talks']),
    );
  });

  it('expands Rudenko along MEETS_WITH only: the four parties he met, no statements', async () => {
    const { status, body } = await get<NeighborhoodResponse>(
      '/api/nodes/actor:andrey-rudenko/neighborhood?types=MEETS_WITH',
    );
    expect(status).toBe(200);
    neighborhoodResponseSchema.parse(body);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([
      'actor:andrey-rudenko',
      'actor:chung-byung-won',
      'actor:kim-gunn',
      'actor:kim-hong-kyun',
      'actor:lee-do-hoon',
    ]);
  });

  it('refuses an unknown relationship type with a 400 naming types', async () => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(
      '/api/nodes/actor:andrey-rudenko/neighborhood?types=MEETS_WITH,LIKES',
    );
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/types/);
  });

  it('caps, flags truncation and pages', async () => {
    const first = await get<NeighborhoodResponse>(
      '/api/nodes/actor:maria-zakharova/neighborhood?limit=2',
    );
    expect(first.body.truncated).toBe(true);
    expect(first.body.nodes).toHaveLength(3);
    const next = await get<NeighborhoodResponse>(
      '/api/nodes/actor:maria-zakharova/neighborhood?limit=2&offset=2',
    );
    const firstIds = new Set(first.body.nodes.map((n) => n.id));
    expect(
      next.body.nodes.filter((n) => n.id !== 'actor:maria-zakharova' && firstIds.has(n.id)),
    ).toEqual([]);
  });

  it('rejects a depth it does not serve', async () => {
    const { status, body } = await get<{ error: { message: string } }>(
      '/api/nodes/actor:maria-zakharova/neighborhood?depth=7',
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('depth');
  });
});

describe('GET /api/statements/:id/chain', () => {
  it("returns Chang Ho-jin's, Zakharova's and Lim's statements oldest first", async () => {
    const lims = await statementsOf('actor:lim-soo-suk');
    const warning = lims.find((s) => String(s.properties.text).includes('హెచ్చరిస్తున్నాము'));
    expect(warning).toBeDefined();
    const { status, body } = await get<ChainResponse>(`/api/statements/${warning?.id}/chain`);
    expect(status).toBe(200);
    chainResponseSchema.parse(body);
    const speakers = body.statements.map((s) => s.properties.speakerNames);
    expect(speakers.slice(0, 3)).toEqual([['Chang Ho-jin'], ['Maria Zakharova'], ['Lim Soo-suk']]);
    expect(body.edges.every((e) => e.type === 'RESPONDS_TO')).toBe(true);
  });

  it("runs from Yoon's remark through Zakharova to the ministry's protest", async () => {
    const yoon = await statementsOf('actor:yoon-suk-yeol');
    const { body } = await get<ChainResponse>(`/api/statements/${yoon[0]?.id}/chain`);
    expect(body.statements.map((s) => s.properties.speakerNames)).toEqual([
      ['Yoon Suk Yeol'],
      ['Maria Zakharova'],
      ['South Korean Foreign Ministry'],
    ]);
  });

  it('answers 404 for an unknown statement', async () => {
    const { status } = await get('/api/statements/statement:none:none/chain');
    expect(status).toBe(404);
  });
});

describe('GET /api/who-said-what', () => {
  it('folds statements into speaker → addressee pairs', async () => {
    const { status, body } = await get<WhoSaidWhatResponse>('/api/who-said-what');
    expect(status).toBe(200);
    whoSaidWhatResponseSchema.parse(body);
    const zakharovaToSeoul = body.pairs.find(
      (p) =>
        p.speaker.id === 'actor:maria-zakharova' && p.addressee.id === 'institution:south-korea',
    );
    expect(zakharovaToSeoul?.count).toBeGreaterThanOrEqual(1);
    for (const pair of body.pairs) expect(pair.statementIds).toHaveLength(pair.count);
  });

  it('rebuilds its aggregate for a graph written before it existed', async () => {
    const before = await get<WhoSaidWhatResponse>('/api/who-said-what');
    await server.db.write('MATCH ()-[w:SPOKE_TO]->() DELETE w');
    expect((await get<WhoSaidWhatResponse>('/api/who-said-what')).body.pairs).toEqual([]);
    await applySchema(server.db);
    expect((await get<WhoSaidWhatResponse>('/api/who-said-what')).body).toEqual(before.body);
  });
});

describe('GET /api/graph', () => {
  it('returns the whole seed graph under the default cap', async () => {
    const { status, body } = await get<GraphResponse>('/api/graph');
    expect(status).toBe(200);
    graphResponseSchema.parse(body);
    expect(body.truncated).toBe(false);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const id of ['actor:maria-zakharova', 'actor:andrey-rudenko', 'institution:yonhap'])
      expect(ids).toContain(id);
    for (const edge of body.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    expect(body.nodes.find((n) => n.kind === 'article')?.properties.text).toBeUndefined();
  });

  it('caps and flags truncation', async () => {
    const { body } = await get<GraphResponse>('/api/graph?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route with schemas', async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/search', '/api/bundles', '/api/statements/{id}/chain']),
    );
  });

  it('carries the rules requests are checked by, so requests built from it are accepted', async () => {
    type Schema = { pattern?: string; properties?: Record<string, Schema> };
    type Operation = {
      parameters: { name: string; schema: Schema }[];
      requestBody: { content: { 'application/json': { schema: Schema } } };
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const { body } = await get<{ paths: Record<string, Record<string, Operation>> }>(
      '/api/openapi.json',
    );
    const viewId = body.paths['/api/views/{id}']!.get!.parameters[0]!;
    expect(viewId.schema.pattern).toBeDefined();
    const article = body.paths['/api/articles']!.post!.requestBody.content['application/json'];
    expect(article.schema.properties?.text?.pattern).toBeDefined();
    const rateLimited = body.paths['/api/bundles']!.post!.responses['429'];
    expect(rateLimited?.headers).toHaveProperty('Retry-After');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const { status, body } = await get<{ error: { code: string } }>('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});
