import { useEffect, useLayoutEffect, useRef } from 'react';
import { useStore } from '../../../lib/create-store';
import { CanvasEventsController } from '../controllers/canvas-events-controller';
import { useCytoscape } from '../controllers/cytoscape-context';
import { GraphSyncController } from '../controllers/graph-sync-controller';
import { LabelController } from '../controllers/label-controller';
import { PlacementController } from '../controllers/placement-controller';
import { SelectionController } from '../controllers/selection-controller';
import { useWheelZoom } from '../controllers/use-wheel-zoom';
import { ViewportController } from '../controllers/viewport-controller';
import { preloadDefaultLayout } from '../cytoscape/layouts';
import { useExplorerData } from '../data/explorer-data';
import { placementStore, type Placement } from '../state/placement-store';
import { CanvasStatus } from './canvas-status';
import { CanvasToolbar } from './canvas-toolbar';
import { NodeTooltip } from './node-tooltip';
import { Timeline } from './timeline';
import { ViewNoticeBanner } from './view-notice-banner';
import { ZoomControls } from './zoom-controls';

const selectCamera = (placement: Placement) =>
  placement.cameraPending ? 'pending' : placement.viewport ? 'placed' : 'unset';
const selectViewport = (placement: Placement) => placement.viewport;

/** The canvas: the page's Cytoscape instance mounted here, driven by controllers. */
export function GraphCanvas() {
  const cy = useCytoscape();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { elements, state } = useExplorerData();
  const camera = useStore(placementStore, selectCamera);
  const viewport = useStore(placementStore, selectViewport);

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
  useWheelZoom(cy, stage);

  const summary = `${elements.nodes.length} nodes and ${elements.edges.length} edges on the canvas`;
  return (
    <>
      <section className="canvas-area" aria-label="Graph">
        <CanvasToolbar />
        <div ref={stage} className="canvas-stage">
          <div
            ref={container}
            className="graph-canvas"
            data-mode={state.mode}
            // The recorded camera, for end-to-end tests and for debugging a shared view.
            data-camera={camera}
            data-viewport={viewport ? JSON.stringify(viewport) : undefined}
            role="img"
            aria-label={`Graph canvas, ${summary}. Select nodes with the search or the details panel.`}
          />
          <ZoomControls />
          <NodeTooltip />
          <ViewNoticeBanner />
          <CanvasStatus summary={summary} />
        </div>
        <Timeline />
      </section>
      <GraphSyncController />
      <SelectionController />
      <CanvasEventsController />
      <ViewportController />
      <PlacementController />
      <LabelController />
    </>
  );
}
