import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import type { CanvasState } from './canvas-state';
import type { GraphIndex } from './graph-index';

export type VisibleGraph = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** For nodes an expansion brought: the expanded node, so new nodes appear next to it. */
  parentOf: ReadonlyMap<string, string>;
};

type VisibleIds = { ids: Set<string>; parentOf: Map<string, string> };

/**
 * The canvas in explore mode: the overview and added nodes, then every expansion whose node is
 * itself visible, repeated until nothing changes (an expansion may reveal another's anchor).
 */
export function computeVisibleNodeIds(state: CanvasState, index: GraphIndex): VisibleIds {
  if (state.mode === 'thread') {
    const ids = new Set(index.threadNodeIds);
    if (state.threadStatementId) ids.add(state.threadStatementId);
    return { ids, parentOf: new Map() };
  }
  const hidden = new Set(state.hiddenNodeIds);
  const ids = new Set<string>();
  const parentOf = new Map<string, string>();
  const show = (id: string, parent?: string) => {
    if (hidden.has(id) || ids.has(id)) return false;
    ids.add(id);
    if (parent) parentOf.set(id, parent);
    return true;
  };
  if (state.showOverview) index.overviewNodeIds.forEach((id) => show(id));
  state.addedNodeIds.forEach((id) => show(id));
  if (state.threadStatementId) index.threadNodeIds.forEach((id) => show(id));

  const pending = [...state.expansions];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const expansion = pending[i];
      if (!expansion || !ids.has(expansion.nodeId)) continue;
      pending.splice(i, 1);
      changed = true;
      for (const id of index.expansionNodeIds.get(expansion.nodeId) ?? [])
        show(id, expansion.nodeId);
    }
  }
  return { ids, parentOf };
}

/** Visible nodes that have data, and every known edge between two of them. */
export function computeVisibleGraph(state: CanvasState, index: GraphIndex): VisibleGraph {
  const { ids, parentOf } = computeVisibleNodeIds(state, index);
  const nodes = [...ids].flatMap((id) => index.nodes.get(id) ?? []);
  const present = new Set(nodes.map((n) => n.id));
  const edges = [...index.edges.values()].filter(
    (edge) =>
      present.has(edge.source) &&
      present.has(edge.target) &&
      (state.mode !== 'thread' || edge.type === 'RESPONDS_TO'),
  );
  return { nodes, edges, parentOf };
}

/** Drops expansions whose node left the canvas, so collapsing or hiding a node takes its subtree too. */
export function pruneExpansions(state: CanvasState, index: GraphIndex): CanvasState {
  const { ids } = computeVisibleNodeIds({ ...state, mode: 'explore' }, index);
  const expansions = state.expansions.filter((e) => ids.has(e.nodeId));
  return expansions.length === state.expansions.length ? state : { ...state, expansions };
}
