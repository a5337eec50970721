import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/src/app';
import { applySchema } from '../../server/src/db/apply-schema';
import { Db } from '../../server/src/db/driver';
import { listen } from '../../server/src/http-server';
import { createLogger } from '../../server/src/logger';
import { startEmbeddedNeo4j } from '../../server/src/neo4j/embedded-neo4j';
import { findFreePort } from '../../server/src/neo4j/free-port';
import { ingestSeed } from '../../server/src/seed';

export type BenchApp = { baseUrl: string; db: Db; close(): Promise<void> };

/**
 * The real server over the seed graph, serving the built client from `clientDistDir`, on its
 * own Neo4j in a throw-away folder: what a reader's browser talks to.
 */
export async function startBenchApp(clientDistDir: string): Promise<BenchApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-client-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '256m',
  });
  const db = Db.connect({ uri: neo4j.uri });
  const stop = async () => {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await applySchema(db);
    await ingestSeed(db);
    const app = createApp({
      db,
      tokens: { write: 'bench' },
      logger: createLogger('silent'),
      clientDistDir,
    });
    const { server, port } = await listen(app, 0, '127.0.0.1');
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      db,
      close: async () => {
        server.closeAllConnections();
        server.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
