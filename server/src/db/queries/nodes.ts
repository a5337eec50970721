import {
  LABEL_BY_KIND,
  kindOfId,
  type GraphNode,
  type NodeLabel,
  type RelType,
  type Subgraph,
} from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { notFound } from '../../errors';
import { int, toGraphNode } from '../convert';
import type { Db } from '../driver';
import { labelledNodeById } from './node-by-id';
import type { ReadQuery } from './read-query';
import { CONTRACT_RELS, INDUCED_EDGES, toSubgraph } from './subgraph';

/** Ids carry their kind, so every lookup uses one label's unique-id index. */
function labelFor(id: string) {
  const kind = kindOfId(id);
  if (!kind) throw notFound(`Node ${id}`);
  return LABEL_BY_KIND[kind];
}

/** A merged party's old id answers the party it went into, so old links keep opening. */
export const nodeRead = (id: string): ReadQuery => ({
  cypher: `${labelledNodeById(labelFor(id), '$id', 'n')} RETURN n`,
  params: { id },
});

export async function getNode(db: Db, id: string): Promise<GraphNode> {
  const { cypher, params } = nodeRead(id);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  if (!record) throw notFound(`Node ${id}`);
  return toGraphNode(record.get('n') as Node);
}

/**
 * Expand, not variable-length expand: that one reads a node's whole relationship chain first.
 * `rels` comes from the contract's types (validated, never user text), so it can sit in the
 * pattern, where Neo4j reads only those types' relationships of a hub instead of filtering all.
 */
const neighbours = (rels: string) => `MATCH (c)-[:${rels}]-(m)`;
const neighboursTwoHops = (rels: string) => `MATCH (c)-[r:${rels}]-(near)
  CALL (near, r) {
    RETURN near AS m
    UNION ALL
    MATCH (near)-[further:${rels}]-(m) WHERE further <> r RETURN m
  }`;

/**
 * Neighbours in the order Neo4j keeps a node's relationships, which stays the same while they
 * do: with no sort, the expansion stops once a page is read, so the page of a hub with 200,000
 * statements costs what the page of a small node does (a later page also reads those before it).
 * The page itself is answered in id order.
 */
const neighborhoodQuery = (label: NodeLabel, depth: 1 | 2, rels: string) => `
${labelledNodeById(label, '$id', 'c')}
CALL (c) {
  ${depth === 1 ? neighbours(rels) : neighboursTwoHops(rels)}
  WITH DISTINCT m WHERE m <> c AND m.id IS NOT NULL
  SKIP $offset LIMIT $limitPlusOne
  RETURN collect(m) AS found
}
WITH c, found[0..$limit] AS page, size(found) > $limit AS truncated
CALL (page) {
  UNWIND page AS m
  WITH m ORDER BY m.id
  RETURN collect(m) AS ms
}
WITH [c] + ms AS all, truncated
${INDUCED_EDGES}
RETURN all AS nodes, rels, truncated`;

export type NeighborhoodOptions = {
  depth: number;
  limit: number;
  offset: number;
  /** Only along these relationship types; all of the contract's when absent. */
  types?: readonly RelType[];
};

export const neighborhoodRead = (
  id: string,
  { depth, limit, offset, types }: NeighborhoodOptions,
): ReadQuery => ({
  cypher: neighborhoodQuery(labelFor(id), depth === 2 ? 2 : 1, types?.join('|') ?? CONTRACT_RELS),
  params: { id, limit: int(limit), offset: int(offset), limitPlusOne: int(limit + 1) },
});

/** Neighbours up to `depth` hops, a page at a time, with the relationships among them. */
export async function getNeighborhood(
  db: Db,
  id: string,
  options: NeighborhoodOptions,
): Promise<Subgraph> {
  const { cypher, params } = neighborhoodRead(id, options);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  if (!record) throw notFound(`Node ${id}`);
  return toSubgraph(record);
}
