import { NodeLabel, type Subgraph } from '@parley/graph-schema';
import { int } from '../convert';
import type { Db } from '../driver';
import type { ReadQuery } from './read-query';
import { INDUCED_EDGES, toSubgraph } from './subgraph';

const PARTY_LABELS = [NodeLabel.Actor, NodeLabel.Institution];

/**
 * The first view: the most connected actors and institutions (by the `degree` ingest keeps on
 * them, read in index order), then the statements and articles around them, never more than
 * `limit` nodes. The parties are those of the top degrees, then by id among equals: first the
 * lowest degree that makes the cut, then every party from there up.
 */
const OVERVIEW = `
CALL () {
  CALL () {
${PARTY_LABELS.map(
  (label) => `    MATCH (p:${label}) WHERE p.degree IS NOT NULL
    RETURN p.degree AS degree ORDER BY degree DESC LIMIT $limitPlusOne`,
).join('\n    UNION ALL\n')}
  }
  WITH degree ORDER BY degree DESC LIMIT $limitPlusOne
  RETURN min(degree) AS cut
}
CALL (cut) {
  CALL (cut) {
${PARTY_LABELS.map((label) => `    MATCH (p:${label}) WHERE p.degree >= cut RETURN p`).join(
  '\n    UNION ALL\n',
)}
  }
  WITH p ORDER BY p.degree DESC, p.id LIMIT $limitPlusOne
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

export const overviewRead = (limit: number): ReadQuery => ({
  cypher: OVERVIEW,
  params: { limit: int(limit), limitPlusOne: int(limit + 1) },
});

export async function getOverview(db: Db, limit: number): Promise<Subgraph> {
  const { cypher, params } = overviewRead(limit);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  return record ? toSubgraph(record) : { nodes: [], edges: [], truncated: false };
}
