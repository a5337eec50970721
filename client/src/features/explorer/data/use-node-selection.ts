import { useMemo } from 'react';
import { canvasActions } from '../state/canvas-store';
import { selectNode } from '../state/canvas-producers';
import {
  addChosen,
  keepDrawn,
  neighbourIds,
  selectedNodeIds,
  toggleChosen,
  type NodeSelection,
} from '../state/node-selection';
import { nodeSelectionStore, setChosen, useChosenNodes } from '../state/node-selection-store';
import { useExplorerData } from './explorer-data';

export type NodeSelectionCommands = {
  /** The selected nodes still drawn: several once shift-click, a box or the menu chose them. */
  ids: NodeSelection;
  toggle: (id: string) => void;
  add: (ids: readonly string[]) => void;
  selectNeighbours: (id: string) => void;
};

const primaryNode = () => {
  const { selection } = canvasActions.current();
  return selection?.type === 'node' ? selection.id : null;
};

/** Chooses `next`; the details keep their node while it stays chosen, else show the last one. */
function choose(next: NodeSelection) {
  setChosen(next);
  const shown = primaryNode();
  if (shown === null || !next.includes(shown))
    canvasActions.adjust(selectNode(next.at(-1) ?? null));
}

/** Selecting several nodes at once, on top of the one selection the details follow. */
export function useNodeSelection(): NodeSelectionCommands {
  const { elements, state } = useExplorerData();
  const chosen = useChosenNodes();
  const primary = state.selection?.type === 'node' ? state.selection.id : null;
  return useMemo(() => {
    const drawn = new Set(elements.nodes.map((n) => n.id));
    const current = () => nodeSelectionStore.get().chosen;
    return {
      ids: keepDrawn(selectedNodeIds(chosen, primary), drawn),
      toggle: (id) => choose(toggleChosen(keepDrawn(current(), drawn), primaryNode(), id)),
      add: (ids) => choose(addChosen(keepDrawn(current(), drawn), primaryNode(), ids)),
      selectNeighbours: (id) =>
        choose(addChosen([], null, [id, ...neighbourIds(id, elements.edges)])),
    };
  }, [elements, chosen, primary]);
}
