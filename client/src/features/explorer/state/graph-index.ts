import type { ChainResponse, GraphEdge, GraphNode, Subgraph } from '@parley/graph-schema';

/** Everything fetched for the canvas so far, merged by id, plus which request brought which node. */
export type GraphIndex = {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  overviewNodeIds: readonly string[];
  /** Per expanded node, the neighbours its loaded pages brought (the node itself excluded). */
  expansionNodeIds: ReadonlyMap<string, readonly string[]>;
  /** Expanded nodes whose last loaded page says there is more. */
  truncatedExpansions: ReadonlySet<string>;
  /** The RESPONDS_TO thread, oldest first. */
  threadNodeIds: readonly string[];
};

export type GraphIndexInput = {
  overview?: Subgraph | undefined;
  expansions?: readonly { nodeId: string; pages: readonly (Subgraph | undefined)[] }[];
  thread?: ChainResponse | undefined;
  /**
   * Every node on the canvas with the edges among them, asked for as one set: edges between
   * nodes that arrived in different answers come only from here, and so do added nodes.
   */
  induced?: Subgraph | undefined;
};

export const EMPTY_GRAPH_INDEX: GraphIndex = {
  nodes: new Map(),
  edges: new Map(),
  overviewNodeIds: [],
  expansionNodeIds: new Map(),
  truncatedExpansions: new Set(),
  threadNodeIds: [],
};

export function buildGraphIndex({
  overview,
  expansions = [],
  thread,
  induced,
}: GraphIndexInput): GraphIndex {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const take = (subgraph: {
    nodes?: GraphNode[];
    statements?: GraphNode[];
    edges: GraphEdge[];
  }) => {
    for (const node of subgraph.nodes ?? subgraph.statements ?? []) nodes.set(node.id, node);
    for (const edge of subgraph.edges) edges.set(edge.id, edge);
  };

  if (induced) take(induced);
  if (overview) take(overview);
  if (thread) take(thread);

  const expansionNodeIds = new Map<string, readonly string[]>();
  const truncatedExpansions = new Set<string>();
  for (const { nodeId, pages } of expansions) {
    const found = new Set<string>();
    let lastLoaded: Subgraph | undefined;
    for (const page of pages) {
      if (!page) break;
      take(page);
      lastLoaded = page;
      page.nodes.forEach((node) => node.id !== nodeId && found.add(node.id));
    }
    if (lastLoaded) expansionNodeIds.set(nodeId, [...found]);
    if (lastLoaded?.truncated) truncatedExpansions.add(nodeId);
  }

  return {
    nodes,
    edges,
    overviewNodeIds: overview?.nodes.map((n) => n.id) ?? [],
    expansionNodeIds,
    truncatedExpansions,
    threadNodeIds: thread?.statements.map((s) => s.id) ?? [],
  };
}
