import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../server/src/app';
import { applySchema } from '../../server/src/db/apply-schema';
import { Db } from '../../server/src/db/driver';
import { listen } from '../../server/src/http-server';
import { createLogger } from '../../server/src/logger';
import { startEmbeddedNeo4j } from '../../server/src/neo4j/embedded-neo4j';
import { findFreePort } from '../../server/src/neo4j/free-port';
import { ingestSeed } from '../../server/src/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const CLIENT_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

/**
 * The whole product for the browser tests: a real Neo4j on a free port with a throw-away data
 * folder, seeded through the ingest code path, and the real app serving the built client.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html')))
    throw new Error(
      `No built client in ${CLIENT_DIST_DIR}: run "npm run test:e2e", which builds it first.`,
    );

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '128m',
  });
  const db = Db.connect({ uri: neo4j.uri });
  const stopDatabase = async () => {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await db.write('MATCH (n) DETACH DELETE n');
    await applySchema(db);
    await ingestSeed(db);
    const app = createApp({
      db,
      tokens: { write: 'e2e-test-token' },
      clientDistDir: CLIENT_DIST_DIR,
      logger: createLogger('silent'),
    });
    const { server, port } = await listen(app, 0, '127.0.0.1');
    project.provide('baseUrl', `http://127.0.0.1:${port}`);
    return async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stopDatabase();
    };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
