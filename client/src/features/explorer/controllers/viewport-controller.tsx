import { useEffect, useRef } from 'react';
import { fitGraph, zoomAboutCentre } from '../cytoscape/camera';
import { animatesSmoothly } from '../cytoscape/motion';
import { ZOOM_STEP } from '../cytoscape/zoom-steps';
import { useViewportRequest } from '../state/viewport-requests';
import { useCytoscape } from './cytoscape-context';

/** Carries out camera requests made outside the canvas. Renders nothing. */
export function ViewportController() {
  const cy = useCytoscape();
  const request = useViewportRequest();
  const handled = useRef(request);
  useEffect(() => {
    if (handled.current === request || request === null) return;
    handled.current = request;
    const animate = animatesSmoothly(cy);
    if (request.kind === 'fit') fitGraph(cy, { animate });
    else zoomAboutCentre(cy, request.kind === 'zoom-in' ? ZOOM_STEP : 1 / ZOOM_STEP, { animate });
  }, [cy, request]);
  return null;
}
