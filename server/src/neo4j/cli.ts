/**
 * `npm run neo4j`: runs the embedded Neo4j in the foreground until Ctrl-C or SIGTERM, so that
 * `npm run dev` restarts reuse it instead of starting their own.
 */
import { startEmbeddedNeo4j } from './embedded-neo4j';
import { readCliFlags } from '../cli-flags';
import { loadConfig } from '../config/env';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  readCliFlags('usage: npm run neo4j', {});
  const { neo4j: options } = loadConfig();
  if (options.mode === 'external') {
    log(
      `NEO4J_URI is set (${options.uri}): Parley uses that server, so there is nothing to start.`,
    );
    return 1;
  }
  const neo4j = await startEmbeddedNeo4j({ ...options, onLog: log });
  process.stdout.write(
    `Neo4j is running at ${neo4j.uri} (data in ${options.dataDir}); Ctrl-C stops it.\n`,
  );

  let stopRequested = false;
  const stop = () => {
    stopRequested = true;
    void neo4j.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const exitCode = await neo4j.exited;
  if (stopRequested) {
    log('Neo4j stopped.');
    return 0;
  }
  log(`Neo4j exited unexpectedly (exit code ${exitCode}).`);
  return 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (err: unknown) => {
    log(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
