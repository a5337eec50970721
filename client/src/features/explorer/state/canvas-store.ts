import { createStore, useStore } from '../../../lib/create-store';
import type { CanvasProducer } from './canvas-producers';
import { getEmptyCanvasState, type CanvasState } from './canvas-state';
import { commit, createHistory, redo, replace, undo, type History } from './history';

/** The one canvas store: the present state plus its undo and redo stacks. */
export const canvasStore = createStore<History<CanvasState>>(createHistory(getEmptyCanvasState()));

export const canvasActions = {
  /** A change the user can undo. */
  apply: (producer: CanvasProducer) => canvasStore.update(commit(producer)),
  /** Selection and focus: part of the state, but not worth an undo step of their own. */
  adjust: (producer: CanvasProducer) => canvasStore.update(replace(producer)),
  undo: () => canvasStore.update(undo),
  redo: () => canvasStore.update(redo),
  current: () => canvasStore.get().present,
};

const selectPresent = (history: History<CanvasState>) => history.present;
const selectCanUndo = (history: History<CanvasState>) => history.past.length > 0;
const selectCanRedo = (history: History<CanvasState>) => history.future.length > 0;

export const useCanvasPresent = () => useStore(canvasStore, selectPresent);
export const useCanUndo = () => useStore(canvasStore, selectCanUndo);
export const useCanRedo = () => useStore(canvasStore, selectCanRedo);
