import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { OutputTail } from './output-tail';
import { requireCommand } from './require-command';

const LAUNCHER_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../neo4j-launcher',
);
const POM_PATH = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCES_DIR = path.join(LAUNCHER_DIR, 'src');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LAUNCHER_LIB_DIR = path.join(LAUNCHER_DIR, 'target', 'lib');

export const LAUNCHER_MAIN_CLASS = 'parley.neo4j.Launcher';
export const LAUNCHER_CLASSPATH = [LAUNCHER_JAR, path.join(LAUNCHER_LIB_DIR, '*')].join(
  path.delimiter,
);

/** The first build downloads Neo4j (about 120 MB) from Maven Central. */
const BUILD_TIMEOUT_MS = 20 * 60_000;
const BUILD_OUTPUT_TAIL_LINES = 40;

function modifiedAtMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestInputModifiedAtMs(): number {
  const sources = fs
    .readdirSync(SOURCES_DIR, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(SOURCES_DIR, relative));
  return Math.max(...[POM_PATH, ...sources].map((file) => modifiedAtMs(file) ?? 0));
}

function isLauncherUpToDate(): boolean {
  const jarModifiedAtMs = modifiedAtMs(LAUNCHER_JAR);
  if (jarModifiedAtMs === undefined || !fs.existsSync(LAUNCHER_LIB_DIR)) return false;
  return newestInputModifiedAtMs() <= jarModifiedAtMs;
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const output = new OutputTail(BUILD_OUTPUT_TAIL_LINES);
    const maven = spawn('mvn', args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [maven.stdout, maven.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        // Debian's Maven colours its output even in batch mode.
        const plain = stripVTControlCharacters(line);
        if (plain.trim()) output.push(plain);
      });
    }
    const timeout = setTimeout(() => maven.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    maven.once('error', (err) => {
      clearTimeout(timeout);
      reject(err);
    });
    maven.once('close', (code, signal) => {
      clearTimeout(timeout);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Building the embedded Neo4j launcher failed (mvn ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}):\n${output}`,
          ),
        );
    });
  });
}

/**
 * Builds server/neo4j-launcher unless its jar is newer than pom.xml and the Java sources,
 * so only the first start (or one after a change) pays for Maven.
 */
export async function ensureLauncherBuilt(onLog: (line: string) => void): Promise<void> {
  if (isLauncherUpToDate()) return;
  requireCommand(
    'mvn',
    'Maven is required to build the embedded Neo4j launcher: install maven (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j server',
  );
  onLog('Building the embedded Neo4j launcher (first run downloads Neo4j from Maven Central)…');
  // clean: after a Neo4j version change, target/lib would otherwise hold the old jars too.
  await runMaven(['-q', '-B', '-f', POM_PATH, 'clean', 'package', '-DskipTests']);
}
