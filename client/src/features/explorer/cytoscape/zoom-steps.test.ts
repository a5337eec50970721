import { describe, expect, it } from 'vitest';
import { cytoscapeWheelDelta, wheelZoomFactor, ZOOM_STEP } from './zoom-steps';

describe('wheel zoom', () => {
  it('goes 4× in with five notches of a mouse wheel, and back out with five', () => {
    const five = (deltaY: number) => wheelZoomFactor(deltaY, 0) ** 5;
    expect(five(-100)).toBeCloseTo(4, 6);
    expect(five(100)).toBeCloseTo(1 / 4, 6);
  });

  it('reads line and page deltas, and zooms a touchpad by its small deltas', () => {
    expect(wheelZoomFactor(-2.5, 1)).toBeCloseTo(ZOOM_STEP, 6);
    expect(wheelZoomFactor(-4, 0)).toBeGreaterThan(1);
    expect(wheelZoomFactor(-4, 0)).toBeLessThan(1.02);
  });

  it('never zooms more than two notches at once', () => {
    expect(wheelZoomFactor(-5000, 0)).toBeCloseTo(ZOOM_STEP ** 2, 6);
  });

  it("sizes the delta that Cytoscape's handler turns into that factor", () => {
    expect(10 ** (-cytoscapeWheelDelta(ZOOM_STEP) / 250)).toBeCloseTo(ZOOM_STEP, 9);
  });
});
