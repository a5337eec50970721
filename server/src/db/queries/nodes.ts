import {
  LABEL_BY_KIND,
  kindOfId,
  type GraphNode,
  type NodeLabel,
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

const neighborhoodQuery = (label: NodeLabel, depth: 1 | 2) => `
${labelledNodeById(label, '$id', 'c')}
CALL (c) {
  MATCH (c)-[:${CONTRACT_RELS}*1..${depth}]-(m)
  WHERE m <> c AND m.id IS NOT NULL
  WITH DISTINCT m
  ORDER BY m.id
  SKIP $offset LIMIT $limitPlusOne
  RETURN collect(m) AS found
}
WITH c, found[0..$limit] AS ms, size(found) > $limit AS truncated
WITH [c] + ms AS all, truncated
${INDUCED_EDGES}
RETURN all AS nodes, rels, truncated`;

export type NeighborhoodOptions = { depth: number; limit: number; offset: number };

export const neighborhoodRead = (
  id: string,
  { depth, limit, offset }: NeighborhoodOptions,
): ReadQuery => ({
  cypher: neighborhoodQuery(labelFor(id), depth === 2 ? 2 : 1),
  params: { id, limit: int(limit), offset: int(offset), limitPlusOne: int(limit + 1) },
});

/** Neighbours up to `depth` hops, paged by id, with the relationships among them. */
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
