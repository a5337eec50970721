import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CanvasScene, SceneEdge, SceneNode, SceneNodeShape } from '../../../lib/view-export';
import { ellipsisLine, wrapLines, type MeasureText } from './label-lines';

const SHAPES: Record<string, SceneNodeShape> = {
  ellipse: 'ellipse',
  'round-hexagon': 'hexagon',
  hexagon: 'hexagon',
  'round-rectangle': 'round-rectangle',
  roundrectangle: 'round-rectangle',
};

const LINES = new Set<SceneEdge['line']>(['solid', 'dashed', 'dotted']);

const BORDERS = new Set<SceneNode['border']>(['solid', 'dashed', 'dotted', 'double']);

const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/** A text measurer in the node's label font, the way Cytoscape measures it on its canvas. */
function measurerFor(context: CanvasRenderingContext2D, node: NodeSingular): MeasureText {
  const font = [
    String(node.style('font-style')),
    String(node.style('font-weight')),
    `${node.numericStyle('font-size')}px`,
    String(node.style('font-family')),
  ].join(' ');
  return (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** The label's lines as the canvas draws them under the node's `text-wrap`. */
function drawnLines(node: NodeSingular, context: CanvasRenderingContext2D): string[] {
  const label = String(node.data('label') ?? '');
  if (label === '' || node.numericStyle('text-opacity') === 0) return [];
  const wrap = String(node.style('text-wrap'));
  if (wrap === 'none') return [label];
  const measure = measurerFor(context, node);
  const maxWidth = node.numericStyle('text-max-width');
  return wrap === 'ellipsis'
    ? [ellipsisLine(label, maxWidth, measure)]
    : wrapLines(label, maxWidth, measure);
}

function sceneNode(node: NodeSingular, context: CanvasRenderingContext2D): SceneNode {
  const { x, y } = node.position();
  const border = String(node.style('border-style')) as SceneNode['border'];
  const labelLines = drawnLines(node, context);
  const box = labelLines.length > 0 ? node.boundingBox(LABEL_ONLY) : null;
  return {
    id: node.id(),
    label: String(node.data('label') ?? ''),
    shape: SHAPES[String(node.style('shape'))] ?? 'rectangle',
    x,
    y,
    width: node.width(),
    height: node.height(),
    fill: String(node.style('background-color')),
    stroke: String(node.style('border-color')),
    strokeWidth: node.numericStyle('border-width'),
    border: BORDERS.has(border) ? border : 'solid',
    fontSize: node.numericStyle('font-size'),
    fontFamily: String(node.style('font-family')),
    bold: String(node.style('font-weight')) === 'bold',
    labelLines,
    lineHeight: node.numericStyle('line-height') * node.numericStyle('font-size'),
    labelBox: box && { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
    labelBackgroundOpacity: node.numericStyle('text-background-opacity'),
  };
}

function sceneEdge(edge: EdgeSingular): SceneEdge {
  const line = String(edge.style('line-style')) as SceneEdge['line'];
  const controls = edge.controlPoints() ?? [];
  return {
    id: edge.id(),
    points: [edge.sourceEndpoint(), ...controls, edge.targetEndpoint()].map(({ x, y }) => ({
      x,
      y,
    })),
    color: String(edge.style('line-color')),
    width: edge.numericStyle('width'),
    line: LINES.has(line) ? line : 'solid',
    arrow: edge.style('target-arrow-shape') !== 'none',
    label: String(edge.style('label') ?? ''),
    opacity: edge.numericStyle('opacity'),
  };
}

/** The drawing as Cytoscape has it, with computed styles, so an export looks like the canvas. */
export function readScene(cy: Core): CanvasScene {
  const box = cy.elements().boundingBox({});
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot measure text on a canvas');
  return {
    nodes: cy.nodes().map((node) => sceneNode(node, context)),
    edges: cy.edges().map(sceneEdge),
    bounds: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
  };
}

const PNG_BACKGROUND = '#ffffff';

/** The whole graph as a PNG at `scale` times its size on screen at zoom 1. */
export function renderPng(cy: Core, scale: number): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale, bg: PNG_BACKGROUND });
}

/** Only these nodes and the edges between them, as a PNG: the rest is hidden while it draws. */
export async function renderPngOf(
  cy: Core,
  ids: ReadonlySet<string>,
  scale: number,
): Promise<Blob> {
  const kept = cy.nodes().filter((node) => ids.has(node.id()));
  const others = cy.elements().not(kept.union(kept.edgesWith(kept)));
  others.style('display', 'none');
  try {
    return await renderPng(cy, scale);
  } finally {
    others.removeStyle('display');
  }
}
