import { describe, expect, it } from 'vitest';
import { frameStats } from './frame-stats';

describe('frameStats', () => {
  it('reads the frame rate and the slow frames from frame timestamps', () => {
    const stamps = [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 300];
    expect(frameStats(stamps)).toEqual({
      frames: 10,
      seconds: 0.3,
      fps: 33.3,
      p50FrameMs: 20,
      p95FrameMs: 120,
      maxFrameMs: 120,
    });
  });

  it('refuses fewer than two frames, which time nothing', () => {
    expect(() => frameStats([16])).toThrow('Need two frames or more to time them, got 1');
  });
});
