import { inject } from 'vitest';
import { createApp, type AppOptions } from '../../src/app';
import { applySchema } from '../../src/db/apply-schema';
import { Db } from '../../src/db/driver';
import { listen } from '../../src/http-server';
import { createLogger } from '../../src/logger';
import { ingestSeed } from '../../src/seed';
import { ExtractionPool } from '../../src/workers/extraction-pool';

export const TEST_TOKEN = 'integration-test-token';

export type TestServer = {
  baseUrl: string;
  db: Db;
  close(): Promise<void>;
};

/** The real app over HTTP on a free port, talking to the suite's Neo4j over Bolt. */
export async function startTestServer(
  uri: string = inject('neo4jUri'),
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const db = Db.connect({ uri });
  // Started now, as npm start does: a worker that loads at the first preview outlasts its time cap.
  const extractionPool = options.extractionPool ?? new ExtractionPool();
  extractionPool.warm();
  const app = createApp({
    db,
    tokens: { write: TEST_TOKEN },
    logger: createLogger('silent'),
    ...options,
    extractionPool,
  });
  const { server, port } = await listen(app, 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (!options.extractionPool) await extractionPool.close();
      await db.close();
    },
  };
}

/** Empties the database and loads the seed through the ingest code path. */
export async function resetToSeed(db: Db): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
  await applySchema(db);
  await ingestSeed(db);
}

export async function getJson<T = unknown>(baseUrl: string, path: string) {
  const res = await fetch(`${baseUrl}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

export async function postJson<T = unknown>(
  baseUrl: string,
  path: string,
  body: unknown,
  token: string | undefined = TEST_TOKEN,
) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** A request of any method with an optional JSON body, as the write token's holder sends it. */
export async function sendJson<T = unknown>(
  baseUrl: string,
  method: 'PATCH' | 'DELETE' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${TEST_TOKEN}` },
) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Polls `check` until it holds; for a state another process reaches in its own time. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}
