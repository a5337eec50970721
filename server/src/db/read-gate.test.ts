import { describe, expect, it } from 'vitest';
import { GateRefusedError, ReadGate } from './read-gate';

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'admitted',
    (err: unknown) => (err instanceof GateRefusedError ? err.refusal : 'other'),
  );

describe('ReadGate', () => {
  it('admits up to its slots at once and the next waiter when one leaves', async () => {
    const gate = new ReadGate(2, 1_000);
    const first = await gate.enter();
    await gate.enter();
    let thirdIn = false;
    const third = gate.enter().then((release) => {
      thirdIn = true;
      return release;
    });
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    first();
    first(); // a second release of the same slot frees nothing more
    (await third)();
    expect(thirdIn).toBe(true);
  });

  it('refuses a read that waited longer than it may', async () => {
    const gate = new ReadGate(1, 20);
    await gate.enter();
    expect(await refusalOf(gate.enter())).toBe('full');
  });

  it('drops a waiting read whose client went away, and one already gone', async () => {
    const gate = new ReadGate(1, 10_000);
    const release = await gate.enter();
    const client = new AbortController();
    const waiting = refusalOf(gate.enter(client.signal));
    client.abort();
    expect(await waiting).toBe('abandoned');
    expect(await refusalOf(gate.enter(client.signal))).toBe('abandoned');
    release();
    expect(await refusalOf(gate.enter())).toBe('admitted');
  });
});
