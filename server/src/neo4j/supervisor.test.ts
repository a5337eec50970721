import { describe, expect, it, vi } from 'vitest';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded-neo4j';
import type { LivenessProbe } from './liveness-probe';
import { superviseNeo4j, type LivenessOptions } from './supervisor';

const OPTIONS: EmbeddedNeo4jOptions = {
  dataDir: '/tmp/none',
  boltPort: 7687,
  heap: '256m',
  pageCache: '64m',
};
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** Probes that answer as `answers` says, one call after another (true: answered, false: refused, 'hang': never settles). */
function scriptedLiveness(
  answers: (boolean | 'hang')[],
): LivenessOptions & { checks: () => number } {
  let calls = 0;
  const probe = (): LivenessProbe => ({
    check: () => {
      const answer = answers[calls++] ?? true;
      if (answer === 'hang') return new Promise<void>(() => {});
      return answer ? Promise.resolve() : Promise.reject(new Error('connection refused'));
    },
    close: () => {},
  });
  return {
    intervalMs: 1_000,
    timeoutMs: 500,
    failuresBeforeRestart: 3,
    probe,
    checks: () => calls,
  };
}
const alwaysAnswers = () => scriptedLiveness([]);

/** A stand-in Neo4j whose exit the test decides. */
function fakeNeo4j() {
  let exit: (code: number | null) => void = () => {};
  const exited = new Promise<number | null>((resolve) => (exit = resolve));
  const kill = vi.fn(() => exit(null));
  const neo4j: EmbeddedNeo4j = {
    uri: 'bolt://127.0.0.1:7687',
    pid: 1,
    exited,
    stop: async () => exit(0),
    kill,
  };
  return { neo4j, exit, kill };
}

/** A start that gives these JVMs one after another, and then fails as an occupied port would. */
function startsOf(...jvms: EmbeddedNeo4j[]) {
  const start = vi.fn<(options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>>();
  for (const jvm of jvms) start.mockResolvedValueOnce(jvm);
  return start.mockRejectedValue(new Error('port in use'));
}

describe('superviseNeo4j', () => {
  it('starts Neo4j again on the same options when it exits, and reports meanwhile', async () => {
    vi.useFakeTimers();
    const first = fakeNeo4j();
    const second = fakeNeo4j();
    const start = startsOf(first.neo4j, second.neo4j);
    const supervised = await superviseNeo4j(start, OPTIONS, quiet, alwaysAnswers());
    first.exit(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(supervised.supervision()).toMatchObject({
      state: 'restarting',
      attempt: 1,
      lastExit: 'killed by a signal',
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(start).toHaveBeenLastCalledWith(OPTIONS);
    expect(supervised.supervision()).toEqual({ state: 'running', restarts: 1 });
    await supervised.stop();
    vi.useRealTimers();
  });

  it('gives up when every attempt to start it again fails', async () => {
    vi.useFakeTimers();
    const first = fakeNeo4j();
    const start = startsOf(first.neo4j);
    const supervised = await superviseNeo4j(start, OPTIONS, quiet, alwaysAnswers());
    first.exit(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await supervised.gaveUp).message).toMatch(/exit code 1.*could not be started again/);
    expect(supervised.supervision().state).toBe('failed');
    vi.useRealTimers();
  });

  it('kills a Neo4j that stops answering and starts it again the way it does after an exit', async () => {
    vi.useFakeTimers();
    const first = fakeNeo4j();
    const second = fakeNeo4j();
    const start = startsOf(first.neo4j, second.neo4j);
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    // One refused probe, an answer (the count starts again), then three without an answer.
    const liveness = scriptedLiveness([false, true, 'hang', false, 'hang']);
    const supervised = await superviseNeo4j(start, OPTIONS, log, liveness);

    // 1 s: refused, and at once answered; 2 s: hangs until 2.5 s, at once refused, then hangs.
    await vi.advanceTimersByTimeAsync(2_900);
    expect(liveness.checks()).toBe(5);
    expect(first.kill).not.toHaveBeenCalled();
    expect(supervised.supervision()).toEqual({ state: 'running', restarts: 0 });
    await vi.advanceTimersByTimeAsync(200);
    expect(first.kill).toHaveBeenCalledOnce();
    expect(supervised.supervision()).toMatchObject({
      state: 'restarting',
      lastExit: expect.stringMatching(/unresponsive: 3 liveness probes/),
    });
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/does not answer: killing it/));
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/no answer within 500 ms/));
    expect(log.info).toHaveBeenCalledWith(
      expect.stringMatching(/answers its liveness probe again/),
    );

    await vi.advanceTimersByTimeAsync(500);
    expect(start).toHaveBeenCalledTimes(2);
    expect(supervised.supervision()).toEqual({ state: 'running', restarts: 1 });
    // The new JVM gets probes of its own; the one killed gets none.
    const checksBefore = liveness.checks();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(liveness.checks()).toBe(checksBefore + 3);
    expect(second.kill).not.toHaveBeenCalled();
    await supervised.stop();
    vi.useRealTimers();
  });

  it('stops probing once asked to stop', async () => {
    vi.useFakeTimers();
    const first = fakeNeo4j();
    const start = startsOf(first.neo4j);
    const liveness = scriptedLiveness([false, false, false]);
    const supervised = await superviseNeo4j(start, OPTIONS, quiet, liveness);
    await supervised.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(liveness.checks()).toBe(0);
    expect(first.kill).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
