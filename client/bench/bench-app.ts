import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createApp,
  applySchema,
  Db,
  listen,
  createLogger,
  startEmbeddedNeo4j,
  findFreePort,
  ingestSeed,
} from '@parley/server/fixture';

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
