import { useEffect, useRef } from 'react';
import { fitGraph } from '../cytoscape/camera';
import { animatesSmoothly } from '../cytoscape/motion';
import { useFitRequests } from '../state/viewport-requests';
import { useCytoscape } from './cytoscape-context';

/** Carries out camera requests made outside the canvas. Renders nothing. */
export function ViewportController() {
  const cy = useCytoscape();
  const fit = useFitRequests();
  const handled = useRef(fit);
  useEffect(() => {
    if (handled.current === fit) return;
    handled.current = fit;
    fitGraph(cy, { animate: animatesSmoothly(cy) });
  }, [cy, fit]);
  return null;
}
