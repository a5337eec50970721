import type { IngestBundleInput, IngestResponse, NodeResponse } from '@parley/graph-schema';
import { API_LIMITS } from '@parley/graph-schema';
import { loadSeedBundles } from '@parley/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, resetToSeed, startTestServer, type TestServer } from './harness';

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const post = <T>(body: unknown, token?: string) =>
  postJson<T>(server.baseUrl, '/api/bundles', body, token);

const TEXT =
  'Foreign Minister Ana Lopez warned Ruritania on Monday. "We will respond," Lopez said.';

function tinyBundle(): IngestBundleInput {
  return {
    version: 1,
    article: { id: 'article:test-ruritania', title: 'Test', lang: 'en', text: TEXT },
    actors: [{ id: 'actor:ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'] }],
    institutions: [{ id: 'institution:ruritania', name: 'Ruritania', kind: 'state' }],
    statements: [
      {
        id: 'statement:test-ruritania:warning',
        speakers: ['actor:ana-lopez'],
        addressees: ['institution:ruritania'],
        text: 'warned Ruritania',
        lang: 'en',
        direct: false,
        evidence: { start: 0, end: 54 },
      },
      {
        id: 'statement:test-ruritania:respond',
        speakers: ['actor:ana-lopez'],
        text: 'We will respond,',
        lang: 'en',
        direct: true,
        evidence: { start: 55, end: TEXT.length },
        respondsTo: ['statement:test-ruritania:warning'],
      },
    ],
  };
}

async function countNodes(): Promise<number> {
  const result = await server.db.read('MATCH (n) RETURN count(n) AS c');
  return Number(result.records[0]?.get('c'));
}

describe('POST /api/bundles', () => {
  it('writes a bundle and answers with created and matched counts', async () => {
    const { status, body } = await post<IngestResponse>(tinyBundle());
    expect(status).toBe(200);
    expect(body).toEqual({
      articleId: 'article:test-ruritania',
      nodes: { created: 5, matched: 0 },
      relationships: { created: 6, matched: 0 },
    });
    const { body: node } = await getJson<NodeResponse>(
      server.baseUrl,
      '/api/nodes/actor:ana-lopez',
    );
    expect(node.node.properties.aliases).toEqual(['Lopez', 'Ana Lopez']);
  });

  it('is idempotent: the same bundle twice changes nothing', async () => {
    const before = await countNodes();
    const { body } = await post<IngestResponse>(tinyBundle());
    expect(body.nodes).toEqual({ created: 0, matched: 5 });
    expect(body.relationships).toEqual({ created: 0, matched: 6 });
    expect(await countNodes()).toBe(before);
  });

  it('re-ingesting the seed creates nothing', async () => {
    for (const bundle of loadSeedBundles()) {
      const { status, body } = await post<IngestResponse>(bundle);
      expect(status).toBe(200);
      expect(body.nodes.created).toBe(0);
      expect(body.relationships.created).toBe(0);
    }
  });

  it('merges a new spelling into the existing person', async () => {
    const bundle = tinyBundle();
    bundle.actors = [{ id: 'actor:ana-lopez', name: 'Ana Lopez', aliases: ['Ана Лопес'] }];
    await post(bundle);
    const { body } = await getJson<NodeResponse>(server.baseUrl, '/api/nodes/actor:ana-lopez');
    expect(body.node.properties.aliases).toEqual(['Lopez', 'Ana Lopez', 'Ана Лопес']);
  });

  it('needs the bearer token', async () => {
    const missing = await post<ErrorBody>(tinyBundle(), '');
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('unauthorized');
    const wrong = await post<ErrorBody>(tinyBundle(), 'not-the-token');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('forbidden');
  });

  it.each([
    [
      'a missing article',
      (b: IngestBundleInput) => delete (b as Partial<IngestBundleInput>).article,
      'article',
    ],
    [
      'a malformed actor id',
      (b: IngestBundleInput) => (b.actors![0]!.id = 'Ana Lopez'),
      'actors.0.id',
    ],
    [
      'evidence past the end of the text',
      (b: IngestBundleInput) => (b.statements![0]!.evidence = { start: 0, end: 10_000 }),
      'statements.0.evidence.end',
    ],
    [
      'a speaker the bundle does not declare',
      (b: IngestBundleInput) => (b.statements![0]!.speakers = ['actor:someone-else']),
      'statements.0.speakers.0',
    ],
    [
      'a wrong version',
      (b: IngestBundleInput) => ((b as { version: number }).version = 2),
      'version',
    ],
  ])('answers 400 naming the field for %s', async (_name, spoil, path) => {
    const bundle = tinyBundle();
    spoil(bundle);
    const { status, body } = await post<ErrorBody>(bundle);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain(path);
    expect(body.error.details?.map((d) => d.path)).toContain(path);
  });

  it('writes nothing when a reply points at a statement that does not exist', async () => {
    const before = await countNodes();
    const bundle = tinyBundle();
    bundle.article.id = 'article:test-partial';
    bundle.statements = bundle.statements!.map((s) => ({
      ...s,
      id: s.id.replace('test-ruritania', 'test-partial'),
      respondsTo: ['statement:elsewhere:missing'],
    }));
    const { status, body } = await post<ErrorBody>(bundle);
    expect(status).toBe(400);
    expect(body.error.message).toContain('statement:elsewhere:missing');
    expect(await countNodes()).toBe(before);
    const article = await getJson(server.baseUrl, '/api/nodes/article:test-partial');
    expect(article.status).toBe(404);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { status, body } = await post<ErrorBody>('{"version": 1,');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('answers 413 over the body limit', async () => {
    const bundle = tinyBundle();
    bundle.article.text = 'x'.repeat(API_LIMITS.bodyBytes + 1);
    const { status, body } = await post<ErrorBody>(bundle);
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });
});
