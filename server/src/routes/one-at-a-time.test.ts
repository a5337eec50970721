import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

describe('oneAtATime', () => {
  it('runs tasks in the order given, never two at once, past a failing one', async () => {
    const inTurn = oneAtATime();
    const events: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running++;
        events.push(`${name} starts with ${running} running`);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        if (fail) throw new Error(`${name} failed`);
        return name;
      };

    const results = await Promise.allSettled([
      inTurn(task('a')),
      inTurn(task('b', true)),
      inTurn(task('c')),
    ]);

    expect(events).toEqual([
      'a starts with 1 running',
      'b starts with 1 running',
      'c starts with 1 running',
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
