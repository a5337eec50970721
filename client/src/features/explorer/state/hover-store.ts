import { createStore, useStore } from '../../../lib/create-store';

/** The node under the pointer, in canvas-container pixels; never part of the canvas state. */
export type Hover = { nodeId: string; x: number; y: number } | null;

export const hoverStore = createStore<Hover>(null);

export const setHover = (hover: Hover) => hoverStore.update(() => hover);

const identity = (hover: Hover) => hover;
export const useHover = () => useStore(hoverStore, identity);
