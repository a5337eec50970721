import { arrangementKey, type Arrangement } from '@parley/graph-schema';
import type { Core } from 'cytoscape';

/**
 * Beyond this many nodes a picture is not worth its length in a link: the layout redraws it
 * and the camera finds the reader's node by its anchor.
 */
export const ARRANGEMENT_MAX_NODES = 150;

const sortedNodeIds = (cy: Core) =>
  cy
    .nodes()
    .map((n) => n.id())
    .sort();

/** Every drawn node's position, to the pixel, in sorted-id order. */
export function readArrangement(cy: Core): Arrangement | null {
  const ids = sortedNodeIds(cy);
  if (ids.length === 0 || ids.length > ARRANGEMENT_MAX_NODES) return null;
  const xy = ids.flatMap((id) => {
    const { x, y } = cy.getElementById(id).position();
    return [Math.round(x), Math.round(y)];
  });
  return { of: arrangementKey(ids), xy };
}

/** Puts every node where the arrangement says; false when the canvas holds other nodes. */
export function applyArrangement(cy: Core, arrangement: Arrangement): boolean {
  const ids = sortedNodeIds(cy);
  if (arrangementKey(ids) !== arrangement.of || arrangement.xy.length !== 2 * ids.length)
    return false;
  cy.batch(() =>
    ids.forEach((id, i) =>
      cy
        .getElementById(id)
        .position({ x: arrangement.xy[2 * i] ?? 0, y: arrangement.xy[2 * i + 1] ?? 0 }),
    ),
  );
  return true;
}
