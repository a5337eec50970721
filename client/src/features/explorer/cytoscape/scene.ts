import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CanvasScene, SceneEdge, SceneNode, SceneNodeShape } from '../../../lib/view-export';

const SHAPES: Record<string, SceneNodeShape> = {
  ellipse: 'ellipse',
  'round-hexagon': 'hexagon',
  hexagon: 'hexagon',
  'round-rectangle': 'round-rectangle',
  roundrectangle: 'round-rectangle',
};

const LINES = new Set<SceneEdge['line']>(['solid', 'dashed', 'dotted']);

function sceneNode(node: NodeSingular): SceneNode {
  const { x, y } = node.position();
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
    fontSize: node.numericStyle('font-size'),
    labelMaxWidth:
      node.style('text-wrap') === 'ellipsis' ? node.numericStyle('text-max-width') : null,
    bold: String(node.style('font-weight')) === 'bold',
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
  return {
    nodes: cy.nodes().map(sceneNode),
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
