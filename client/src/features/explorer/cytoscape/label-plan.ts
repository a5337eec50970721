/**
 * Which node labels to draw: the most important first, each only if it is big enough to read and
 * does not pile onto a label already chosen. Pure, so the rule is testable without a canvas.
 */

/** A label is drawn at least this many CSS pixels high on screen, or not at all. */
export const LABEL_MIN_SCREEN_PX = 11;
/** Two drawn labels may share at most this share of the smaller one's area. */
export const LABEL_MAX_OVERLAP = 0.1;

export type LabelCandidate = {
  id: string;
  /** The label's box, in any coordinates shared by all candidates (model or screen). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Its font size on screen at the current zoom, in CSS pixels. */
  screenFontPx: number;
  /** Higher goes first: selection, then degree. */
  priority: number;
};

type Box = Pick<LabelCandidate, 'x1' | 'y1' | 'x2' | 'y2'>;

const area = (b: Box) => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);

/** The area two boxes share as a share of the smaller one's area (1 when one is empty). */
export function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min(area(a), area(b));
  return smaller > 0 ? (w * h) / smaller : 1;
}

const byImportance = (a: LabelCandidate, b: LabelCandidate) =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A uniform grid over the chosen boxes, so each candidate is compared only with the chosen
 * labels near it: linear in the number of candidates rather than quadratic.
 */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cellSize: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    const [cx1, cx2] = [Math.floor(box.x1 / this.cellSize), Math.floor(box.x2 / this.cellSize)];
    const [cy1, cy2] = [Math.floor(box.y1 / this.cellSize), Math.floor(box.y2 / this.cellSize)];
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) keys.push(`${x},${y}`);
    return keys;
  }

  collides(box: Box, maxShare: number): boolean {
    const seen = new Set<Box>();
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (overlapShare(box, other) > maxShare) return true;
      }
    return false;
  }

  insert(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

/** A cell about twice a typical label's height: labels are wider than high. */
function cellSizeFor(candidates: readonly LabelCandidate[]): number {
  const heights = candidates.map((c) => c.y2 - c.y1).filter((h) => h > 0);
  if (heights.length === 0) return 1;
  heights.sort((a, b) => a - b);
  return 2 * (heights[Math.floor(heights.length / 2)] ?? 1);
}

/**
 * The ids whose labels are drawn: going from the most important down, a label is taken when its
 * font reads at LABEL_MIN_SCREEN_PX and it overlaps no label taken before by more than
 * LABEL_MAX_OVERLAP of the smaller. The most important name is always drawn if it can be read.
 */
export function planLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const readable = candidates.filter(
    (c) => c.screenFontPx >= LABEL_MIN_SCREEN_PX && c.x2 > c.x1 && c.y2 > c.y1,
  );
  readable.sort(byImportance);
  const grid = new BoxGrid(cellSizeFor(readable));
  const shown = new Set<string>();
  for (const candidate of readable) {
    if (grid.collides(candidate, LABEL_MAX_OVERLAP)) continue;
    grid.insert(candidate);
    shown.add(candidate.id);
  }
  return shown;
}
