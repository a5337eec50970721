import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SMOOTH_MOTION_MAX_ELEMENTS, animatesSmoothly } from './motion';

const canvasOf = (nodes: number) =>
  cytoscape({
    headless: true,
    elements: Array.from({ length: nodes }, (_, i) => ({ data: { id: `n${i}` } })),
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('animatesSmoothly', () => {
  it('animates a canvas small enough to draw at frame rate, and not a bigger one', () => {
    expect(animatesSmoothly(canvasOf(SMOOTH_MOTION_MAX_ELEMENTS))).toBe(true);
    expect(animatesSmoothly(canvasOf(SMOOTH_MOTION_MAX_ELEMENTS + 1))).toBe(false);
  });

  it('never animates for a reader who asked for less motion', () => {
    vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
    expect(animatesSmoothly(canvasOf(3))).toBe(false);
  });
});
