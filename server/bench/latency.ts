export type LatencySummary = { samples: number; p50: number; p95: number; p99: number };

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Times `run` once per input, sequentially, after a warm-up, and summarises the milliseconds. */
export async function measureLatency<T>(
  inputs: T[],
  run: (input: T) => Promise<unknown>,
  warmup = 20,
): Promise<LatencySummary> {
  for (const input of inputs.slice(0, warmup)) await run(input);
  const times: number[] = [];
  for (const input of inputs) {
    const startedMs = performance.now();
    await run(input);
    times.push(performance.now() - startedMs);
  }
  times.sort((a, b) => a - b);
  return {
    samples: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
  };
}
