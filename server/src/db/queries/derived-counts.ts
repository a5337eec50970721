import { NodeLabel, RelType, SPOKE_TO } from '@parley/graph-schema';
import { int } from '../convert';
import type { WriteTx } from '../driver';
import { partyById } from './node-by-id';

/**
 * Adds (`$sign` 1) or takes away (-1) the statements with these ids in their speaker →
 * addressee pairs: exact while their relationships are what was counted, so it runs before a
 * removal and after a restore. A pair left with no statement goes.
 */
const SHIFT_SPOKE_TO = `
UNWIND $ids AS id
MATCH (s:${NodeLabel.Statement} {id: id})
MATCH (p)-[:${RelType.SAID}]->(s)-[:${RelType.ADDRESSED_TO}]->(q)
WITH p, q, count(s) AS statements
MERGE (p)-[w:${SPOKE_TO}]->(q)
SET w.count = coalesce(w.count, 0) + $sign * statements
WITH w WHERE w.count <= 0
DELETE w`;

/** The speakers and addressees of these statements. */
const PARTIES_OF_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:${NodeLabel.Statement} {id: id})
MATCH (s)-[:${RelType.SAID}|${RelType.ADDRESSED_TO}]-(p)
RETURN collect(DISTINCT p.id) AS ids`;

/**
 * Every pair a party is on, either side, counted again from the statements: for a merge, which
 * moves many statements at once.
 */
const RECOUNT_PAIRS_OF_PARTIES = `
UNWIND $ids AS id
${partyById('id', 'id', 'p')}
CALL (p) {
  OPTIONAL MATCH (p)-[w:${SPOKE_TO}]-()
  DELETE w
}
CALL (p) {
  MATCH (p)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})-[:${RelType.ADDRESSED_TO}]->(q)
  WITH q, count(s) AS statements
  MERGE (p)-[w:${SPOKE_TO}]->(q)
  SET w.count = statements
}
CALL (p) {
  MATCH (q)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})-[:${RelType.ADDRESSED_TO}]->(p)
  WITH q, count(s) AS statements
  MERGE (q)-[w:${SPOKE_TO}]->(p)
  SET w.count = statements
}`;

export async function shiftSpokeTo(tx: WriteTx, statementIds: string[], sign: 1 | -1) {
  if (statementIds.length > 0) await tx.run(SHIFT_SPOKE_TO, { ids: statementIds, sign: int(sign) });
}

export async function partiesOfStatements(tx: WriteTx, statementIds: string[]): Promise<string[]> {
  if (statementIds.length === 0) return [];
  const result = await tx.run(PARTIES_OF_STATEMENTS, { ids: statementIds });
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

export async function recountPairsOfParties(tx: WriteTx, partyIds: string[]) {
  if (partyIds.length > 0) await tx.run(RECOUNT_PAIRS_OF_PARTIES, { ids: [...new Set(partyIds)] });
}
