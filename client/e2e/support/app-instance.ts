import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../server/src/app';
import { Db } from '../../../server/src/db/driver';
import { listen } from '../../../server/src/http-server';
import { createLogger } from '../../../server/src/logger';

export const CLIENT_DIST_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist',
);

export type AppInstance = { baseUrl: string; db: Db; close(): Promise<void> };

/**
 * The real app serving the built client, on a free port, over the given Neo4j. A second one
 * started on the same database is a restarted server: it knows only what Neo4j keeps.
 */
export async function startAppInstance(neo4jUri: string): Promise<AppInstance> {
  const db = Db.connect({ uri: neo4jUri });
  const app = createApp({
    db,
    tokens: { write: 'e2e-test-token' },
    clientDistDir: CLIENT_DIST_DIR,
    logger: createLogger('silent'),
  });
  const { server, port } = await listen(app, 0, '127.0.0.1');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
