import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../src/neo4j/free-port';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** One real Neo4j for the integration suite: a free port and a throw-away data folder. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-it-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '128m',
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
