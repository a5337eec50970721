import {
  API_LIMITS,
  NodeLabel,
  RelType,
  SPOKE_TO,
  type WhoSaidWhatPair,
} from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { int, toGraphNode, toNumber } from '../convert';
import { SCHEMA_TIMEOUT_MS, type Db } from '../driver';
import type { ReadQuery } from './read-query';

/**
 * Speaker → addressee pairs, busiest first, read from the SPOKE_TO aggregate through its
 * count index; the statements are listed for the pairs returned only, the newest
 * API_LIMITS.whoSaidWhatStatementIds of each (`count` counts them all).
 */
const WHO_SAID_WHAT = `
MATCH (p)-[w:${SPOKE_TO}]->(q)
WHERE w.count > 0
WITH p, q, w.count AS count
ORDER BY count DESC
LIMIT $limit
CALL (p, q) {
  MATCH (q)<-[:${RelType.ADDRESSED_TO}]-(s:${NodeLabel.Statement})
  WHERE EXISTS { (p)-[:${RelType.SAID}]->(s) }
  WITH s ORDER BY s.date DESC, s.id
  LIMIT $perPair
  RETURN collect(s.id) AS statementIds
}
RETURN p, q, count, statementIds
ORDER BY count DESC, p.id, q.id`;

/** Builds the aggregate for a graph written before it existed; a no-op once it is there. */
const BACKFILL_SPOKE_TO = `
CALL () { RETURN EXISTS { ()-[:${SPOKE_TO}]->() } AS built }
WITH built WHERE NOT built
MATCH (p)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})-[:${RelType.ADDRESSED_TO}]->(q)
WITH p, q, count(s) AS statements
MERGE (p)-[w:${SPOKE_TO}]->(q)
SET w.count = statements`;

export async function backfillWhoSaidWhat(db: Db): Promise<void> {
  await db.write(BACKFILL_SPOKE_TO, {}, { timeoutMs: SCHEMA_TIMEOUT_MS });
}

function toPartyRef(node: Node) {
  const { id, kind, label } = toGraphNode(node);
  return { id, kind, label };
}

export const whoSaidWhatRead = (limit: number): ReadQuery => ({
  cypher: WHO_SAID_WHAT,
  params: { limit: int(limit), perPair: int(API_LIMITS.whoSaidWhatStatementIds) },
});

export async function getWhoSaidWhat(db: Db, limit: number): Promise<WhoSaidWhatPair[]> {
  const { cypher, params } = whoSaidWhatRead(limit);
  const result = await db.read(cypher, params);
  return result.records.map((record) => ({
    speaker: toPartyRef(record.get('p') as Node),
    addressee: toPartyRef(record.get('q') as Node),
    count: toNumber(record.get('count')),
    statementIds: record.get('statementIds') as string[],
  }));
}
