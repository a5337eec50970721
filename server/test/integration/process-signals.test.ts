import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/env';
import { findFreePort } from '../../src/neo4j/free-port';

const START_TIMEOUT_MS = 3 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 250;

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port }, () => probe.close(() => resolve(true)));
  });

/** Whether any process of the group is left: signal 0 tests without sending anything. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parley started as a person starts it, in a process group of its own (as a terminal would),
 * with its own embedded Neo4j on free ports and a throw-away data folder; answers once it serves.
 */
async function startParley(command: string[]) {
  const port = await findFreePort();
  const boltPort = await findFreePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-signals-'));
  dataDirs.push(dataDir);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    detached: true,
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      PARLEY_BOLT_PORT: String(boltPort),
      PARLEY_DATA_DIR: dataDir,
      PARLEY_SEED: 'off',
      PARLEY_API_TOKEN: 'signals-test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const serving = () =>
    fetch(`http://127.0.0.1:${port}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
  await until(serving, START_TIMEOUT_MS, 'Parley to serve');
  return { pid: child.pid!, ports: [port, boltPort], exited, output };
}

type Started = Awaited<ReturnType<typeof startParley>>;

async function expectStoppedCleanly(parley: Started) {
  const code = await Promise.race([
    parley.exited,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('Parley did not exit')), STOP_TIMEOUT_MS),
    ),
  ]);
  expect(code).toBe(0);
  // Neo4j's JVM is a child of the server: nothing of the group may outlive it.
  await until(async () => !groupAlive(parley.pid), STOP_TIMEOUT_MS, 'the process group to end');
  for (const port of parley.ports) expect(await portIsFree(port)).toBe(true);
  expect(parley.output.stderr).toMatch(/"msg":"SIG(TERM|INT) received, stopping"/);
  expect(parley.output.stderr).toContain('"msg":"Stopped"');
}

const NPM_START = ['npm', 'start', '--ignore-scripts']; // the real start, without building the client
const SERVER = [process.execPath, '--import', 'tsx', 'server/src/main.ts'];

describe('stopping Parley', () => {
  it('SIGTERM to npm start stops the server and its Neo4j and frees both ports', async () => {
    const parley = await startParley(NPM_START);
    process.kill(parley.pid, 'SIGTERM');
    await expectStoppedCleanly(parley);
  });

  it('Ctrl-C (SIGINT to the whole process group) does the same', async () => {
    const parley = await startParley(NPM_START);
    process.kill(-parley.pid, 'SIGINT');
    await expectStoppedCleanly(parley);
  });

  it('SIGTERM to the server process does the same; its banner is alone on stdout, its logs JSON on stderr', async () => {
    const parley = await startParley(SERVER);
    process.kill(parley.pid, 'SIGTERM');
    await expectStoppedCleanly(parley);
    expect(parley.output.stdout).toMatch(/^\nParley is running at http:\/\/127\.0\.0\.1:\d+\n/);
    const lines = parley.output.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  });
});
