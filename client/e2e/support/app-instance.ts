import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '@parley/server/fixture';

export const CLIENT_DIST_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist',
);

export type AppInstance = TestServer;

/**
 * The real app serving the built client, on a free port, over the given Neo4j. A second one
 * started on the same database is a restarted server: it knows only what Neo4j keeps.
 */
export function startAppInstance(neo4jUri: string): Promise<AppInstance> {
  return startTestServer(neo4jUri, { clientDistDir: CLIENT_DIST_DIR });
}
