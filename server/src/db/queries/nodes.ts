import { LABEL_BY_KIND, kindOfId, type GraphNode, type Subgraph } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { notFound } from '../../errors';
import { int, toGraphNode } from '../convert';
import type { Db } from '../driver';
import { CONTRACT_RELS, INDUCED_EDGES, toSubgraph } from './subgraph';

/** Ids carry their kind, so every lookup uses one label's unique-id index. */
function labelFor(id: string) {
  const kind = kindOfId(id);
  if (!kind) throw notFound(`Node ${id}`);
  return LABEL_BY_KIND[kind];
}

export async function getNode(db: Db, id: string): Promise<GraphNode> {
  const result = await db.read(`MATCH (n:${labelFor(id)} {id: $id}) RETURN n`, { id });
  const record = result.records[0];
  if (!record) throw notFound(`Node ${id}`);
  return toGraphNode(record.get('n') as Node);
}

const neighborhoodQuery = (label: string, depth: 1 | 2) => `
MATCH (c:${label} {id: $id})
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

/** Neighbours up to `depth` hops, paged by id, with the relationships among them. */
export async function getNeighborhood(
  db: Db,
  id: string,
  { depth, limit, offset }: NeighborhoodOptions,
): Promise<Subgraph> {
  const cypher = neighborhoodQuery(labelFor(id), depth === 2 ? 2 : 1);
  const result = await db.read(cypher, {
    id,
    limit: int(limit),
    offset: int(offset),
    limitPlusOne: int(limit + 1),
  });
  const record = result.records[0];
  if (!record) throw notFound(`Node ${id}`);
  return toSubgraph(record);
}
