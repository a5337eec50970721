import { describe, expect, it } from 'vitest';
import { measureLatency, percentile } from './latency';

describe('percentile', () => {
  it('picks the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('measureLatency', () => {
  it('runs every input once after the warm-up and reports percentiles', async () => {
    const seen: number[] = [];
    const summary = await measureLatency([1, 2, 3], async (n) => seen.push(n), 1);
    expect(seen).toEqual([1, 1, 2, 3]);
    expect(summary.samples).toBe(3);
    expect(summary.p99).toBeGreaterThanOrEqual(summary.p50);
  });
});
