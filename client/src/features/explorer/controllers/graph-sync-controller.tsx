import { useEffect, useRef } from 'react';
import { centreOn, fitGraph } from '../cytoscape/camera';
import { prefersReducedMotion, runLayout, type LayoutRequest } from '../cytoscape/layouts';
import { syncElements, type PositionMemory } from '../cytoscape/sync-elements';
import { useExplorerData } from '../data/explorer-data';
import { effectiveLayout } from '../state/canvas-state';
import { useCytoscape } from './cytoscape-context';

const FOCUS_MIN_ZOOM = 1;

type Camera = 'fit' | 'keep';

/**
 * Keeps the Cytoscape graph equal to what the state shows, by diff, then lays out only what
 * needs it: a new layout when the mode or layout changed, otherwise the new nodes around fixed
 * old ones. Renders nothing.
 */
export function GraphSyncController() {
  const cy = useCytoscape();
  const { elements, state } = useExplorerData();
  const memory = useRef<PositionMemory>(new Map());
  const lastLayoutKey = useRef<string | null>(null);
  const lastCentred = useRef<string | null>(null);
  // Layouts are async and a newer one stops an older one: only the latest pass moves the
  // camera, doing what every pass since the last camera move asked for.
  const generation = useRef(0);
  const pendingFit = useRef(false);

  const name = effectiveLayout(state);
  const { mode, focusNodeId } = state;
  const layoutKey = `${mode}|${name}|${name === 'concentric' ? (focusNodeId ?? '') : ''}`;

  useEffect(() => {
    const before = new Set(cy.nodes().map((n) => n.id()));
    const { addedNodeIds, hadNodes } = syncElements(cy, elements, memory.current);
    const keyChanged = lastLayoutKey.current !== layoutKey;
    lastLayoutKey.current = layoutKey;
    const animate = !prefersReducedMotion();

    const base = { name, focusNodeId, readOldestFirst: mode === 'thread' };
    let request: LayoutRequest | null = null;
    let camera: Camera = 'keep';
    if (!hadNodes && addedNodeIds.length > 0) {
      // First view (or back from empty): nothing to keep a mental map of, so no animation.
      const remembered = addedNodeIds.every((id) => memory.current.has(id));
      request = { ...base, animate: false, randomize: !remembered };
      camera = 'fit';
    } else if (keyChanged && cy.nodes().nonempty()) {
      request = { ...base, animate };
      camera = 'fit';
    } else if (addedNodeIds.length > 0) {
      request = { ...base, animate, fixedNodeIds: name === 'fcose' ? before : undefined };
    }

    const pass = ++generation.current;
    if (camera === 'fit') pendingFit.current = true;

    const afterLayout = () => {
      if (cy.destroyed() || pass !== generation.current) return;
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
      if (fit) return fitGraph(cy, { animate: animate && hadNodes });
      const added = new Set(addedNodeIds);
      const view = cy.extent();
      let outOfView = false;
      cy.nodes().forEach((node) => {
        if (!added.has(node.id())) return;
        const { x, y } = node.position();
        if (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2) outOfView = true;
      });
      if (outOfView) fitGraph(cy, { animate });
    };
    if (request) void runLayout(cy, request).then(afterLayout);
    else afterLayout();
  }, [cy, elements, layoutKey, name, mode, focusNodeId]);

  return null;
}
