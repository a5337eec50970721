import { searchResponseSchema } from '@parley/graph-schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUrl, deleteJson, getJson, patchJson, postJson } from './api-client';
import { ApiError, describeError, describeWriteError, isRetriable } from './api-error';

const answer = (status: number, body: unknown) =>
  vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('getJson', () => {
  it('builds the URL with encoded parameters and skips undefined ones', () => {
    expect(apiUrl('/search', { q: 'జఖరోవా', limit: 5, offset: undefined })).toBe(
      `/api/search?q=${encodeURIComponent('జఖరోవా')}&limit=5`,
    );
  });

  it('returns the parsed body when it matches the contract', async () => {
    const body = {
      results: [{ id: 'actor:a', kind: 'actor', label: 'A', matched: 'A', score: 1 }],
    };
    vi.stubGlobal('fetch', answer(200, body));
    await expect(getJson('/search', searchResponseSchema)).resolves.toEqual(body);
  });

  it('turns an error body into a typed ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      answer(404, { error: { code: 'not_found', message: 'Node actor:x not found' } }),
    );
    const error = await getJson('/nodes/actor%3Ax', searchResponseSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'not_found',
      status: 404,
      message: 'Node actor:x not found',
    });
    expect(isRetriable(error)).toBe(false);
  });

  it('reports a response that breaks the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', answer(200, { results: [{ id: 1 }] }));
    await expect(getJson('/search', searchResponseSchema)).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('tells a server that is down from one that failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    const down = await getJson('/graph', searchResponseSchema).catch((e: unknown) => e);
    expect(down).toMatchObject({ code: 'network', status: 0 });
    expect(isRetriable(down)).toBe(true);
    expect(describeError(down)).toMatch(/Cannot reach the Parley server/);

    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>'));
    await expect(getJson('/graph', searchResponseSchema)).rejects.toMatchObject({
      code: 'network',
    });

    vi.stubGlobal(
      'fetch',
      answer(503, { error: { code: 'neo4j_unavailable', message: 'Neo4j is down' } }),
    );
    const neo4jDown = await getJson('/graph', searchResponseSchema).catch((e: unknown) => e);
    expect(describeError(neo4jDown)).toMatch(/Neo4j/);
  });
});

describe('postJson', () => {
  it('sends the body as JSON and a write token as a bearer header', async () => {
    const fetch = answer(200, { results: [] });
    vi.stubGlobal('fetch', fetch);
    await postJson('/search', { q: 'x' }, searchResponseSchema, { token: 's3cret' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/search');
    expect(init.body).toBe('{"q":"x"}');
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer s3cret',
    });
  });
});

describe('corrections', () => {
  it('patch with a JSON body and delete without one, both with the token', async () => {
    const fetch = answer(200, { results: [] });
    vi.stubGlobal('fetch', fetch);
    await patchJson('/parties/actor%3Aa', { name: 'A' }, searchResponseSchema, { token: 't' });
    await deleteJson('/articles/article%3Ax', searchResponseSchema, { token: 't' });
    const [patch, remove] = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(patch?.[1]).toMatchObject({ method: 'PATCH', body: '{"name":"A"}' });
    expect(remove?.[1]).toMatchObject({ method: 'DELETE', body: null });
    expect(remove?.[1].headers).toMatchObject({ authorization: 'Bearer t' });
    expect(remove?.[1].headers).not.toHaveProperty('content-type');
  });

  it('says what a refused write means: a wrong token, a conflict', () => {
    expect(describeWriteError(new ApiError('forbidden', 'no', 403))).toMatch(/write token/);
    expect(describeWriteError(new ApiError('conflict', 'a statement needs a speaker', 409))).toBe(
      'Not done: a statement needs a speaker',
    );
  });
});
