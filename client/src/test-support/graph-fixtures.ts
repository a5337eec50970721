import {
  kindOfId,
  type GraphEdge,
  type GraphNode,
  type RelType,
  type Subgraph,
} from '@parley/graph-schema';

/** Small graph builders for unit tests: the kind comes from the id, as in real ids. */
export function node(id: string, properties: GraphNode['properties'] = {}, label = id): GraphNode {
  const kind = kindOfId(id);
  if (!kind) throw new Error(`${id} is not a Parley id`);
  return { id, kind, label, properties };
}

export function edge(
  type: RelType,
  source: string,
  target: string,
  properties: GraphEdge['properties'] = {},
): GraphEdge {
  return { id: `${type}:${source}->${target}`, type, source, target, properties };
}

export function subgraph(nodes: GraphNode[], edges: GraphEdge[] = [], truncated = false): Subgraph {
  return { nodes, edges, truncated };
}
