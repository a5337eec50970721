import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { cytoscapeWheelDelta, wheelZoomFactor } from '../cytoscape/zoom-steps';

/**
 * Cytoscape decides from the first four wheel events it sees whether the device is a coarse
 * mouse wheel, and then zooms about 3 % a notch (fifteen notches: 0.52× to 0.84×). So the page
 * takes the reader's wheel events first, on an element around Cytoscape's container, and hands
 * Cytoscape one of its own per event, sized to zoom by `wheelZoomFactor`. Cytoscape's handler
 * still does the zooming, so a wheel gesture keeps its fast drawing (`textureOnViewport`).
 * Four imperceptible events before the first one settle Cytoscape's sampling on "precise".
 */
const SAMPLED_EVENTS = 4;
const IMPERCEPTIBLE_DELTA = 0.001;

function wheelLike(source: WheelEvent, deltaY: number): WheelEvent {
  return new WheelEvent('wheel', {
    deltaY,
    deltaMode: WheelEvent.DOM_DELTA_PIXEL,
    clientX: source.clientX,
    clientY: source.clientY,
    bubbles: true,
    cancelable: true,
  });
}

export function useWheelZoom(cy: Core, around: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = around.current;
    if (!element) return;
    let primed = false;
    const onWheel = (event: WheelEvent) => {
      const container = cy.container();
      // Ours (re-sent below) or outside the canvas: Cytoscape's own handler takes it.
      if (!event.isTrusted || !container || !container.contains(event.target as Node)) return;
      event.stopPropagation();
      event.preventDefault();
      if (event.deltaY === 0) return;
      if (!primed) {
        primed = true;
        for (let i = 0; i < SAMPLED_EVENTS; i++)
          container.dispatchEvent(wheelLike(event, IMPERCEPTIBLE_DELTA));
      }
      const factor = wheelZoomFactor(event.deltaY, event.deltaMode);
      container.dispatchEvent(wheelLike(event, cytoscapeWheelDelta(factor)));
    };
    element.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => element.removeEventListener('wheel', onWheel, { capture: true });
  }, [cy, around]);
}
