export type FrameStats = {
  frames: number;
  seconds: number;
  fps: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Frame rate and frame times from the timestamps of consecutive animation frames. */
export function frameStats(stamps: readonly number[]): FrameStats {
  if (stamps.length < 2)
    throw new Error(`Need two frames or more to time them, got ${stamps.length}`);
  const intervals = stamps.slice(1).map((stamp, i) => stamp - stamps[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  const spanMs = stamps.at(-1)! - stamps[0]!;
  return {
    frames: intervals.length,
    seconds: round1(spanMs / 1000),
    fps: round1((intervals.length * 1000) / spanMs),
    p50FrameMs: round1(at(0.5)),
    p95FrameMs: round1(at(0.95)),
    maxFrameMs: round1(sorted.at(-1)!),
  };
}
