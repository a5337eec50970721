import { REL_TYPES, type GraphEdge, type GraphNode, type Subgraph } from '@parley/graph-schema';
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { toGraphEdge, toGraphNode } from '../convert';

/** The relationship types of the contract, for patterns: derived aggregates stay out of views. */
export const CONTRACT_RELS = REL_TYPES.join('|');

/**
 * Above this many relationships a node counts as a hub: its relationships are never read one by
 * one, so a node with 200,000 costs a subgraph what a node with 20 does.
 */
const HUB_DEGREE = 100;

const degreeOf = (node: string) => `COUNT { (${node})-[:${CONTRACT_RELS}]-() }`;

/**
 * Relationships between two hubs, type by type: Neo4j reads a pair's relationships of one type
 * and direction from whichever end has fewer of them, and a hub has many of one type (a
 * speaker's SAID) and few of the others.
 */
const BETWEEN_HUBS = REL_TYPES.map((type) => `MATCH (a)-[r:${type}]->(b) RETURN r`).join(
  '\n      UNION ALL\n      ',
);

/**
 * The Cypher shape every subgraph query ends with: the relationships among `all`, as `rels`.
 * Each node that is no hub reads its own relationships (those to hubs included); hubs only look
 * for relationships to each other. So the cost follows the size of `all`, not the degrees in it.
 */
export const INDUCED_EDGES = `
CALL (all) {
  CALL (all) {
    UNWIND all AS a
    WITH a WHERE ${degreeOf('a')} <= ${HUB_DEGREE}
    MATCH (a)-[r:${CONTRACT_RELS}]-(b) WHERE b IN all
    RETURN r
    UNION
    UNWIND all AS a
    WITH a WHERE ${degreeOf('a')} > ${HUB_DEGREE}
    WITH collect(a) AS hubs
    UNWIND hubs AS a
    UNWIND hubs AS b
    CALL (a, b) {
      ${BETWEEN_HUBS}
    }
    RETURN r
  }
  RETURN collect({rel: r, source: startNode(r).id, target: endNode(r).id}) AS rels
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
