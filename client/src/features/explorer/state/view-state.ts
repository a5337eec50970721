import type { ViewState } from '@parley/graph-schema';
import type { CanvasState } from './canvas-state';
import type { Placement } from './placement-store';

/** The shareable view: what the canvas shows plus where things are on screen. */
export function toViewState(canvas: CanvasState, placement: Placement): ViewState {
  const { viewport, arrangement, positions } = placement;
  return { ...canvas, viewport, arrangement, positions: { ...positions } };
}

export function splitViewState(state: ViewState): { canvas: CanvasState; placement: Placement } {
  const { viewport, arrangement, positions, ...canvas } = state;
  const cameraPending = viewport !== null || arrangement !== null;
  return { canvas, placement: { viewport, arrangement, positions, cameraPending } };
}
