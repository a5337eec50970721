import { NodeLabel, type Subgraph } from '@parley/graph-schema';
import { int } from '../convert';
import type { Db } from '../driver';
import { CONTRACT_RELS, INDUCED_EDGES, toSubgraph } from './subgraph';

/**
 * The first view: the most connected actors and institutions, then the statements and articles
 * around them, never more than `limit` nodes.
 */
const OVERVIEW = `
CALL () {
  MATCH (p:${NodeLabel.Actor}|${NodeLabel.Institution})
  WITH p ORDER BY COUNT { (p)-[:${CONTRACT_RELS}]-() } DESC, p.id
  LIMIT $limitPlusOne
  RETURN collect(p) AS parties
}
CALL (parties) {
  UNWIND parties AS p
  MATCH (p)-[]-(s:${NodeLabel.Statement})
  WITH DISTINCT s LIMIT $limitPlusOne
  RETURN collect(s) AS statements
}
CALL (statements) {
  UNWIND statements AS s
  MATCH (s)-[]->(a:${NodeLabel.Article})
  WITH DISTINCT a LIMIT $limitPlusOne
  RETURN collect(a) AS articles
}
WITH parties + statements + articles AS found
WITH found[0..$limit] AS all, size(found) > $limit AS truncated
${INDUCED_EDGES}
RETURN all AS nodes, rels, truncated`;

export async function getOverview(db: Db, limit: number): Promise<Subgraph> {
  const result = await db.read(OVERVIEW, { limit: int(limit), limitPlusOne: int(limit + 1) });
  const record = result.records[0];
  return record ? toSubgraph(record) : { nodes: [], edges: [], truncated: false };
}
