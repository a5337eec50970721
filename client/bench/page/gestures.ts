export const GESTURES = ['pan', 'zoom', 'wheel-zoom'] as const;
export type Gesture = (typeof GESTURES)[number];
/** The gestures that set the camera directly, bypassing Cytoscape's input handlers. */
export type CameraGesture = Exclude<Gesture, 'wheel-zoom'>;

export type Camera = { zoom: number; pan: { x: number; y: number } };
export type View = { width: number; height: number; maxZoom: number };

/** How long one round of each gesture takes, back to where it started. */
export const GESTURE_PERIOD_MS: Record<Gesture, number> = {
  pan: 3_000,
  zoom: 4_000,
  'wheel-zoom': 4_000,
};
/** The circle the view pans around, as a share of its shorter side. */
const PAN_RADIUS_SHARE = 0.25;
/** How far in a zoom goes, from the starting zoom, before it comes back out. */
const ZOOM_IN_FACTOR = 8;
/** Cytoscape's wheel handler zooms by 10^(−deltaY / this) for a pixel delta. */
const CYTOSCAPE_WHEEL_PIXELS_PER_DECADE = 250;

/**
 * The camera `elapsedMs` into a gesture that starts at `start`: panning goes round a circle and
 * back to the start; zooming goes in about the view's centre and back out, as a wheel would.
 */
export function cameraAt(
  gesture: CameraGesture,
  start: Camera,
  view: View,
  elapsedMs: number,
): Camera {
  if (gesture === 'pan') {
    const phase = (2 * Math.PI * elapsedMs) / GESTURE_PERIOD_MS.pan;
    const radius = PAN_RADIUS_SHARE * Math.min(view.width, view.height);
    return {
      zoom: start.zoom,
      pan: {
        x: start.pan.x + radius * Math.sin(phase),
        y: start.pan.y + radius * (1 - Math.cos(phase)),
      },
    };
  }
  const phase = (2 * Math.PI * elapsedMs) / GESTURE_PERIOD_MS.zoom;
  const zoom = Math.min(start.zoom * ZOOM_IN_FACTOR ** ((1 - Math.cos(phase)) / 2), view.maxZoom);
  const factor = zoom / start.zoom;
  const centre = { x: view.width / 2, y: view.height / 2 };
  return {
    zoom,
    pan: {
      x: centre.x - (centre.x - start.pan.x) * factor,
      y: centre.y - (centre.y - start.pan.y) * factor,
    },
  };
}

/**
 * The `deltaY` of a pixel-mode wheel event that makes Cytoscape (wheel sensitivity 1) zoom from
 * `fromZoom` to `toZoom`: negative zooms in, as scrolling up does.
 */
export function wheelDeltaY(fromZoom: number, toZoom: number): number {
  if (!(fromZoom > 0) || !(toZoom > 0))
    throw new Error(`Zoom levels must be positive, got ${fromZoom} and ${toZoom}`);
  return -CYTOSCAPE_WHEEL_PIXELS_PER_DECADE * Math.log10(toZoom / fromZoom);
}
