import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt, LAUNCHER_CLASSPATH, LAUNCHER_MAIN_CLASS } from './launcher-build';
import { transactionMemoryBudget } from './memory-budget';
import { OutputTail } from './output-tail';
import { requireCommand } from './require-command';

export type EmbeddedNeo4jOptions = {
  /** Neo4j's home: its store goes to data/ and its logs to logs/ inside. Created when missing. */
  dataDir: string;
  boltPort: number;
  /** JVM heap, used for both -Xms and -Xmx, e.g. '512m'. */
  heap: string;
  /** Neo4j page cache (off heap), e.g. '256m'. */
  pageCache: string;
  /**
   * The longest any transaction may run before Neo4j itself stops it, whoever started it and
   * whether or not it asked for less; DEFAULT_TRANSACTION_TIMEOUT_MS when unset.
   */
  transactionTimeoutMs?: number;
  onLog?: (line: string) => void;
  startupTimeoutMs?: number;
};

export type EmbeddedNeo4j = {
  uri: string;
  pid: number;
  /** Resolves with the exit code (null when killed by a signal) once the JVM has exited. */
  exited: Promise<number | null>;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL if it hangs); resolves once the JVM has exited. */
  stop(): Promise<void>;
  /**
   * Ends the JVM at once (SIGKILL), for one that no longer answers: a stopped or stuck process
   * ignores SIGTERM. `exited` resolves once it is gone.
   */
  kill(): void;
};

const READY_MARKER = 'PARLEY_NEO4J_READY ';
const STARTUP_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const STDERR_TAIL_LINES = 40;
const MAX_PORT = 65_535;
const MEMORY_SIZE = /^\d+[kmg]$/i;
/**
 * Neo4j's backstop for a transaction that set no timeout of its own (Parley's reads ask for 3 s,
 * its writes for WRITE_TIMEOUT_MS in db/driver.ts; a console or script may ask for nothing).
 */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

const JVM_FLAGS = [
  // The throughput collector: G1's write barriers and young collections of a large transaction's
  // state cost bulk ingest about a quarter of its speed here (measured in server/bench), while
  // reads allocate little and pause little either way.
  '-XX:+UseParallelGC',
  // A JVM out of memory is in an unknown state; better to stop than to serve errors.
  '-XX:+ExitOnOutOfMemoryError',
  // Neo4j reaches into NIO internals for its page cache and transaction logs; without these
  // it logs warnings and falls back to slower paths.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

function javaArguments(options: EmbeddedNeo4jOptions, dataDir: string): string[] {
  const memory = transactionMemoryBudget(options.heap);
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...JVM_FLAGS,
    '-cp',
    LAUNCHER_CLASSPATH,
    LAUNCHER_MAIN_CLASS,
    `--data-dir=${dataDir}`,
    `--bolt-port=${options.boltPort}`,
    `--page-cache=${options.pageCache}`,
    `--transaction-memory-max=${memory.perTransactionBytes}`,
    `--transaction-memory-total=${memory.totalBytes}`,
    `--transaction-timeout=${options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS}`,
    // The launcher stops when its stdin closes, so even a parent killed with SIGKILL leaves no orphan.
    '--stop-on-stdin-eof=true',
  ];
}

const isPortNumber = (port: number): boolean =>
  Number.isInteger(port) && port >= 1 && port <= MAX_PORT;

/** A JVM-style size: digits and k, m or g. */
const isMemorySize = (size: string): boolean => MEMORY_SIZE.test(size);

function checkOptions(options: EmbeddedNeo4jOptions): void {
  if (!isPortNumber(options.boltPort)) {
    throw new Error(`boltPort must be a port number (1-${MAX_PORT}), got ${options.boltPort}`);
  }
  for (const [name, size] of [
    ['heap', options.heap],
    ['pageCache', options.pageCache],
  ] as const) {
    if (!isMemorySize(size))
      throw new Error(`${name} must be a size such as 512m or 2g, got '${size}'`);
  }
  const timeoutMs = options.transactionTimeoutMs;
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0))
    throw new Error(
      `transactionTimeoutMs must be a positive whole number of milliseconds, got ${timeoutMs}`,
    );
}

/** Resolves with the bolt URI once the launcher prints its ready line; rejects if it exits or times out first. */
function waitUntilReady(
  java: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  stderrTail: OutputTail,
  timeoutMs: number,
  onLog: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(
      () =>
        reject(
          new Error(`Embedded Neo4j was not ready within ${timeoutMs / 1000} s:\n${stderrTail}`),
        ),
      timeoutMs,
    );
    createInterface({ input: java.stdout }).on('line', (line) => {
      if (!line.startsWith(READY_MARKER)) {
        onLog(line);
        return;
      }
      clearTimeout(timeout);
      resolve(line.slice(READY_MARKER.length).trim());
    });
    java.once('error', (err) => {
      clearTimeout(timeout);
      reject(err);
    });
    void exited.then((code) => {
      clearTimeout(timeout);
      // The launcher's own one-line explanation, if it got that far, is the last line it wrote.
      reject(
        new Error(
          `Embedded Neo4j exited (code ${code}) before it was ready: ${stderrTail.lastLine()}\n\nIts last output:\n${stderrTail}`,
        ),
      );
    });
  });
}

/**
 * Starts Neo4j Community in its own JVM (server/neo4j-launcher), Bolt on 127.0.0.1 only and no auth,
 * building the launcher with Maven first when needed.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const onLog = options.onLog ?? (() => {});
  checkOptions(options);
  requireCommand(
    'java',
    'Java 17 is required to run the embedded Neo4j: install openjdk-17-jdk-headless (the JDK also builds the launcher) or set NEO4J_URI to an existing Neo4j server',
  );
  await ensureLauncherBuilt(onLog);

  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  // cwd = dataDir, so a JVM crash report (hs_err_pid*.log) lands next to the data, not in the repository.
  const java = spawn('java', javaArguments(options, dataDir), { cwd: dataDir, stdio: 'pipe' });

  const stderrTail = new OutputTail(STDERR_TAIL_LINES);
  createInterface({ input: java.stderr }).on('line', (line) => {
    stderrTail.push(line);
    onLog(line);
  });

  const exited = new Promise<number | null>((resolve) => {
    // 'close' rather than 'exit': by then stderr is read to its end, last words included.
    java.once('close', (code) => resolve(code));
    // A JVM that never spawned emits no 'exit'.
    java.once('error', () => {
      if (java.pid === undefined) resolve(null);
    });
  });
  const stopOnParentExit = () => java.kill('SIGTERM');
  process.on('exit', stopOnParentExit);
  void exited.then(() => process.off('exit', stopOnParentExit));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (java.exitCode !== null || java.signalCode !== null) return;
      java.kill('SIGTERM');
      const escalation = setTimeout(() => java.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(escalation);
    })();
    return stopping;
  };

  const startedAtMs = Date.now();
  let uri: string;
  try {
    uri = await waitUntilReady(
      java,
      exited,
      stderrTail,
      options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS,
      onLog,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  if (java.pid === undefined) throw new Error('Embedded Neo4j has no process id');
  onLog(`Embedded Neo4j ready at ${uri} in ${Date.now() - startedAtMs} ms (data in ${dataDir})`);
  const kill = () => void java.kill('SIGKILL');
  return { uri, pid: java.pid, exited, stop, kill };
}
