import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetToSeed, startTestServer, TEST_TOKEN, type TestServer } from './harness';

const READ_TOKEN = 'reader-token';
const ALLOWED_ORIGIN = 'https://newsroom.example';

let open: TestServer;
let gated: TestServer;
beforeAll(async () => {
  open = await startTestServer(undefined, {
    corsOrigins: [ALLOWED_ORIGIN],
    rateLimits: { writesPerMinute: 3, searchesPerMinute: 1_000 },
  });
  gated = await startTestServer(undefined, { tokens: { write: TEST_TOKEN, read: READ_TOKEN } });
  await resetToSeed(open.db);
});
afterAll(async () => {
  await open.close();
  await gated.close();
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and a request id', async () => {
    const res = await fetch(`${open.baseUrl}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('CORS', () => {
  it('is closed to origins that are not listed', async () => {
    const res = await fetch(`${open.baseUrl}/api/health`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens to a listed origin, preflight included', async () => {
    const res = await fetch(`${open.baseUrl}/api/health`, { headers: { origin: ALLOWED_ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const preflight = await fetch(`${open.baseUrl}/api/bundles`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});

describe('read token', () => {
  it('gates reads when PARLEY_READ_TOKEN is set, and leaves health open', async () => {
    expect((await fetch(`${gated.baseUrl}/api/health`)).status).toBe(200);
    const anonymous = await fetch(`${gated.baseUrl}/api/search?q=Rudenko`);
    expect(anonymous.status).toBe(401);
    for (const token of [READ_TOKEN, TEST_TOKEN]) {
      const res = await fetch(`${gated.baseUrl}/api/search?q=Rudenko`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
    }
  });
});

describe('the OpenAPI document', () => {
  type Document = {
    paths: Record<string, Record<string, { security?: unknown; responses: object }>>;
  };
  const tokenNeeded = async (server: TestServer) => {
    const document = (await (await fetch(`${server.baseUrl}/api/openapi.json`)).json()) as Document;
    const search = document.paths['/api/search']!.get!;
    const health = document.paths['/api/health']!.get!;
    const bundles = document.paths['/api/bundles']!.post!;
    return {
      search: [search.security !== undefined, Object.hasOwn(search.responses, '401')],
      health: [health.security !== undefined, Object.hasOwn(health.responses, '401')],
      bundles: [bundles.security !== undefined, Object.hasOwn(bundles.responses, '403')],
    };
  };

  it('declares a token, and 401 without one, exactly where this server asks for one', async () => {
    expect(await tokenNeeded(open)).toEqual({
      search: [false, false],
      health: [false, false],
      bundles: [true, true],
    });
    expect(await tokenNeeded(gated)).toEqual({
      search: [true, true],
      health: [false, false],
      bundles: [true, true],
    });
  });
});

describe('rate limits', () => {
  it('answers a burst of writes past the limit with 429 and Retry-After, never 5xx', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${open.baseUrl}/api/bundles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body: '{}',
      });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
