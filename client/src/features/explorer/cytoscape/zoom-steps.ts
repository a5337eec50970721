/**
 * One wheel notch or one press of + / − zooms by this factor: five of them go 4× in, where
 * Cytoscape's own wheel handler needed about fifty.
 */
export const ZOOM_STEP = 4 ** (1 / 5);
/** A mouse wheel notch, in CSS pixels of `deltaY`. */
const NOTCH_PX = 100;
const LINE_PX = 40;
const PAGE_PX = 800;
/** One event never zooms more than two notches, however large its delta. */
const MAX_NOTCHES_PER_EVENT = 2;
/** Cytoscape's wheel handler zooms by 10^(−deltaY / this) for a pixel delta it trusts. */
const CYTOSCAPE_PIXELS_PER_DECADE = 250;

/** The zoom factor a wheel event asks for: a notch is ZOOM_STEP, a touchpad's small deltas less. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const perUnit = deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1;
  const notches = (deltaY * perUnit) / NOTCH_PX;
  const bounded = Math.max(-MAX_NOTCHES_PER_EVENT, Math.min(MAX_NOTCHES_PER_EVENT, notches));
  return ZOOM_STEP ** -bounded;
}

/** The pixel `deltaY` that makes Cytoscape's wheel handler zoom by `factor`. */
export const cytoscapeWheelDelta = (factor: number) =>
  -CYTOSCAPE_PIXELS_PER_DECADE * Math.log10(factor);
