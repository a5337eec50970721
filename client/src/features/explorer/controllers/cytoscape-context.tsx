import cytoscape, { type Core } from 'cytoscape';
import { createContext, use, useState, type ReactNode } from 'react';
import { canvasStylesheet } from '../cytoscape/stylesheet';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;

const CytoscapeContext = createContext<Core | null>(null);

function createCytoscape() {
  return cytoscape({
    style: canvasStylesheet,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    // Selection lives in the canvas state (undoable, shareable), not in Cytoscape.
    autounselectify: true,
  });
}

/**
 * The one Cytoscape instance of the page, for its life. Provided above the canvas so that what
 * sits beside it (exports) can read the drawing too; the canvas mounts it into its container.
 */
export function CytoscapeProvider({ children }: { children: ReactNode }) {
  const [cy] = useState(createCytoscape);
  return <CytoscapeContext value={cy}>{children}</CytoscapeContext>;
}

export function useCytoscape(): Core {
  const cy = use(CytoscapeContext);
  if (!cy) throw new Error('useCytoscape needs a CytoscapeProvider above it');
  return cy;
}
