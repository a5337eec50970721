import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  API_LIMITS,
  VIEW_LOAD_LIMITS,
  getEmptyViewState,
  serialiseViewState,
  type HealthResponse,
  type WhoSaidWhatResponse,
} from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getJson,
  postJson,
  resetToSeed,
  startTestServer,
  TEST_TOKEN,
  type TestServer,
} from './harness';

/** Issue 19: each hole found from outside, driven through the API again. */

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

const READ_TOKEN = 'reader-token';
const SEED_STATEMENT = 'statement:en-rudenko-seoul-talks:russia-discussed-security';

const clientDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-client-'));
fs.writeFileSync(
  path.join(clientDistDir, 'index.html'),
  '<!doctype html><html><head><title>Parley</title></head><body></body></html>',
);

let open: TestServer;
let gated: TestServer;
let limited: TestServer;
beforeAll(async () => {
  open = await startTestServer(undefined, { clientDistDir });
  limited = await startTestServer(undefined, {
    rateLimits: { writesPerMinute: 5, searchesPerMinute: 1_000, viewsPerMinute: 5 },
  });
  gated = await startTestServer(undefined, {
    clientDistDir,
    tokens: { write: TEST_TOKEN, read: READ_TOKEN },
  });
  await resetToSeed(open.db);
});
afterAll(async () => {
  await open.close();
  await gated.close();
  await limited.close();
  fs.rmSync(clientDistDir, { recursive: true, force: true });
});

