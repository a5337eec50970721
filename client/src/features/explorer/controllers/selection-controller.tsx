import { useEffect } from 'react';
import { useExplorerData } from '../data/explorer-data';
import { pairEdgeId } from '../state/canvas-elements';
import { useCytoscape } from './cytoscape-context';

const SELECTED = 'selected';

/** Shows the state's selection on the canvas (a class, so undo and shared views restore it). */
export function SelectionController() {
  const cy = useCytoscape();
  const { state, elements } = useExplorerData();
  const { selection } = state;

  useEffect(() => {
    let id: string | null = null;
    if (selection?.type === 'node' || selection?.type === 'edge') id = selection.id;
    if (selection?.type === 'pair') id = pairEdgeId(selection.speakerId, selection.addresseeId);
    cy.batch(() => {
      cy.elements(`.${SELECTED}`).removeClass(SELECTED);
      if (id) cy.getElementById(id).addClass(SELECTED);
    });
  }, [cy, selection, elements]);

  return null;
}
