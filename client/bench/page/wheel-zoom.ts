/**
 * Zooming the way a reader does, with the mouse wheel: wheel events on Cytoscape's container go
 * through its own wheel handler, which marks the viewport as moved by the user. Only then does
 * the canvas renderer apply its viewport options (`textureOnViewport`, `hideEdgesOnViewport`).
 */
import type { Core } from 'cytoscape';
import { cameraAt, wheelDeltaY, type Camera } from './gestures';
import { nextFrame } from './next-frame';

/** Cytoscape ends a wheel gesture 150 ms after the last event, then draws in full again. */
const WHEEL_GESTURE_END_MS = 150;
/** While a zoom is held for a picture, a wheel event this often keeps the gesture going. */
const HOLD_INTERVAL_MS = 50;
/** A wheel delta too small to change the zoom visibly (10^(−0.01/250) ≈ 0.99991×). */
const IMPERCEPTIBLE_DELTA_Y = 0.01;
/** Frames to wait after a wheel gesture ends: the full redraw, then one to show it. */
const FRAMES_AFTER_GESTURE = 2;

const cameraOf = (cy: Core): Camera => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

function container(cy: Core): HTMLElement {
  const element = cy.container();
  if (!element) throw new Error('Cytoscape has no container to send wheel events to');
  return element;
}

/** One pixel-mode wheel event at the centre of the view, as a mouse over it would send. */
function wheelAtCentre(cy: Core, deltaY: number): void {
  const box = container(cy).getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    deltaY,
    deltaMode: WheelEvent.DOM_DELTA_PIXEL,
    clientX: box.left + box.width / 2,
    clientY: box.top + box.height / 2,
    bubbles: true,
    cancelable: true,
  });
  container(cy).dispatchEvent(event);
}

/** Waits until Cytoscape has ended the wheel gesture and drawn the elements in full again. */
async function afterWheelGesture(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, WHEEL_GESTURE_END_MS));
  for (let i = 0; i < FRAMES_AFTER_GESTURE; i++) await nextFrame();
}

/**
 * Zooms in about the centre and back out over `durationMs` with one wheel event per animation
 * frame, each sized to reach the programmatic zoom's level for that moment (so the range and the
 * pace match it at any frame rate); returns the frame timestamps. Puts the camera back after.
 */
export async function playWheelZoom(cy: Core, durationMs: number): Promise<number[]> {
  const start = cameraOf(cy);
  const view = { width: cy.width(), height: cy.height(), maxZoom: cy.maxZoom() };
  let deepest = start.zoom;
  const stamps = [await nextFrame()];
  while (stamps.at(-1)! - stamps[0]! < durationMs) {
    const target = cameraAt('zoom', start, view, stamps.at(-1)! - stamps[0]!);
    wheelAtCentre(cy, wheelDeltaY(cy.zoom(), target.zoom));
    deepest = Math.max(deepest, cy.zoom());
    stamps.push(await nextFrame());
  }
  await afterWheelGesture();
  if (deepest === start.zoom)
    throw new Error("The wheel events did not zoom: they do not reach Cytoscape's wheel handler");
  cy.viewport(start);
  await nextFrame();
  return stamps;
}

let heldWheel: ReturnType<typeof setInterval> | null = null;

/**
 * Wheels `factor` times closer over a few frames and keeps the gesture going with imperceptible
 * wheel events, so the view can be pictured as it looks during a zoom; `releaseWheelZoom` ends it.
 */
export async function holdWheelZoom(cy: Core, factor: number, frames: number): Promise<void> {
  const target = cy.zoom() * factor;
  for (let i = frames; i > 0; i--) {
    wheelAtCentre(cy, wheelDeltaY(cy.zoom(), cy.zoom() * (target / cy.zoom()) ** (1 / i)));
    await nextFrame();
  }
  heldWheel = setInterval(() => wheelAtCentre(cy, IMPERCEPTIBLE_DELTA_Y), HOLD_INTERVAL_MS);
  await nextFrame();
}

/**
 * Ends a held wheel zoom and waits for the full drawing at the zoom it reached; returns the ms
 * from the last wheel event to that drawing on screen (Cytoscape's 150 ms wait included).
 */
export async function releaseWheelZoom(): Promise<number> {
  if (heldWheel === null) throw new Error('No wheel zoom is held: call holdWheelZoom() first');
  clearInterval(heldWheel);
  heldWheel = null;
  const released = performance.now();
  await afterWheelGesture();
  return performance.now() - released;
}
