import { useEffect } from 'react';
import { useExplorerData } from '../data/explorer-data';
import { useNodeSelection } from '../data/use-node-selection';
import { pairEdgeId } from '../state/canvas-elements';
import { usePinnedNodes } from '../state/node-selection-store';
import { useCytoscape } from './cytoscape-context';

const SELECTED = 'selected';
const PINNED = 'pinned';

/**
 * Shows the selection on the canvas (a class, so undo and shared views restore it), and holds
 * pinned nodes where they are: a locked node is left in place by layouts and drags.
 */
export function SelectionController() {
  const cy = useCytoscape();
  const { state, elements } = useExplorerData();
  const { selection } = state;
  const { ids } = useNodeSelection();
  const pinned = usePinnedNodes();

  useEffect(() => {
    const selected = new Set(ids);
    if (selection?.type === 'edge') selected.add(selection.id);
    if (selection?.type === 'pair')
      selected.add(pairEdgeId(selection.speakerId, selection.addresseeId));
    cy.batch(() => {
      cy.elements(`.${SELECTED}`).removeClass(SELECTED);
      for (const id of selected) cy.getElementById(id).addClass(SELECTED);
    });
  }, [cy, selection, ids, elements]);

  useEffect(() => {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const pin = pinned.has(node.id());
        node.toggleClass(PINNED, pin);
        if (pin) node.lock();
        else node.unlock();
      });
    });
  }, [cy, pinned, elements]);

  return null;
}
