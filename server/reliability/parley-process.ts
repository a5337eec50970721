import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/env';
import type { RateLimits } from '../src/middleware/rate-limits';
import { findFreePort } from '../src/neo4j/free-port';

/** A rate limit high enough that no request of a run is ever turned away with a 429. */
export const UNLIMITED_PER_MINUTE = 1_000_000_000;

const SERVER_MAIN = path.join(REPO_ROOT, 'server', 'src', 'main.ts');
/** The first start may build the Neo4j launcher with Maven; later ones take seconds. */
const STARTUP_TIMEOUT_MS = 5 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
const HEALTH_POLL_MS = 500;
/** pino's number for `error`: the server logs every 5xx and every unexpected error at it. */
const PINO_ERROR_LEVEL = 50;
const LOG_TAIL_CHARS = 4_000;

export type RunningParley = {
  baseUrl: string;
  /** The write token the server was started with. */
  token: string;
  logFile: string;
  /** Lines the server logged at level error or above (5xx answers, unexpected failures). */
  errorLines(): string[];
  stop(): Promise<void>;
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logTail(logFile: string): string {
  return fs.readFileSync(logFile, 'utf8').slice(-LOG_TAIL_CHARS);
}

function errorLinesOf(logFile: string): string[] {
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => {
      if (!line.startsWith('{')) return false;
      const { level } = JSON.parse(line) as { level?: number };
      return (level ?? 0) >= PINO_ERROR_LEVEL;
    });
}

async function waitUntilHealthy(baseUrl: string, exited: Promise<unknown>, logFile: string) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return;
    if (gone) throw new Error(`Parley exited before it was ready:\n${logTail(logFile)}`);
    if (Date.now() > deadline)
      throw new Error(`Parley was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s`);
    await delay(HEALTH_POLL_MS);
  }
}

/**
 * Parley as a user starts it (`server/src/main.ts`: embedded Neo4j, seed, HTTP server), in a
 * process of its own, on free ports with a throw-away data folder, so whatever a run writes
 * never reaches the user's graph. NEO4J_URI is cleared for the same reason.
 */
export async function startParley(options: {
  rateLimits: RateLimits;
  logFile: string;
}): Promise<RunningParley> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-reliability-'));
  const port = await findFreePort();
  const token = randomBytes(24).toString('base64url');
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'w');
  const server = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      PARLEY_DATA_DIR: dataDir,
      PARLEY_BOLT_PORT: String(await findFreePort()),
      PARLEY_API_TOKEN: token,
      PARLEY_READ_TOKEN: '',
      PARLEY_WRITE_RATE_LIMIT: String(options.rateLimits.writesPerMinute),
      PARLEY_SEARCH_RATE_LIMIT: String(options.rateLimits.searchesPerMinute),
      PARLEY_SEED: 'auto',
      PARLEY_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (server.exitCode === null && server.signalCode === null) {
        // SIGTERM lets main.ts stop its embedded Neo4j cleanly before it exits.
        server.kill('SIGTERM');
        const escalation = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(escalation);
      }
      fs.closeSync(log);
      fs.rmSync(dataDir, { recursive: true, force: true });
    })());

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(baseUrl, exited, options.logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    baseUrl,
    token,
    logFile: options.logFile,
    errorLines: () => errorLinesOf(options.logFile),
    stop,
  };
}
