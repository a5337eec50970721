import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { findFreePort } from '../../src/neo4j/free-port';

const SERVER_MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main.ts');

/**
 * Parley as `npm start` runs it, in a process of its own on the suite's Neo4j (unless `env` says
 * otherwise), for tests that kill it; answers once its health check does. With `onLogLine`, each
 * line the server logs (to stderr) goes there; set PARLEY_LOG_LEVEL in `env` to have some.
 */
export async function startServerProcess(
  token: string,
  env: Record<string, string> = {},
  onLogLine?: (line: string) => void,
) {
  const port = await findFreePort();
  const server = spawn(process.execPath, ['--import', 'tsx', SERVER_MAIN], {
    env: {
      ...process.env,
      NEO4J_URI: inject('neo4jUri'),
      PORT: String(port),
      PARLEY_API_TOKEN: token,
      PARLEY_SEED: 'off',
      PARLEY_LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'ignore', onLogLine ? 'pipe' : 'ignore'],
  });
  if (onLogLine && server.stderr)
    createInterface({ input: server.stderr }).on('line', (line) => onLogLine(line));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let ready = false; !ready;) {
    ready = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  return { server, exited, baseUrl };
}
