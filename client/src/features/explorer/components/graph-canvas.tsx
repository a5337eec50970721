import { useEffect, useLayoutEffect, useRef } from 'react';
import { useStore } from '../../../lib/create-store';
import { CanvasEventsController } from '../controllers/canvas-events-controller';
import { useCytoscape } from '../controllers/cytoscape-context';
import { GraphSyncController } from '../controllers/graph-sync-controller';
import { LabelController } from '../controllers/label-controller';
import { PlacementController } from '../controllers/placement-controller';
import { SelectionController } from '../controllers/selection-controller';
import { useCanvasKeyboard } from '../controllers/use-canvas-keyboard';
import { useWheelZoom } from '../controllers/use-wheel-zoom';
import { ViewportController } from '../controllers/viewport-controller';
import { preloadDefaultLayout } from '../cytoscape/layouts';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { placementStore, type Placement } from '../state/placement-store';
import { CanvasAnnouncer } from './canvas-announcer';
import { CanvasStatus } from './canvas-status';
import { CanvasToolbar } from './canvas-toolbar';
import { NodeContextMenu } from './node-context-menu';
import { NodeTooltip } from './node-tooltip';
import { SelectionBar, type RenderSelectionExport } from './selection-bar';
import { Timeline } from './timeline';
import { HiddenSelectionNotice } from './hidden-selection-notice';
import { ViewNoticeBanner } from './view-notice-banner';
import { ZoomControls } from './zoom-controls';

const selectCamera = (placement: Placement) =>
  placement.cameraPending ? 'pending' : placement.viewport ? 'placed' : 'unset';
const selectViewport = (placement: Placement) => placement.viewport;

export type GraphCanvasProps = {
  /** Enter on the canvas: take the reader to the selected node's details. */
  onOpenDetails: () => void;
  /** The export menu for the selection bar, from the export feature. */
  renderSelectionExport: RenderSelectionExport;
};

/** The canvas: the page's Cytoscape instance mounted here, driven by controllers. */
export function GraphCanvas({ onOpenDetails, renderSelectionExport }: GraphCanvasProps) {
  const cy = useCytoscape();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { elements, state } = useExplorerData();
  const commands = useCanvasCommands();
  const selectedId = state.selection?.type === 'node' ? state.selection.id : null;
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
  useCanvasKeyboard(cy, container, { commands, selectedId, onOpenDetails });

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
            tabIndex={0}
            role="application"
            aria-roledescription="graph"
            aria-label={`Graph canvas, ${summary}`}
            aria-describedby="graph-canvas-keys"
          />
          <p id="graph-canvas-keys" className="visually-hidden">
            Arrow keys move the selection to the nearest node that way; Enter opens its details; E
            expands, C collapses, H hides it; the Menu key or Shift+F10 opens its actions.
            Shift-click or shift-drag selects several nodes.
          </p>
          <SelectionBar renderExport={renderSelectionExport} />
          <ZoomControls />
          <NodeTooltip />
          <NodeContextMenu returnFocusTo={container} />
          <CanvasAnnouncer />
          <ViewNoticeBanner />
          <HiddenSelectionNotice />
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
