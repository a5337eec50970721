import type { Viewport } from '@parley/graph-schema';
import type { Core } from 'cytoscape';

const CAMERA_MS = 400;
const ZOOM_STEP_MS = 180;
const FIT_PADDING_PX = 40;
/** A fitted handful of nodes should not balloon to fill the screen. */
const FIT_MAX_ZOOM = 1.3;

export type CameraOptions = { animate: boolean };
export type FitOptions = CameraOptions & {
  /**
   * The first view never zooms out below this, even when the graph does not fit: its main
   * names stay readable and the rest is a pan (or "Fit all") away.
   */
  floorZoom?: number;
};

const animateOrJump = (
  cy: Core,
  target: { zoom: number; pan: { x: number; y: number } },
  animate: boolean,
) => {
  if (animate) cy.animate(target, { duration: CAMERA_MS });
  else cy.viewport(target);
};

/**
 * Fits the whole graph, never zooming in further than FIT_MAX_ZOOM nor out below `floorZoom`.
 */
export function fitGraph(cy: Core, { animate, floorZoom }: FitOptions): void {
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const box = nodes.boundingBox({});
  const width = cy.width() - 2 * FIT_PADDING_PX;
  const height = cy.height() - 2 * FIT_PADDING_PX;
  if (width <= 0 || height <= 0) return;
  const fitting = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const floor = Math.max(cy.minZoom(), floorZoom ?? 0);
  const zoom = Math.max(floor, Math.min(FIT_MAX_ZOOM, fitting));
  const centreX = (box.x1 + box.x2) / 2;
  const centreY = (box.y1 + box.y2) / 2;
  const pan = { x: cy.width() / 2 - zoom * centreX, y: cy.height() / 2 - zoom * centreY };
  animateOrJump(cy, { zoom, pan }, animate);
}

type CameraTarget = { zoom: number; pan: { x: number; y: number } };
/** Where a gliding zoom step is headed, so that the next step starts from there. */
const gliding = new WeakMap<Core, CameraTarget>();

/** Zooms by `factor` about the middle of the canvas; a step pressed mid-glide adds to it. */
export function zoomAboutCentre(cy: Core, factor: number, { animate }: CameraOptions): void {
  const from = (cy.animated() && gliding.get(cy)) || { zoom: cy.zoom(), pan: cy.pan() };
  cy.stop(true, false);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from.zoom * factor));
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const scale = zoom / from.zoom;
  const target = {
    zoom,
    pan: {
      x: centre.x - (centre.x - from.pan.x) * scale,
      y: centre.y - (centre.y - from.pan.y) * scale,
    },
  };
  gliding.set(cy, target);
  if (animate) cy.animate(target, { duration: ZOOM_STEP_MS });
  else cy.viewport(target);
}

/** Centres one node, zooming in to a readable level if the view is further out. */
export function centreOn(
  cy: Core,
  nodeId: string,
  minZoom: number,
  { animate }: CameraOptions,
): void {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), minZoom);
  const { x, y } = node.position();
  const pan = { x: cy.width() / 2 - zoom * x, y: cy.height() / 2 - zoom * y };
  animateOrJump(cy, { zoom, pan }, animate);
}

/** The camera as a shareable viewport: the model point at the centre, relative to the anchor. */
export function readViewport(cy: Core, anchorId: string | null): Viewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const centre = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  const anchor = anchorId ? cy.getElementById(anchorId) : cy.collection();
  if (anchorId === null || anchor.empty()) return { zoom, ...centre, anchorId: null };
  const at = anchor.position();
  return { zoom, x: centre.x - at.x, y: centre.y - at.y, anchorId };
}

/** Puts the camera where a shared viewport says; false when its anchor is not on the canvas. */
export function applyViewport(cy: Core, viewport: Viewport): boolean {
  let { x, y } = viewport;
  if (viewport.anchorId !== null) {
    const anchor = cy.getElementById(viewport.anchorId);
    if (anchor.empty()) return false;
    x += anchor.position().x;
    y += anchor.position().y;
  }
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), viewport.zoom));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * x, y: cy.height() / 2 - zoom * y } });
  return true;
}
