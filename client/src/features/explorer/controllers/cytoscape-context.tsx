import cytoscape, { type Core } from 'cytoscape';
import { createContext, use, useState, type ReactNode } from 'react';
import { canvasOptions } from '../cytoscape/canvas-options';
import { markFirstGraphFrame } from '../cytoscape/first-frame-mark';
import { chooseRendererForPage } from '../cytoscape/page-renderer';

const CytoscapeContext = createContext<Core | null>(null);

function createCytoscape() {
  const cy = cytoscape(canvasOptions(chooseRendererForPage()));
  markFirstGraphFrame(cy);
  return cy;
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
