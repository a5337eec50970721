import { describe, expect, it, vi } from 'vitest';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded-neo4j';
import { superviseNeo4j } from './supervisor';

const OPTIONS: EmbeddedNeo4jOptions = {
  dataDir: '/tmp/none',
  boltPort: 7687,
  heap: '256m',
  pageCache: '64m',
};
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/** A stand-in Neo4j whose exit the test decides. */
function fakeNeo4j() {
  let exit: (code: number | null) => void = () => {};
  const exited = new Promise<number | null>((resolve) => (exit = resolve));
  const neo4j: EmbeddedNeo4j = {
    uri: 'bolt://127.0.0.1:7687',
    pid: 1,
    exited,
    stop: async () => exit(0),
  };
  return { neo4j, exit };
}

describe('superviseNeo4j', () => {
  it('starts Neo4j again on the same options when it exits, and reports meanwhile', async () => {
    vi.useFakeTimers();
    const first = fakeNeo4j();
    const second = fakeNeo4j();
    const start = vi
      .fn<(options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>>()
      .mockResolvedValueOnce(first.neo4j)
      .mockResolvedValueOnce(second.neo4j);
    const supervised = await superviseNeo4j(start, OPTIONS, quiet);
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
    const start = vi
      .fn<(options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>>()
      .mockResolvedValueOnce(first.neo4j)
      .mockRejectedValue(new Error('port in use'));
    const supervised = await superviseNeo4j(start, OPTIONS, quiet);
    first.exit(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await supervised.gaveUp).message).toMatch(/exit code 1.*could not be started again/);
    expect(supervised.supervision().state).toBe('failed');
    vi.useRealTimers();
  });
});
