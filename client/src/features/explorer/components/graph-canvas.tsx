import cytoscape from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CanvasEventsController } from '../controllers/canvas-events-controller';
import { CytoscapeContext } from '../controllers/cytoscape-context';
import { GraphSyncController } from '../controllers/graph-sync-controller';
import { SelectionController } from '../controllers/selection-controller';
import { ViewportController } from '../controllers/viewport-controller';
import { preloadDefaultLayout } from '../cytoscape/layouts';
import { canvasStylesheet } from '../cytoscape/stylesheet';
import { useExplorerData } from '../data/explorer-data';
import { CanvasStatus } from './canvas-status';
import { CanvasToolbar } from './canvas-toolbar';
import { NodeTooltip } from './node-tooltip';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;

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

/** The canvas: one Cytoscape instance for the life of the page, driven by controllers. */
export function GraphCanvas() {
  const [cy] = useState(createCytoscape);
  const container = useRef<HTMLDivElement>(null);
  const { elements, state } = useExplorerData();

  useLayoutEffect(() => {
    if (!container.current) return;
    cy.mount(container.current);
    return () => {
      cy.unmount();
    };
  }, [cy]);

  useEffect(() => {
    void preloadDefaultLayout().catch(() => undefined);
  }, []);

  const summary = `${elements.nodes.length} nodes and ${elements.edges.length} edges on the canvas`;
  return (
    <CytoscapeContext value={cy}>
      <section className="canvas-area" aria-label="Graph">
        <CanvasToolbar />
        <div
          ref={container}
          className="graph-canvas"
          data-mode={state.mode}
          role="img"
          aria-label={`Graph canvas, ${summary}. Select nodes with the search or the details panel.`}
        />
        <NodeTooltip />
        <CanvasStatus summary={summary} />
      </section>
      <GraphSyncController />
      <SelectionController />
      <CanvasEventsController />
      <ViewportController />
    </CytoscapeContext>
  );
}
