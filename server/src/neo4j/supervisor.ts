import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded-neo4j';

/** Waits before each attempt to start Neo4j again after an exit; after the last, it gives up. */
const RESTART_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000] as const;

export type Neo4jSupervision =
  | { state: 'running'; restarts: number }
  | { state: 'restarting'; restarts: number; attempt: number; lastExit: string }
  | { state: 'failed'; restarts: number; reason: string };

export type SupervisedNeo4j = {
  uri: string;
  supervision(): Neo4jSupervision;
  /** Resolves with the reason once Neo4j exited and could not be started again. */
  gaveUp: Promise<Error>;
  stop(): Promise<void>;
};

type Log = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

const describeExit = (code: number | null) =>
  code === null ? 'killed by a signal' : `exit code ${code}`;

/**
 * Keeps the embedded Neo4j running: when it exits without being asked to, it is started again
 * on the same data and port (so the driver reconnects by itself), after a growing wait, each
 * step logged. When every attempt after one exit failed, `gaveUp` resolves.
 */
export async function superviseNeo4j(
  start: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>,
  options: EmbeddedNeo4jOptions,
  log: Log,
): Promise<SupervisedNeo4j> {
  let current = await start(options);
  let startedAtMs = Date.now();
  let restarts = 0;
  let state: Neo4jSupervision = { state: 'running', restarts };
  let stopping = false;
  let giveUp: (reason: Error) => void = () => {};
  const gaveUp = new Promise<Error>((resolve) => (giveUp = resolve));

  const restart = async (exitCode: number | null): Promise<void> => {
    const lastExit = describeExit(exitCode);
    log.warn(`Neo4j exited (${lastExit}) after ${Date.now() - startedAtMs} ms; restarting it`);
    for (const [index, delayMs] of RESTART_DELAYS_MS.entries()) {
      state = { state: 'restarting', restarts, attempt: index + 1, lastExit };
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (stopping) return;
      try {
        current = await start(options);
        startedAtMs = Date.now();
        restarts++;
        state = { state: 'running', restarts };
        log.info(`Neo4j restarted (attempt ${index + 1}); ${restarts} restart(s) so far`);
        watch(current);
        return;
      } catch (err) {
        log.error(
          `Restarting Neo4j failed (attempt ${index + 1} of ${RESTART_DELAYS_MS.length}): ${(err as Error).message}`,
        );
      }
    }
    const reason = `Neo4j exited (${lastExit}) and could not be started again after ${RESTART_DELAYS_MS.length} attempts`;
    state = { state: 'failed', restarts, reason };
    giveUp(new Error(reason));
  };

  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then((code) => {
      if (!stopping) void restart(code);
    });
  };
  watch(current);

  return {
    uri: current.uri,
    supervision: () => state,
    gaveUp,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
