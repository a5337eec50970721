import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  applySchema,
  Db,
  startEmbeddedNeo4j,
  findFreePort,
  ingestSeed,
} from '@parley/server/fixture';
import { CLIENT_DIST_DIR, startAppInstance } from './support/app-instance';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** For tests that start another app instance on the same database (a server restart). */
    neo4jUri: string;
  }
}

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
  const stopDatabase = async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const db = Db.connect({ uri: neo4j.uri });
    try {
      await db.write('MATCH (n) DETACH DELETE n');
      await applySchema(db);
      await ingestSeed(db);
    } finally {
      await db.close();
    }
    const app = await startAppInstance(neo4j.uri);
    project.provide('baseUrl', app.baseUrl);
    project.provide('neo4jUri', neo4j.uri);
    return async () => {
      await app.close();
      await stopDatabase();
    };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
