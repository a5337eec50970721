import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/free-port';
import { eventually, getJson } from './harness';
import { startServerProcess } from './server-process';

const TOKEN = 'supervisor-test-token';
/** The target of issue 19: serving again within 30 s of a SIGKILL, nobody acting. */
const SERVING_AGAIN_WITHIN_MS = 30_000;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-supervisor-'));
let parley: Awaited<ReturnType<typeof startServerProcess>>;
/** What the server logged (warnings and errors), one JSON object a line. */
const logLines: string[] = [];
/** JVMs this file stopped with SIGSTOP, killed at the end should one outlive a failed test. */
const stoppedPids: number[] = [];

/** The JVM the server started: its only java child. */
const neo4jPid = (serverPid: number) =>
  Number(execFileSync('pgrep', ['-P', String(serverPid), 'java'], { encoding: 'utf8' }).trim());

beforeAll(async () => {
  // Parley with the embedded Neo4j it starts and supervises itself, as `npm start` runs it.
  parley = await startServerProcess(
    TOKEN,
    {
      NEO4J_URI: '',
      PARLEY_DATA_DIR: dataDir,
      PARLEY_BOLT_PORT: String(await findFreePort()),
      PARLEY_NEO4J_HEAP: '256m',
      PARLEY_NEO4J_PAGECACHE: '64m',
      PARLEY_SEED: 'auto',
      PARLEY_LOG_LEVEL: 'warn',
    },
    (line) => logLines.push(line),
  );
});
afterAll(async () => {
  for (const pid of stoppedPids.filter(isRunning)) process.kill(pid, 'SIGKILL');
  parley.server.kill('SIGTERM');
  await parley.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Health = { status: string; neo4j: { up: boolean; message?: string } };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Parley answers a search, which reads the graph through Neo4j. */
const searchServes = async () =>
  (await getJson(parley.baseUrl, '/api/search?q=Zakharova')).status === 200;

/** The graph is the one from before, now served by a JVM other than `pid`. */
async function expectSameGraphOnAnotherJvm(pid: number): Promise<void> {
  const after = await getJson<{ results: { id: string }[] }>(
    parley.baseUrl,
    '/api/search?q=Zakharova',
  );
  expect(after.body.results[0]?.id).toBe('actor:maria-zakharova');
  expect(neo4jPid(parley.server.pid!)).not.toBe(pid);
}

/** The target of issue 19 for a kill, plus the watchdog's 15-30 s of probes without an answer. */
const SERVING_AGAIN_AFTER_STOP_WITHIN_MS = 30_000 + SERVING_AGAIN_WITHIN_MS;

describe('when the embedded Neo4j is killed with SIGKILL', () => {
  it('is started again on the same data and Parley serves within 30 s', async () => {
    const before = await getJson(parley.baseUrl, '/api/search?q=Zakharova');
    expect(before.status).toBe(200);
    const pid = neo4jPid(parley.server.pid!);

    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    await eventually(async () => {
      const health = await getJson<Health>(parley.baseUrl, '/api/health');
      return health.status === 503 && /restarted/.test(health.body.neo4j.message ?? '');
    }, 10_000);
    await eventually(searchServes, SERVING_AGAIN_WITHIN_MS);
    const servingAfterMs = Date.now() - killedAt;
    process.stdout.write(`Neo4j SIGKILLed: Parley serving again after ${servingAfterMs} ms\n`);

    await expectSameGraphOnAnotherJvm(pid);
    expect(servingAfterMs).toBeLessThan(SERVING_AGAIN_WITHIN_MS);
  });
});

describe('when the embedded Neo4j runs but stops answering (SIGSTOP)', () => {
  it(
    'is killed by the liveness probe, started again on the same data, and Parley serves again',
    async () => {
      await eventually(searchServes);
      const pid = neo4jPid(parley.server.pid!);
      stoppedPids.push(pid);

      const stoppedAt = Date.now();
      process.kill(pid, 'SIGSTOP');
      // Alive, yet answering nothing: health says so.
      await eventually(
        async () => (await getJson<Health>(parley.baseUrl, '/api/health')).status === 503,
        10_000,
      );
      // The probe gives up on it and the supervisor restarts it, saying why.
      await eventually(async () => {
        const health = await getJson<Health>(parley.baseUrl, '/api/health');
        return /unresponsive.*restarted/.test(health.body.neo4j.message ?? '');
      }, SERVING_AGAIN_AFTER_STOP_WITHIN_MS);
      expect(isRunning(pid)).toBe(false);
      await eventually(searchServes, SERVING_AGAIN_AFTER_STOP_WITHIN_MS);
      const servingAfterMs = Date.now() - stoppedAt;
      process.stdout.write(`Neo4j SIGSTOPped: Parley serving again after ${servingAfterMs} ms\n`);

      await expectSameGraphOnAnotherJvm(pid);
      const log = logLines.join('\n');
      expect(log).toMatch(/failed its liveness probe \(3 of 3 in a row\)/);
      expect(log).toMatch(/does not answer: killing it \(SIGKILL\)/);
      expect(log).toMatch(/Neo4j exited \(unresponsive: 3 liveness probes/);
      expect(servingAfterMs).toBeLessThan(SERVING_AGAIN_AFTER_STOP_WITHIN_MS);
    },
    3 * SERVING_AGAIN_AFTER_STOP_WITHIN_MS,
  );
});
