import { createApp } from './app';
import { loadConfig } from './config/env';
import { applySchema } from './db/apply-schema';
import { listen } from './http-server';
import { createLogger } from './logger';
import { openDatabase } from './open-database';
import { seedIfMissing } from './seed';
import { ExtractionPool } from './workers/extraction-pool';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { db, close, supervision, gaveUp } = await openDatabase(config, logger);
  await applySchema(db);
  if (config.seed === 'auto') {
    const seeded = await seedIfMissing(db);
    if (seeded) logger.info({ seeded }, 'Loaded the seed graph');
  }

  const extractionPool = new ExtractionPool();
  extractionPool.warm();
  const app = createApp({
    db,
    logger,
    extractionPool,
    ...config,
    ...(supervision ? { supervision } : {}),
  });
  const { server, port } = await listen(app, config.port, config.host);
  const tokenNote = config.apiTokenGenerated
    ? ' (generated; set PARLEY_API_TOKEN to keep one)'
    : '';
  process.stdout.write(
    `\nParley is running at http://${config.host}:${port}\nNeo4j: ${db.uri}\nAPI token for writes: ${config.tokens.write}${tokenNote}\n\n`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    server.close();
    server.closeAllConnections();
    await extractionPool.close();
    await close();
    process.exit(0);
  };
  // A server whose Neo4j is gone for good would answer 503 forever; better to stop and say why.
  void gaveUp?.then((err) => {
    logger.error(`${err.message}; stopping`);
    process.exitCode = 1;
    server.close();
    server.closeAllConnections();
    void close().finally(() => process.exit(1));
  });
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
