import { createStore, useStore } from '../../../lib/create-store';
import type { NodeSelection } from './node-selection';

/** The nodes chosen together, and those pinned where they are drawn; neither is undone or shared. */
type SelectionState = { chosen: NodeSelection; pinned: ReadonlySet<string> };

export const nodeSelectionStore = createStore<SelectionState>({ chosen: [], pinned: new Set() });

export const setChosen = (chosen: NodeSelection) =>
  nodeSelectionStore.update((state) => (state.chosen === chosen ? state : { ...state, chosen }));

export const clearChosen = () => setChosen([]);

/** Pins the nodes, or unpins them when every one of them is pinned already. */
export const togglePinned = (ids: readonly string[]) =>
  nodeSelectionStore.update((state) => {
    const pinned = new Set(state.pinned);
    const unpin = ids.every((id) => pinned.has(id));
    for (const id of ids) {
      if (unpin) pinned.delete(id);
      else pinned.add(id);
    }
    return { ...state, pinned };
  });

const selectChosen = (state: SelectionState) => state.chosen;
const selectPinned = (state: SelectionState) => state.pinned;
export const useChosenNodes = () => useStore(nodeSelectionStore, selectChosen);
export const usePinnedNodes = () => useStore(nodeSelectionStore, selectPinned);
