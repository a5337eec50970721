import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useStore } from '../../../lib/create-store';
import { applyArrangement } from '../cytoscape/arrangement';
import { applyViewport, centreOn, fitGraph } from '../cytoscape/camera';
import { runLayout, type LayoutRequest } from '../cytoscape/layouts';
import { animatesSmoothly } from '../cytoscape/motion';
import { MAIN_LABEL_ZOOM } from '../cytoscape/stylesheet';
import { syncElements, type PositionMemory } from '../cytoscape/sync-elements';
import { useExplorerData } from '../data/explorer-data';
import { effectiveLayout } from '../state/canvas-state';
import {
  cameraPlaced,
  placementStore,
  withoutPositions,
  type Placement,
} from '../state/placement-store';
import { useCytoscape } from './cytoscape-context';

const FOCUS_MIN_ZOOM = 1;

type Camera = 'fit' | 'keep';

const selectCameraPending = (placement: Placement) => placement.cameraPending;

/** Nodes the reader dragged go back where they were put, whatever the layout did. */
function placeByHand(cy: Core, positions: Placement['positions']) {
  cy.batch(() => {
    for (const [id, position] of Object.entries(positions)) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.position({ ...position });
    }
  });
}

/**
 * Keeps the Cytoscape graph equal to what the state shows, by diff, then lays out only what
 * needs it: a new layout when the mode or layout changed, otherwise the new nodes around fixed
 * old ones. An opened view's camera waits for the last of its data. Renders nothing.
 */
export function GraphSyncController() {
  const cy = useCytoscape();
  const { elements, state, graph } = useExplorerData();
  const cameraPending = useStore(placementStore, selectCameraPending);
  const memory = useRef<PositionMemory>(new Map());
  const lastLayoutKey = useRef<string | null>(null);
  const lastCentred = useRef<string | null>(null);
  // Layouts are async and a newer one stops an older one: only the latest pass moves the
  // camera, doing what every pass since the last camera move asked for.
  const generation = useRef(0);
  const pendingFit = useRef(false);
  /** Layouts started and not yet stopped, whichever pass started them. */
  const layoutsInFlight = useRef(0);
  const loadingNow = useRef(graph.loading);

  const name = effectiveLayout(state);
  const { mode, focusNodeId, nodeSize } = state;
  // Nodes sized otherwise need room of another size: that is a new layout too.
  const layoutKey = `${mode}|${name}|${name === 'concentric' ? (focusNodeId ?? '') : ''}|${nodeSize}`;

  const lastFocus = useRef(focusNodeId);
  useEffect(() => {
    loadingNow.current = graph.loading;
    lastFocus.current = focusNodeId;
  }, [graph.loading, focusNodeId]);

  /**
   * An opened view's picture and camera, once its last data is drawn and laid out: the nodes
   * where the arrangement had them (when the same nodes are drawn), then the camera. Kept in a
   * ref so that both effects below call it without re-running on what it reads.
   */
  const placeOpenedView = useRef(() => {
    const placement = placementStore.get();
    if (!placement.cameraPending || loadingNow.current || layoutsInFlight.current > 0) return;
    if (placement.arrangement) applyArrangement(cy, placement.arrangement);
    placeByHand(cy, placement.positions);
    const placed = placement.viewport !== null && applyViewport(cy, placement.viewport);
    if (!placed) fitGraph(cy, { animate: false, floorZoom: MAIN_LABEL_ZOOM });
    pendingFit.current = false;
    lastCentred.current = lastFocus.current;
    placementStore.update(cameraPlaced);
  });

  useEffect(() => {
    // A layout that moves every node undoes hand placements, except while a view opens: its
    // own placements are put back once its data is in.
    const { positions, cameraPending: opening } = placementStore.get();
    for (const [id, position] of Object.entries(positions)) memory.current.set(id, position);
    const before = new Set(cy.nodes().map((n) => n.id()));
    const { addedNodeIds, hadNodes } = syncElements(cy, elements, memory.current);
    const keyChanged = lastLayoutKey.current !== layoutKey;
    lastLayoutKey.current = layoutKey;
    const animate = animatesSmoothly(cy);

    const base = { name, focusNodeId, readOldestFirst: mode === 'thread' };
    const byHand = new Set(Object.keys(positions));
    let request: LayoutRequest | null = null;
    let camera: Camera = 'keep';
    /** A large first view shows a draft first; the camera then moves to the refined graph. */
    let drafted = false;
    if (!hadNodes && addedNodeIds.length > 0) {
      // First view (or back from empty): nothing to keep a mental map of, so no animation.
      const remembered = addedNodeIds.every((id) => memory.current.has(id));
      const fixed = name === 'fcose' && byHand.size > 0 ? byHand : undefined;
      request = {
        ...base,
        animate: false,
        randomize: !remembered,
        fixedNodeIds: fixed,
        onDraft: () => {
          drafted = true;
          fitGraph(cy, { animate: false, floorZoom: MAIN_LABEL_ZOOM });
        },
      };
      camera = 'fit';
    } else if (keyChanged && cy.nodes().nonempty()) {
      request = { ...base, animate };
      camera = 'fit';
      if (!opening) placementStore.update(withoutPositions());
    } else if (addedNodeIds.length > 0) {
      const fixed = name === 'fcose' ? before : undefined;
      request = { ...base, animate, fixedNodeIds: fixed };
      if (!fixed && !opening) placementStore.update(withoutPositions());
    }

    const pass = ++generation.current;
    if (camera === 'fit') pendingFit.current = true;

    const afterLayout = () => {
      if (cy.destroyed()) return;
      // Whichever layout ends last places an opened view, stale pass or not.
      if (placementStore.get().cameraPending) return placeOpenedView.current();
      if (pass !== generation.current) return;
      const fit = pendingFit.current;
      pendingFit.current = false;
      const focusMoved =
        focusNodeId !== null &&
        lastCentred.current !== focusNodeId &&
        cy.getElementById(focusNodeId).nonempty();
      if (focusMoved) lastCentred.current = focusNodeId;
      // A thread is short: show all of it rather than only its selected statement.
      if (focusMoved && mode !== 'thread') {
        centreOn(cy, focusNodeId, FOCUS_MIN_ZOOM, { animate });
        return;
      }
      if (fit)
        return fitGraph(cy, {
          animate: animate && (hadNodes || drafted),
          floorZoom: MAIN_LABEL_ZOOM,
        });
      const added = new Set(addedNodeIds);
      const view = cy.extent();
      let outOfView = false;
      cy.nodes().forEach((node) => {
        if (!added.has(node.id())) return;
        const { x, y } = node.position();
        if (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2) outOfView = true;
      });
      if (outOfView) fitGraph(cy, { animate, floorZoom: MAIN_LABEL_ZOOM });
    };
    if (request) {
      layoutsInFlight.current += 1;
      void runLayout(cy, request).then(() => {
        layoutsInFlight.current -= 1;
        afterLayout();
      });
    } else afterLayout();
  }, [cy, elements, layoutKey, name, mode, focusNodeId]);

  // Data can finish arriving without changing what is drawn; the camera must not wait forever.
  // Declared after the sync effect, so a layout that same commit starts is known to be running.
  useEffect(() => {
    if (cameraPending && !graph.loading) placeOpenedView.current();
  }, [cameraPending, graph.loading]);

  return null;
}
