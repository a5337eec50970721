import { pathResponseSchema, type PathResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const LIM = 'actor:lim-soo-suk';
const RUDENKO = 'actor:andrey-rudenko';
const get = <T>(path: string) => getJson<T>(server.baseUrl, path);
const pathUrl = (query: Record<string, string | number | undefined>) =>
  `/api/path?${new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  )}`;

describe('GET /api/path', () => {
  it('finds the shortest chains between Lim Soo-suk and Andrey Rudenko, shortest first', async () => {
    const { status, body } = await get<PathResponse>(pathUrl({ from: LIM, to: RUDENKO }));
    expect(status).toBe(200);
    const { paths } = pathResponseSchema.parse(body);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.length).toBeLessThanOrEqual(5);
    const lengths = paths.map((p) => p.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // Lim's ministry colleague Chung Byung-won met Rudenko: three hops.
    expect(lengths[0]).toBe(3);
    expect(paths[0]?.nodes.map((n) => n.label)).toEqual([
      'Lim Soo-suk',
      'South Korean Foreign Ministry',
      'Chung Byung-won',
      'Andrey Rudenko',
    ]);
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe(LIM);
      expect(path.nodes.at(-1)?.id).toBe(RUDENKO);
      expect(path.nodes).toHaveLength(path.edges.length + 1);
      // Each edge joins the nodes on either side of it, in either direction.
      path.edges.forEach((edge, i) => {
        const ends = [path.nodes[i]?.id, path.nodes[i + 1]?.id].sort();
        expect([edge.source, edge.target].sort()).toEqual(ends);
        expect(['SAID', 'ADDRESSED_TO', 'RESPONDS_TO', 'MEETS_WITH', 'AFFILIATED_WITH']).toContain(
          edge.type,
        );
      });
      expect(path.nodes.some((n) => n.kind === 'article')).toBe(false);
    }
  });

  it('keeps to the hop bound, and answers no path when none is that short', async () => {
    const { body } = await get<PathResponse>(pathUrl({ from: LIM, to: RUDENKO, maxHops: 3 }));
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) expect(path.edges.length).toBeLessThanOrEqual(3);
    const short = await get<PathResponse>(pathUrl({ from: LIM, to: RUDENKO, maxHops: 2 }));
    expect(short.status).toBe(200);
    expect(short.body.paths).toEqual([]);
  });

  it('answers 404 naming the party the graph does not hold', async () => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(
      pathUrl({ from: LIM, to: 'actor:nobody-at-all' }),
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('actor:nobody-at-all');
  });

  it('answers 400 for a bad hop count, a missing end or a non-party id', async () => {
    for (const query of [
      { from: LIM, to: RUDENKO, maxHops: 7 },
      { from: LIM, to: RUDENKO, maxHops: 0 },
      { from: LIM, to: RUDENKO, maxHops: 'two' },
      { from: LIM },
      { from: LIM, to: 'statement:x' },
      { from: LIM, to: LIM },
    ]) {
      const { status, body } = await get<{ error: { code: string } }>(pathUrl(query));
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body.error.code).toBe('bad_request');
    }
  });
});
