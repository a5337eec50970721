import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded-neo4j';
import { boltLivenessProbe, type LivenessProbe } from './liveness-probe';

/** Waits before each attempt to start Neo4j again after an exit; after the last, it gives up. */
const RESTART_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000] as const;

/**
 * How the supervisor tells a Neo4j that runs but no longer answers (stuck in garbage collection,
 * stopped, deadlocked) from a slow one: every `intervalMs` after the last probe ended it asks
 * `RETURN 1` and waits `timeoutMs` (probing again at once after a failure); after
 * `failuresBeforeRestart` probes in a row without an answer it kills the JVM, and the restart
 * that follows any exit starts it again.
 */
export type LivenessOptions = {
  intervalMs: number;
  timeoutMs: number;
  failuresBeforeRestart: number;
  /** A probe of the Neo4j at `uri`, one for each JVM started. */
  probe: (uri: string, timeoutMs: number) => LivenessProbe;
};

/**
 * 15 to 20 s without an answer before a restart: far beyond a `RETURN 1` on a loaded machine
 * (p99 25 ms after 200 concurrent hub reads), short beside the 30 s a restart may take.
 */
export const DEFAULT_LIVENESS: LivenessOptions = {
  intervalMs: 5_000,
  timeoutMs: 5_000,
  failuresBeforeRestart: 3,
  probe: boltLivenessProbe,
};

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
 * Resolves once `check` answered, rejects when it failed or did not answer within `ms`. An answer
 * that arrived while this process's event loop was busy is read before the time is called up
 * (timers run before sockets are read in a turn of the loop), so a stalled Node is no dead Neo4j.
 */
async function answersWithin(check: Promise<void>, ms: number): Promise<void> {
  let outcome: { ok: true } | { ok: false; error: unknown } | undefined;
  const settled = check.then(
    () => (outcome = { ok: true }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([settled, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  if (!outcome) await new Promise((resolve) => setImmediate(resolve));
  if (!outcome) throw new Error(`no answer within ${ms} ms`);
  if (!outcome.ok) throw outcome.error;
}

/**
 * Keeps the embedded Neo4j running: when it exits without being asked to, or stops answering
 * (see LivenessOptions) and is killed for it, it is started again on the same data and port (so
 * the driver reconnects by itself), after a growing wait, each step logged. When every attempt
 * after one exit failed, `gaveUp` resolves.
 */
export async function superviseNeo4j(
  start: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>,
  options: EmbeddedNeo4jOptions,
  log: Log,
  liveness: LivenessOptions = DEFAULT_LIVENESS,
): Promise<SupervisedNeo4j> {
  let current = await start(options);
  let startedAtMs = Date.now();
  let restarts = 0;
  let state: Neo4jSupervision = { state: 'running', restarts };
  let stopping = false;
  let giveUp: (reason: Error) => void = () => {};
  const gaveUp = new Promise<Error>((resolve) => (giveUp = resolve));

  /** Why the supervisor itself killed the running JVM, if it did. */
  let killedBecause: string | undefined;

  const restart = async (exitCode: number | null): Promise<void> => {
    const lastExit = killedBecause ?? describeExit(exitCode);
    killedBecause = undefined;
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

  /** Probes one JVM until it exits; kills it after too many probes in a row went unanswered. */
  const probeUntilExit = (neo4j: EmbeddedNeo4j) => {
    const probe = liveness.probe(neo4j.uri, liveness.timeoutMs);
    let exited = false;
    let failures = 0;
    let timer: NodeJS.Timeout | undefined;
    // After a probe without an answer the next one follows at once: a dead Neo4j is found in
    // about failuresBeforeRestart × timeoutMs, not that many intervals.
    const next = () => {
      const delayMs = failures > 0 ? 0 : liveness.intervalMs;
      if (!exited && !stopping) timer = setTimeout(tick, delayMs).unref();
    };
    const tick = async () => {
      const startedMs = Date.now();
      try {
        await answersWithin(probe.check(), liveness.timeoutMs);
        if (failures > 0)
          log.info(`Neo4j answers its liveness probe again, after ${failures} without an answer`);
        failures = 0;
      } catch (err) {
        if (exited || stopping) return;
        failures++;
        log.warn(
          `Neo4j (pid ${neo4j.pid}) failed its liveness probe (${failures} of ${liveness.failuresBeforeRestart} in a row) after ${Date.now() - startedMs} ms: ${(err as Error).message}`,
        );
        if (failures >= liveness.failuresBeforeRestart) {
          killedBecause = `unresponsive: ${failures} liveness probes in a row went unanswered, so it was killed`;
          log.error(
            `Neo4j (pid ${neo4j.pid}) runs but does not answer: killing it (SIGKILL) to start it again`,
          );
          neo4j.kill();
          return;
        }
      }
      next();
    };
    void neo4j.exited.then(() => {
      exited = true;
      clearTimeout(timer);
      probe.close();
    });
    next();
  };

  const watch = (neo4j: EmbeddedNeo4j) => {
    probeUntilExit(neo4j);
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
