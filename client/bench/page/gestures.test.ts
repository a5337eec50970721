import { describe, expect, it } from 'vitest';
import { cameraAt, wheelDeltaY, type Camera } from './gestures';

const start: Camera = { zoom: 0.5, pan: { x: 100, y: -40 } };
const view = { width: 1280, height: 800, maxZoom: 3 };
/** The model point drawn at the view's centre. */
const centreOf = (camera: Camera) => ({
  x: (view.width / 2 - camera.pan.x) / camera.zoom,
  y: (view.height / 2 - camera.pan.y) / camera.zoom,
});

describe('cameraAt', () => {
  it('pans round a circle at a fixed zoom, back to the start', () => {
    const halfway = cameraAt('pan', start, view, 1_500);
    expect(halfway.zoom).toBe(start.zoom);
    expect(Math.hypot(halfway.pan.x - start.pan.x, halfway.pan.y - start.pan.y)).toBeGreaterThan(
      100,
    );
    const round = cameraAt('pan', start, view, 3_000);
    expect(round.pan.x).toBeCloseTo(start.pan.x);
    expect(round.pan.y).toBeCloseTo(start.pan.y);
  });

  it('zooms in about the centre of the view, no further than the maximum, and back out', () => {
    const deepest = cameraAt('zoom', start, view, 2_000);
    expect(deepest.zoom).toBe(view.maxZoom);
    expect(centreOf(deepest).x).toBeCloseTo(centreOf(start).x);
    expect(centreOf(deepest).y).toBeCloseTo(centreOf(start).y);
    expect(cameraAt('zoom', start, view, 4_000).zoom).toBeCloseTo(start.zoom);
  });
});

describe('wheelDeltaY', () => {
  it("gives the delta that Cytoscape's wheel handler turns into the zoom asked for", () => {
    const zoomAfterWheel = (zoom: number, deltaY: number) => zoom * 10 ** (-deltaY / 250);
    expect(zoomAfterWheel(0.5, wheelDeltaY(0.5, 0.6))).toBeCloseTo(0.6);
    expect(wheelDeltaY(0.5, 0.6)).toBeLessThan(0);
    expect(wheelDeltaY(0.6, 0.5)).toBeGreaterThan(0);
    expect(wheelDeltaY(2, 2)).toBeCloseTo(0);
  });

  it('refuses zoom levels that are not positive', () => {
    expect(() => wheelDeltaY(0, 1)).toThrow(/positive, got 0 and 1/);
    expect(() => wheelDeltaY(1, Number.NaN)).toThrow(/positive/);
  });
});
