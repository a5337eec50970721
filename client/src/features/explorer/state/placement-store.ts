import type { Arrangement, Position, Viewport } from '@parley/graph-schema';
import { createStore } from '../../../lib/create-store';

/**
 * Where things are on screen: the camera and the nodes the reader dragged. Part of a shared
 * view, but kept out of the canvas state: it changes on every pan and is not worth an undo step.
 */
export type Placement = {
  viewport: Viewport | null;
  /** Where every drawn node is, so a link reopens the same picture. */
  arrangement: Arrangement | null;
  positions: Readonly<Record<string, Position>>;
  /** An opened view's camera waits for its data: until then the canvas must not move it. */
  cameraPending: boolean;
};

export const EMPTY_PLACEMENT: Placement = {
  viewport: null,
  arrangement: null,
  positions: {},
  cameraPending: false,
};

export const placementStore = createStore<Placement>(EMPTY_PLACEMENT);

/** The camera and the picture as they rest now; an opened view's own wait for its data. */
export const withViewport =
  (viewport: Viewport, arrangement: Arrangement | null) =>
  (placement: Placement): Placement =>
    placement.cameraPending ? placement : { ...placement, viewport, arrangement };

export const withPosition =
  (id: string, position: Position) =>
  (placement: Placement): Placement => ({
    ...placement,
    positions: { ...placement.positions, [id]: position },
  });

/** Drops positions of nodes that left the canvas, or all of them after a full layout. */
export const withoutPositions =
  (ids?: readonly string[]) =>
  (placement: Placement): Placement => {
    const kept = Object.entries(placement.positions).filter(([id]) => ids && !ids.includes(id));
    if (kept.length === Object.keys(placement.positions).length) return placement;
    return { ...placement, positions: Object.fromEntries(kept) };
  };

export const cameraPlaced = (placement: Placement): Placement =>
  placement.cameraPending ? { ...placement, cameraPending: false } : placement;
