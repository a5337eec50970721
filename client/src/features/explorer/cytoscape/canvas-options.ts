import type { CytoscapeOptions } from 'cytoscape';
import type { RendererName } from './renderer-choice';
import { canvasStylesheet } from './stylesheet';

const MIN_ZOOM = 0.1;
/** Five wheel notches from 1× (zoom-steps.ts). */
const MAX_ZOOM = 4;

/** The explorer's Cytoscape options; the frame-rate benchmark draws with the same ones. */
export function canvasOptions(renderer: RendererName): CytoscapeOptions {
  return {
    // WebGL is a mode of the canvas renderer, read when the canvas mounts.
    webgl: renderer === 'webgl',
    // Wheel and pinch zooms scale one bitmap of the view until the gesture stops, instead of
    // drawing every element each frame: 57 fps against 29 at 5k elements, 49 against 3 at 20k.
    textureOnViewport: true,
    style: canvasStylesheet,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    // Shift-drag draws a box (a plain drag still pans); its nodes join the selection.
    boxSelectionEnabled: true,
    // Selection lives in the canvas state and the selection store, not in Cytoscape.
    autounselectify: true,
  };
}
