import type { Config } from './config/env';
import { Db } from './db/driver';
import type { Logger } from './logger';
import { startEmbeddedNeo4j } from './neo4j/embedded-neo4j';
import { superviseNeo4j, type Neo4jSupervision } from './neo4j/supervisor';

export type OpenDatabase = {
  db: Db;
  close(): Promise<void>;
  /** For the embedded Neo4j this server started: whether it runs, restarts or gave up. */
  supervision?: () => Neo4jSupervision;
  /** Resolves once the embedded Neo4j exited and could not be started again. */
  gaveUp?: Promise<Error>;
};

const CONNECT_ATTEMPTS = 30;
const CONNECT_RETRY_MS = 1_000;

async function waitUntilReachable(db: Db, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.ping();
      return;
    } catch (err) {
      if (attempt >= CONNECT_ATTEMPTS) throw err;
      if (attempt === 1) logger.warn(`Waiting for Neo4j at ${db.uri}…`);
      await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
    }
  }
}

/** An embedded Neo4j already serving this port (say, from `npm run neo4j`) is reused, not started twice. */
async function alreadyRunning(uri: string): Promise<Db | undefined> {
  const db = Db.connect({ uri });
  try {
    await db.ping();
    return db;
  } catch {
    await db.close();
    return undefined;
  }
}

/** Connects to the configured Neo4j, or starts the embedded one when NEO4J_URI is unset. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const neo4jConfig = config.neo4j;
  if (neo4jConfig.mode === 'external') {
    const db = Db.connect(neo4jConfig);
    await waitUntilReachable(db, logger);
    return { db, close: () => db.close() };
  }
  const uri = `bolt://127.0.0.1:${neo4jConfig.boltPort}`;
  const running = await alreadyRunning(uri);
  if (running) {
    logger.info(`Using the Neo4j already running at ${uri}`);
    return { db: running, close: () => running.close() };
  }
  const embedded = await superviseNeo4j(
    startEmbeddedNeo4j,
    { ...neo4jConfig, onLog: (line) => logger.info(line) },
    { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  );
  const db = Db.connect({ uri: embedded.uri });
  await waitUntilReachable(db, logger);
  return {
    db,
    supervision: embedded.supervision,
    gaveUp: embedded.gaveUp,
    close: async () => {
      await db.close();
      await embedded.stop();
    },
  };
}
