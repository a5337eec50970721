import { getEmptyViewState, type ViewLayout, type ViewState } from '@parley/graph-schema';

/**
 * The part of the shared view state (see graph-schema's view-state.ts) that decides what the
 * canvas shows, kept with undo and redo. The camera and dragged positions live in the
 * placement store instead: they change on every pan, and neither is worth an undo step.
 */
export type CanvasState = Omit<ViewState, 'viewport' | 'arrangement' | 'positions'>;

export function getEmptyCanvasState(): CanvasState {
  const { viewport: _v, arrangement: _a, positions: _p, ...canvas } = getEmptyViewState();
  return canvas;
}

/** The layout the canvas actually runs: threads read top to bottom whatever was chosen. */
export function effectiveLayout(state: Pick<CanvasState, 'mode' | 'layout'>): ViewLayout {
  if (state.mode === 'thread') return 'dagre';
  if (state.mode === 'who-said-what' && state.layout === 'dagre') return 'fcose';
  return state.layout;
}
