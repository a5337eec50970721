import { API_LIMITS, NodeLabel, RelType, type ChainResponse } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { notFound } from '../../errors';
import { int } from '../convert';
import type { Db } from '../driver';
import { orderThreadOldestFirst } from '../../threads/order-thread';
import type { ReadQuery } from './read-query';
import { toEdges, toNodes } from './subgraph';

/** The whole RESPONDS_TO thread through a statement: everything it answers and everything answering it. */
const CHAIN = `
MATCH (s:${NodeLabel.Statement} {id: $id})
CALL (s) {
  MATCH (s)-[:${RelType.RESPONDS_TO}*0..]-(t:${NodeLabel.Statement})
  WITH DISTINCT t LIMIT $limit
  RETURN collect(t) AS all
}
CALL (all) {
  UNWIND all AS a
  MATCH (a)-[r:${RelType.RESPONDS_TO}]->(b) WHERE b IN all
  RETURN collect({rel: r, source: a.id, target: b.id}) AS rels
}
RETURN all AS nodes, rels`;

export const chainRead = (id: string): ReadQuery => ({
  cypher: CHAIN,
  params: { id, limit: int(API_LIMITS.chainMax) },
});

export async function getChain(db: Db, id: string): Promise<ChainResponse> {
  const { cypher, params } = chainRead(id);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  if (!record) throw notFound(`Statement ${id}`);
  const statements = toNodes(record.get('nodes') as Node[]);
  const edges = toEdges(record.get('rels'));
  return { statements: orderThreadOldestFirst(statements, edges), edges };
}
