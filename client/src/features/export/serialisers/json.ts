import { VIEW_EXPORT_VERSION, type ViewExport, type ViewState } from '@parley/graph-schema';
import type { ScenePoint, ViewGraph } from '../../../lib/view-export';

const UNPLACED: ScenePoint = { x: 0, y: 0 };

/** The nodes in view where the canvas drew them, the edges, and the view state to reopen it. */
export function toJson(
  graph: ViewGraph,
  positions: ReadonlyMap<string, ScenePoint>,
  view: ViewState,
): string {
  const file: ViewExport = {
    type: 'parley-view',
    version: VIEW_EXPORT_VERSION,
    view,
    nodes: graph.nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? UNPLACED })),
    edges: graph.edges,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
