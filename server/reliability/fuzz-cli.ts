/**
 * `npm run test:fuzz`: schemathesis generates requests for every operation of
 * /api/openapi.json (valid, boundary and invalid data, undeclared methods, missing auth) against
 * a Parley of its own, writes included, and fails on any 5xx, any response that breaks the
 * documented schema, status code, content type or headers, or any error in the server's log.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startParley, UNLIMITED_PER_MINUTE } from './parley-process';
import { RELIABILITY_DIR } from './paths';
import { ensureSchemathesis } from './schemathesis-venv';
import { readCliFlags } from '../src/cli-flags';

const USAGE = 'usage: npm run test:fuzz -- [--max-examples N] [--seed S]';
const { values } = readCliFlags(USAGE, {
  'max-examples': { type: 'string', default: '100' },
  seed: { type: 'string', default: '1' },
});

/**
 * Every check except two that judge the schema's expressiveness rather than the server:
 * a bundle's cross-references (a statement's speaker must be one of its actors) cannot be said
 * in JSON Schema, so schema-valid bundles can rightly get 400; and unknown query parameters
 * are ignored on purpose, so "negative" requests that only add one rightly get 200.
 */
const EXCLUDED_CHECKS = ['positive_data_acceptance', 'negative_data_rejection'];
const REQUEST_TIMEOUT_S = 30;

function runSchemathesis(executable: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { cwd: RELIABILITY_DIR, stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', resolve);
  });
}

const schemathesis = await ensureSchemathesis(path.join(RELIABILITY_DIR, 'venv'), console.error);
console.error('Starting Parley (embedded Neo4j, seed) with the rate limits lifted…');
const parley = await startParley({
  rateLimits: { writesPerMinute: UNLIMITED_PER_MINUTE, searchesPerMinute: UNLIMITED_PER_MINUTE },
  logFile: path.join(RELIABILITY_DIR, 'fuzz-server.log'),
});
try {
  const code = await runSchemathesis(schemathesis, [
    'run',
    `${parley.baseUrl}/api/openapi.json`,
    '--url',
    parley.baseUrl,
    '--header',
    `Authorization: Bearer ${parley.token}`,
    '--checks',
    'all',
    '--exclude-checks',
    EXCLUDED_CHECKS.join(','),
    '--max-examples',
    values['max-examples'],
    '--seed',
    values.seed,
    '--workers',
    '1',
    '--request-timeout',
    String(REQUEST_TIMEOUT_S),
    '--generation-database',
    'none',
    '--report',
    'junit',
    '--report-dir',
    path.join(RELIABILITY_DIR, 'fuzz-report'),
  ]);
  const serverErrors = parley.errorLines();
  for (const line of serverErrors.slice(0, 20)) console.error(line);
  console.log(
    `\nFuzz: schemathesis ${code === 0 ? 'passed' : `failed (exit code ${code})`}; ` +
      `the server logged ${serverErrors.length} errors (log: ${parley.logFile})`,
  );
  process.exitCode = code === 0 && serverErrors.length === 0 ? 0 : 1;
} finally {
  await parley.stop();
}
