import { NodeLabel, RelType, type WhoSaidWhatPair } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { int, toGraphNode, toNumber } from '../convert';
import type { Db } from '../driver';

/** Statements folded into speaker → addressee pairs, busiest first. */
const WHO_SAID_WHAT = `
MATCH (p)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})-[:${RelType.ADDRESSED_TO}]->(q)
WITH p, q, collect(s.id) AS statementIds
RETURN p, q, size(statementIds) AS count, statementIds
ORDER BY count DESC, p.id, q.id
LIMIT $limit`;

function toPartyRef(node: Node) {
  const { id, kind, label } = toGraphNode(node);
  return { id, kind, label };
}

export async function getWhoSaidWhat(db: Db, limit: number): Promise<WhoSaidWhatPair[]> {
  const result = await db.read(WHO_SAID_WHAT, { limit: int(limit) });
  return result.records.map((record) => ({
    speaker: toPartyRef(record.get('p') as Node),
    addressee: toPartyRef(record.get('q') as Node),
    count: toNumber(record.get('count')),
    statementIds: record.get('statementIds') as string[],
  }));
}
