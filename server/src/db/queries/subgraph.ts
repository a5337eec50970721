import { REL_TYPES, type GraphEdge, type GraphNode, type Subgraph } from '@parley/graph-schema';
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { toGraphEdge, toGraphNode } from '../convert';

/** The relationship types of the contract, for patterns: derived aggregates stay out of views. */
export const CONTRACT_RELS = REL_TYPES.join('|');

/** The Cypher shape every subgraph query ends with: induced relationships among `all`. */
export const INDUCED_EDGES = `
CALL (all) {
  UNWIND all AS a
  MATCH (a)-[r:${CONTRACT_RELS}]->(b) WHERE b IN all
  RETURN collect({rel: r, source: a.id, target: b.id}) AS rels
}`;

type RelRow = { rel: Relationship; source: string; target: string };

export function toEdges(rows: RelRow[]): GraphEdge[] {
  return rows.map((row) => toGraphEdge(row.rel, row.source, row.target));
}

export function toNodes(nodes: Node[]): GraphNode[] {
  return nodes.map((n) => toGraphNode(n, { omitArticleText: true }));
}

/** Reads a record with `nodes`, `rels` and `truncated` columns. */
export function toSubgraph(record: Neo4jRecord): Subgraph {
  return {
    nodes: toNodes(record.get('nodes') as Node[]),
    edges: toEdges(record.get('rels') as RelRow[]),
    truncated: Boolean(record.get('truncated')),
  };
}
