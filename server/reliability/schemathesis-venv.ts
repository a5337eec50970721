import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { requireCommand } from '../src/neo4j/require-command';

/** Pinned, so a rerun months later generates the same cases for the same seed. */
export const SCHEMATHESIS_VERSION = '4.32.5';

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

async function installedVersion(executable: string): Promise<string | undefined> {
  if (!fs.existsSync(executable)) return undefined;
  const { code, output } = await run(executable, ['--version']);
  return code === 0 ? /version (\S+)/.exec(output)?.[1] : undefined;
}

/**
 * A Python virtual environment (outside git) holding the pinned schemathesis from PyPI, made
 * or updated when needed; resolves with the path of its `schemathesis` command.
 */
export async function ensureSchemathesis(venvDir: string, log: (line: string) => void) {
  const executable = path.join(venvDir, 'bin', 'schemathesis');
  if ((await installedVersion(executable)) === SCHEMATHESIS_VERSION) return executable;

  requireCommand(
    'python3',
    'The fuzz run needs Python 3 (Debian: apt-get install python3 python3-venv)',
  );
  if (!fs.existsSync(path.join(venvDir, 'bin', 'pip'))) {
    log(`Creating a Python virtual environment in ${venvDir}…`);
    const venv = await run('python3', ['-m', 'venv', venvDir]);
    if (venv.code !== 0)
      throw new Error(
        `python3 -m venv failed (Debian: apt-get install python3-venv):\n${venv.output}`,
      );
  }
  log(`Installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI…`);
  const pip = await run(path.join(venvDir, 'bin', 'pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    `schemathesis==${SCHEMATHESIS_VERSION}`,
  ]);
  if (pip.code !== 0) throw new Error(`pip could not install schemathesis:\n${pip.output}`);
  return executable;
}
