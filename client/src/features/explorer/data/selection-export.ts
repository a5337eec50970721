import type { CanvasScene, ExportSource, ViewGraph } from '../../../lib/view-export';

/** The selected nodes and the edges between two of them. */
export function narrowGraph(graph: ViewGraph, ids: ReadonlySet<string>): ViewGraph {
  return {
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** The drawing of the selection alone (nodes `ids`, edges `edgeIds`), framed around its nodes. */
export function narrowScene(
  scene: CanvasScene,
  ids: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): CanvasScene {
  const nodes = scene.nodes.filter((n) => ids.has(n.id));
  const edges = scene.edges.filter((e) => edgeIds.has(e.id));
  if (nodes.length === 0) return { nodes, edges, bounds: { x1: 0, y1: 0, x2: 0, y2: 0 } };
  return {
    nodes,
    edges,
    bounds: {
      x1: Math.min(...nodes.map((n) => n.x - n.width / 2)),
      y1: Math.min(...nodes.map((n) => n.y - n.height / 2)),
      x2: Math.max(...nodes.map((n) => n.x + n.width / 2)),
      y2: Math.max(...nodes.map((n) => n.y + n.height / 2)),
    },
  };
}

/** An export of the selection: the same formats as the view's, restricted to these nodes. */
export function narrowExportSource(
  source: ExportSource,
  ids: ReadonlySet<string>,
  pngOfSelection: (scale: number) => Promise<Blob>,
): ExportSource {
  const graph = narrowGraph(source.graph, ids);
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  return {
    // What is not about nodes (the view state, say) is the view's.
    ...source,
    graph,
    positions: () => new Map([...source.positions()].filter(([id]) => ids.has(id))),
    scene: () => narrowScene(source.scene(), ids, edgeIds),
    png: pngOfSelection,
    baseName: `${source.baseName}-selection`,
  };
}
