import { createStore, useStore } from '../../../lib/create-store';

/**
 * The node whose context menu is open, and where, in canvas-container pixels; in the right or
 * bottom half of the canvas the menu opens leftwards or upwards, so it stays on the canvas.
 */
export type ContextMenuAt = {
  nodeId: string;
  x: number;
  y: number;
  leftwards: boolean;
  upwards: boolean;
} | null;

export const contextMenuStore = createStore<ContextMenuAt>(null);

export const openContextMenu = (
  nodeId: string,
  at: { x: number; y: number },
  canvas: { width: number; height: number },
) =>
  contextMenuStore.update(() => ({
    nodeId,
    ...at,
    leftwards: at.x > canvas.width / 2,
    upwards: at.y > canvas.height / 2,
  }));
export const closeContextMenu = () => contextMenuStore.update(() => null);

const identity = (at: ContextMenuAt) => at;
export const useContextMenu = () => useStore(contextMenuStore, identity);
