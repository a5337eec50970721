/**
 * `npm run test:load`: against a seeded Parley of its own, `--connections` readers (200) for
 * `--seconds` (60) with autocannon, then a burst of `--burst` writes (150) at once, past the
 * write limit of 60 a minute. Fails on any connection error, timeout, non-2xx read, write
 * answer other than 200 or 429 with Retry-After, or error in the server's log.
 */
import path from 'node:path';
import { DEFAULT_RATE_LIMITS } from '../src/app';
import { syntheticBundles } from '../bench/synthetic-graph';
import { startParley, UNLIMITED_PER_MINUTE } from './parley-process';
import { RELIABILITY_DIR } from './paths';
import { readPaths, runReadLoad } from './read-load';
import { runWriteBurst } from './write-burst';
import { readCliFlags } from '../src/cli-flags';

const USAGE = 'usage: npm run test:load -- [--connections N] [--seconds S] [--burst N]';
const { values } = readCliFlags(USAGE, {
  connections: { type: 'string', default: '200' },
  seconds: { type: 'string', default: '60' },
  burst: { type: 'string', default: '150' },
});
const STATEMENTS_PER_BURST_BUNDLE = 5;

console.error('Starting Parley (embedded Neo4j, seed) with the default write limit…');
const parley = await startParley({
  // The readers all come from 127.0.0.1, which the search limit would count as one client.
  rateLimits: { ...DEFAULT_RATE_LIMITS, searchesPerMinute: UNLIMITED_PER_MINUTE },
  logFile: path.join(RELIABILITY_DIR, 'load-server.log'),
});
try {
  const paths = await readPaths(parley.baseUrl);
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  console.error(`Readers: ${connections} connections for ${seconds} s over ${paths.length} paths…`);
  const reads = await runReadLoad({ baseUrl: parley.baseUrl, paths, connections, seconds });
  console.table([reads]);
  const readsHeld = reads.errors + reads.timeouts + reads.non2xx === 0;

  const burstSize = Number(values.burst);
  const bundles = [
    ...syntheticBundles({
      statements: burstSize * STATEMENTS_PER_BURST_BUNDLE,
      statementsPerArticle: STATEMENTS_PER_BURST_BUNDLE,
      // Replies across bundles would make a bundle's fate hang on whether another was written.
      replyRate: 0,
    }),
  ];
  console.error(
    `Write burst: ${bundles.length} bundles at once, limit ${DEFAULT_RATE_LIMITS.writesPerMinute} a minute…`,
  );
  const writes = await runWriteBurst({ baseUrl: parley.baseUrl, token: parley.token, bundles });
  console.table([{ ...writes, unexpected: JSON.stringify(writes.unexpected) }]);
  const writesHeld =
    writes.rateLimited > 0 &&
    writes.rateLimitedWithoutRetryAfter === 0 &&
    Object.keys(writes.unexpected).length === 0;

  const serverErrors = parley.errorLines();
  for (const line of serverErrors.slice(0, 20)) console.error(line);
  console.log(
    `\nReads: ${reads.requests} in ${reads.seconds} s (${reads.requestsPerSecond}/s), ` +
      `p50 ${reads.p50Ms} ms, p99 ${reads.p99Ms} ms, ${reads.errors} errors, ` +
      `${reads.timeouts} timeouts, ${reads.non2xx} non-2xx (${reads.serverErrors} 5xx): ` +
      `${readsHeld ? 'held' : 'FAILED'}\n` +
      `Writes: ${writes.sent} sent, ${writes.succeeded} succeeded, ${writes.rateLimited} got 429 ` +
      `(${writes.rateLimitedWithoutRetryAfter} without Retry-After), other answers ` +
      `${JSON.stringify(writes.unexpected)}: ${writesHeld ? 'held' : 'FAILED'}\n` +
      `Server log: ${serverErrors.length} errors (${parley.logFile})`,
  );
  process.exitCode = readsHeld && writesHeld && serverErrors.length === 0 ? 0 : 1;
} finally {
  await parley.stop();
}
