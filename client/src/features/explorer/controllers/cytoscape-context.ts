import type { Core } from 'cytoscape';
import { createContext, use } from 'react';

export const CytoscapeContext = createContext<Core | null>(null);

/** The one Cytoscape instance of the page, for controllers below the canvas. */
export function useCytoscape(): Core {
  const cy = use(CytoscapeContext);
  if (!cy) throw new Error('useCytoscape needs the GraphCanvas above it');
  return cy;
}
