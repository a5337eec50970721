export type Direction = 'up' | 'down' | 'left' | 'right';

export type PlacedNode = { id: string; x: number; y: number };

/** Screen directions in model coordinates: y grows downwards, as on the canvas. */
const UNIT: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** Wider than 45° so that a node a little off the axis is still reachable by one of two keys. */
const MAX_ANGLE_RAD = (60 * Math.PI) / 180;

/**
 * Weight of the angle against the distance: a node straight ahead at distance 2d wins over one
 * at d that sits 60° off the axis, which is what a reader pressing → means.
 */
const ANGLE_WEIGHT = 2;

/**
 * The node an arrow key moves to: among those within 60° of the direction, the one with the
 * smallest distance × (1 + 2 × angle). Undefined when nothing lies that way.
 */
export function nearestInDirection(
  from: PlacedNode,
  candidates: readonly PlacedNode[],
  direction: Direction,
): string | undefined {
  const unit = UNIT[direction];
  let best: { id: string; score: number } | undefined;
  for (const node of candidates) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const angle = Math.acos(Math.min(1, (dx * unit.x + dy * unit.y) / distance));
    if (angle > MAX_ANGLE_RAD) continue;
    const score = distance * (1 + ANGLE_WEIGHT * angle);
    if (!best || score < best.score || (score === best.score && node.id < best.id))
      best = { id: node.id, score };
  }
  return best?.id;
}

/** The node a reader starts from when nothing is selected: the one nearest the view's centre. */
export function nearestTo(
  point: { x: number; y: number },
  candidates: readonly PlacedNode[],
): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const node of candidates) {
    const distance = Math.hypot(node.x - point.x, node.y - point.y);
    if (!best || distance < best.distance) best = { id: node.id, distance };
  }
  return best?.id;
}