async function titleOf(server: TestServer, pathAndQuery: string): Promise<string | undefined> {
  const html = await (await fetch(`${server.baseUrl}${pathAndQuery}`)).text();
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

const focusedOn = (id: string) => serialiseViewState({ ...getEmptyViewState(), focusNodeId: id });

function bundleFor(slug: string, statementId: string) {
  const text = 'Zakharova said Seoul had chosen confrontation.';
  return {
    version: 1,
    article: { id: `article:${slug}`, title: slug, lang: 'en', text },
    actors: [{ id: 'actor:maria-zakharova', name: 'Maria Zakharova' }],
    statements: [
      {
        id: statementId,
        speakers: ['actor:maria-zakharova'],
        text: 'Seoul had chosen confrontation',
        lang: 'en',
        direct: false,
        evidence: { start: 0, end: text.length },
      },
    ],
  };
}

describe('the read token guards pages and health too', () => {
  it('puts no node name in the title of a page when reads need a token', async () => {
    const known = await titleOf(gated, `/?view=${focusedOn('actor:andrey-rudenko')}`);
    const unknown = await titleOf(gated, `/?view=${focusedOn('actor:nobody-at-all')}`);
    expect(known).toBe('Parley');
    expect(unknown).toBe(known);
    // Without a read token the title still names the view, as chat previews want.
    expect(await titleOf(open, `/?view=${focusedOn('actor:andrey-rudenko')}`)).toBe(
      'Andrey Rudenko — Parley',
    );
  });

  it('shows the Bolt URI only to callers with a token', async () => {
    for (const server of [open, gated]) {
      const anonymous = await getJson<HealthResponse>(server.baseUrl, '/api/health');
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.neo4j).toEqual({ up: true });
    }
    const reader = await fetch(`${gated.baseUrl}/api/health`, {
      headers: { authorization: `Bearer ${READ_TOKEN}` },
    });
    expect(((await reader.json()) as HealthResponse).neo4j.uri).toMatch(/^bolt:\/\//);
  });
});

describe('saved views are bounded', () => {
  it('refuses a view of more neighbourhood pages than the limit, naming the field', async () => {
    const state = {
      ...getEmptyViewState(),
      expansions: Array.from({ length: 2_000 }, (_, i) => ({ nodeId: `actor:a${i}`, pages: 100 })),
    };
    const { status, body } = await postJson<ErrorBody>(open.baseUrl, '/api/views', { state }, '');
    expect(status).toBe(400);
    expect(body.error.details?.map((d) => d.path)).toEqual(['state.expansions']);
  });

  it('refuses a view that adds more nodes than the limit, naming the field', async () => {
    const state = {
      ...getEmptyViewState(),
      addedNodeIds: Array.from(
        { length: VIEW_LOAD_LIMITS.addedNodes + 1 },
        (_, i) => `actor:a${i}`,
      ),
    };
    const { status, body } = await postJson<ErrorBody>(open.baseUrl, '/api/views', { state }, '');
    expect(status).toBe(400);
    expect(body.error.details?.map((d) => d.path)).toEqual(['state.addedNodeIds']);
  });
});

describe("a bundle writes only its own article's facts", () => {
  it('answers 409 naming a statement of another article, which stays as it was', async () => {
    const before = await open.db.read(
      'MATCH (s:Statement {id: $id}) RETURN s.text AS text, s.articleId AS articleId',
      { id: SEED_STATEMENT },
    );
    const { status, body } = await postJson<ErrorBody>(
      open.baseUrl,
      '/api/bundles',
      bundleFor('en-someone-else', SEED_STATEMENT),
    );
    expect(status).toBe(409);
    expect(body.error.details?.[0]?.path).toBe('statements.0.id');
    expect(body.error.message).toContain(SEED_STATEMENT);
    const after = await open.db.read(
      'MATCH (s:Statement {id: $id}) RETURN s.text AS text, s.articleId AS articleId',
      { id: SEED_STATEMENT },
    );
    expect(after.records.map((r) => r.toObject())).toEqual(before.records.map((r) => r.toObject()));
  });
});

describe('low items', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])(
    'accepts only http(s) article urls, not %s',
    async (url) => {
      const preview = await postJson<ErrorBody>(open.baseUrl, '/api/articles/preview', {
        text: 'Lavrov said so.',
        url,
      });
      expect(preview.status).toBe(400);
      expect(preview.body.error.details?.[0]?.path).toBe('url');
      const bundle = bundleFor('en-url-check', 'statement:en-url-check:said');
      const written = await postJson<ErrorBody>(open.baseUrl, '/api/bundles', {
        ...bundle,
        article: { ...bundle.article, url },
      });
      expect(written.status).toBe(400);
      expect(written.body.error.details?.[0]?.path).toBe('article.url');
    },
  );

  it('counts anonymous saved views apart from authenticated writes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await postJson(limited.baseUrl, '/api/views', { state: getEmptyViewState() }, '')).status,
      );
    expect(statuses.slice(-1)).toEqual([429]);
    const bundle = await postJson(
      limited.baseUrl,
      '/api/bundles',
      bundleFor('en-bucket-check', 'statement:en-bucket-check:said'),
    );
    expect(bundle.status).toBe(200);
  });

  it('lists at most a fixed number of statement ids per pair, with the count of all', async () => {
    const many = 150;
    const text = 'Zakharova warned Seoul. '.repeat(many);
    await postJson(open.baseUrl, '/api/bundles', {
      version: 1,
      article: { id: 'article:en-many-warnings', title: 'Many warnings', lang: 'en', text },
      actors: [{ id: 'actor:maria-zakharova', name: 'Maria Zakharova' }],
      institutions: [{ id: 'institution:south-korea', name: 'South Korea', kind: 'state' }],
      statements: Array.from({ length: many }, (_, i) => ({
        id: `statement:en-many-warnings:w${i}`,
        speakers: ['actor:maria-zakharova'],
        addressees: ['institution:south-korea'],
        text: 'warned Seoul',
        lang: 'en',
        direct: false,
        evidence: { start: i * 24, end: i * 24 + 23 },
      })),
    });
    const { body } = await getJson<WhoSaidWhatResponse>(open.baseUrl, '/api/who-said-what?limit=1');
    const [pair] = body.pairs;
    expect(pair?.count).toBeGreaterThanOrEqual(many);
    expect(pair?.statementIds).toHaveLength(API_LIMITS.whoSaidWhatStatementIds);
  });
});
