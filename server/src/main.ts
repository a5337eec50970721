import { createApp } from './app';
import { loadConfig } from './config/env';
import { applySchema } from './db/apply-schema';
import { listen } from './http-server';
import { createLogger } from './logger';
import { openDatabase } from './open-database';
import { seedIfMissing } from './seed';
import { handleShutdown } from './shutdown';
import { ExtractionPool } from './workers/extraction-pool';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Listening from the start: a signal while Neo4j starts still stops what was started.
  const shutdown = handleShutdown(logger);
  const { db, close, supervision, gaveUp } = await openDatabase(config, logger);
  shutdown.add(close);
  await applySchema(db);
  if (config.seed === 'auto') {
    const seeded = await seedIfMissing(db);
    if (seeded) logger.info({ seeded }, 'Loaded the seed graph');
  }

  const extractionPool = new ExtractionPool();
  extractionPool.warm();
  shutdown.add(() => extractionPool.close());
  const app = createApp({
    db,
    logger,
    extractionPool,
    ...config,
    ...(supervision ? { supervision } : {}),
  });
  const { server, port } = await listen(app, config.port, config.host);
  shutdown.add(() => {
    server.close();
    server.closeAllConnections();
  });
  const tokenNote = config.apiTokenGenerated
    ? ' (generated; set PARLEY_API_TOKEN to keep one)'
    : '';
  process.stdout.write(
    `\nParley is running at http://${config.host}:${port}\nNeo4j: ${db.uri}\nAPI token for writes: ${config.tokens.write}${tokenNote}\n\n`,
  );
  // A server whose Neo4j is gone for good would answer 503 forever; better to stop and say why.
  void gaveUp?.then((err) => shutdown.stop(err.message, 1));
}

main().catch((err: unknown) => {
  createLogger('error').error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
