import type { ViewGraph } from '../../../lib/view-export';

/** The nodes and edges in view with their properties, in the API's own shapes. */
export function toJson(graph: ViewGraph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
