import type { EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { readArrangement } from '../cytoscape/arrangement';
import { readViewport } from '../cytoscape/camera';
import { useExplorerData } from '../data/explorer-data';
import {
  placementStore,
  withPosition,
  withViewport,
  withoutPositions,
} from '../state/placement-store';
import { useCytoscape } from './cytoscape-context';

/** The camera is recorded once it rests: a pan fires dozens of events, the address wants one. */
const CAMERA_SETTLE_MS = 250;

/**
 * Records where things are on screen into the placement store: the camera, relative to the
 * node the reader is looking at (the selection, else the focus), the arrangement of the
 * nodes, and the nodes dragged by hand.
 * Renders nothing.
 */
export function PlacementController() {
  const cy = useCytoscape();
  const { state } = useExplorerData();
  const selected = state.selection?.type === 'node' ? state.selection.id : null;
  const anchorCandidates = useRef<(string | null)[]>([selected, state.focusNodeId]);

  useEffect(() => {
    anchorCandidates.current = [selected, state.focusNodeId];
  }, [selected, state.focusNodeId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const record = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (cy.destroyed() || cy.nodes().empty()) return;
        const anchor = anchorCandidates.current.find(
          (id) => id !== null && cy.getElementById(id).nonempty(),
        );
        placementStore.update(withViewport(readViewport(cy, anchor ?? null), readArrangement(cy)));
      }, CAMERA_SETTLE_MS);
    };
    const onDragged = (event: EventObject) => {
      placementStore.update(withPosition(event.target.id(), { ...event.target.position() }));
      record();
    };
    const onRemoved = (event: EventObject) =>
      placementStore.update(withoutPositions([event.target.id()]));

    cy.on('viewport layoutstop', record);
    cy.on('dragfree', 'node', onDragged);
    cy.on('remove', 'node', onRemoved);
    return () => {
      clearTimeout(timer);
      cy.off('viewport layoutstop', record);
      cy.off('dragfree', 'node', onDragged);
      cy.off('remove', 'node', onRemoved);
    };
  }, [cy]);

  return null;
}
