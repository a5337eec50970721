import type { Core, NodeSingular } from 'cytoscape';
import { planLabels, type LabelCandidate } from './label-plan';
import { labelScale, roundedScale, TEXT_LABEL_OFFER_PX } from './label-sizing';
import { buildCanvasStylesheet, EDGE_LABEL_FONT_PX, NODE_SIZE_PX } from './stylesheet';
import type { NodeKind } from '@parley/graph-schema';

export const LABEL_HIDDEN = 'label-hidden';

const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

const TEXT_KINDS = new Set<NodeKind>(['statement', 'article']);
const SELECTED_PRIORITY = 1e9;
const HIGHLIGHTED_PRIORITY = 1e6;

/** What a drawn label looks like on screen, for tests and debugging (`data-labels`). */
export type DrawnLabel = {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
  /** The width of the node itself on screen. */
  nodePx: number;
};

/** Importance: the selection, then the open thread, then degree; parties before text on a tie. */
function priorityOf(node: NodeSingular): number {
  if (node.hasClass('selected')) return SELECTED_PRIORITY;
  const party = TEXT_KINDS.has(node.data('kind') as NodeKind) ? 0 : 1;
  const base = 2 * node.degree(false) + party;
  return node.data('highlighted') ? HIGHLIGHTED_PRIORITY + base : base;
}

function candidateOf(node: NodeSingular, zoom: number): LabelCandidate | null {
  const kind = node.data('kind') as NodeKind;
  if (TEXT_KINDS.has(kind) && NODE_SIZE_PX[kind].font * zoom < TEXT_LABEL_OFFER_PX) return null;
  const box = node.boundingBox(LABEL_BOX);
  return {
    id: node.id(),
    x1: box.x1,
    y1: box.y1,
    x2: box.x2,
    y2: box.y2,
    screenFontPx: node.numericStyle('font-size') * zoom,
    priority: priorityOf(node),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Restyles labels for the zoom when their scale changed; returns the key of the styled scale. */
export function styleLabelsFor(cy: Core, styledKey: string): string {
  const key = labelStyleKey(cy.zoom());
  if (key !== styledKey) cy.style(buildCanvasStylesheet(cy.zoom()));
  return key;
}

/** Zooms at which the label scale is the same (the stylesheet rounds scales to 1 %). */
const labelStyleKey = (zoom: number) =>
  [...Object.values(NODE_SIZE_PX).map(({ font }) => font), EDGE_LABEL_FONT_PX]
    .map((font) => roundedScale(labelScale(font, zoom)))
    .join(',');

/**
 * Draws the labels the plan has room for and hides the others; returns what is drawn, in screen
 * pixels of the canvas.
 */
export function applyLabelPlan(cy: Core): DrawnLabel[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node) => {
    const candidate = candidateOf(node, zoom);
    if (candidate) candidates.push(candidate);
  });
  const shown = planLabels(candidates);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const hidden = !shown.has(node.id());
      if (node.hasClass(LABEL_HIDDEN) !== hidden) node.toggleClass(LABEL_HIDDEN, hidden);
    });
  });
  return candidates
    .filter((c) => shown.has(c.id))
    .map((c) => ({
      nodePx: round(cy.getElementById(c.id).width() * zoom),
      id: c.id,
      x1: round(c.x1 * zoom + pan.x),
      y1: round(c.y1 * zoom + pan.y),
      x2: round(c.x2 * zoom + pan.x),
      y2: round(c.y2 * zoom + pan.y),
      fontPx: round(c.screenFontPx),
    }));
}
