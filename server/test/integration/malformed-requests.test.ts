import { gzipSync } from 'node:zlib';
import type { ErrorResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from './harness';

/**
 * Requests broken below the JSON level: each of these answered 500 before (found while
 * fuzzing the API for issue #7); they are the client's mistake and get a 4xx naming it.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function send(path: string, init: RequestInit = {}) {
  const res = await fetch(`${server.baseUrl}${path}`, init);
  return { res, body: (await res.json()) as ErrorResponse };
}

const postBundle = (body: BodyInit, headers: Record<string, string>) =>
  send('/api/bundles', {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_TOKEN}`, ...headers },
    body,
  });

describe('a URL with a malformed percent-encoding', () => {
  it.each(['/api/nodes/%', '/api/nodes/%E0%A4/neighborhood', '/api/statements/%ZZ/chain'])(
    '%s is a 400 that says so',
    async (path) => {
      const { res, body } = await send(path);
      expect(res.status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(/percent-encoding/);
    },
  );
});

describe('a body the JSON parser cannot read', () => {
  it('in a charset other than UTF-8 is a 415', async () => {
    for (const charset of ['latin1', 'no-such-charset']) {
      const { res, body } = await postBundle('{}', {
        'content-type': `application/json; charset=${charset}`,
      });
      expect(res.status).toBe(415);
      expect(body.error).toMatchObject({
        code: 'unsupported_media_type',
        message: 'The request body must be JSON in UTF-8',
      });
    }
  });

  it('with an unknown Content-Encoding is a 415 naming the ones understood', async () => {
    const { res, body } = await postBundle('{}', {
      'content-type': 'application/json',
      'content-encoding': 'compress',
    });
    expect(res.status).toBe(415);
    expect(body.error.message).toMatch(/gzip, deflate or br/);
  });

  it('that does not match its Content-Encoding is a 400, on saved views too', async () => {
    for (const path of ['/api/bundles', '/api/views']) {
      const { res, body } = await send(path, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TEST_TOKEN}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        },
        body: '{"not":"gzip"}',
      });
      expect(res.status).toBe(400);
      expect(body.error.message).toMatch(/Content-Encoding/);
    }
  });

  it('compressed correctly is read as usual', async () => {
    const { res, body } = await postBundle(gzipSync('{}'), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(400);
    expect(body.error.message).toMatch(/^Invalid bundle: version/);
  });
});

describe('a documented path asked with a method it does not take', () => {
  it('is a 405 with an Allow header, while an unknown path stays a 404', async () => {
    const wrongMethod = await send('/api/nodes/actor:maria-zakharova', { method: 'DELETE' });
    expect(wrongMethod.res.status).toBe(405);
    expect(wrongMethod.res.headers.get('allow')).toBe('GET, HEAD');
    expect(wrongMethod.body.error.code).toBe('method_not_allowed');

    const getOnPost = await send('/api/bundles');
    expect(getOnPost.res.status).toBe(405);
    expect(getOnPost.res.headers.get('allow')).toBe('POST');

    expect((await send('/api/nothing-here', { method: 'DELETE' })).res.status).toBe(404);
  });
});
