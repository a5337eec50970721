import { NodeLabel, RelType } from '@parley/graph-schema';
import type { WriteTx } from '../driver';
import { partiesOfStatements, shiftSpokeTo } from './derived-counts';
import { recountDegreesOf } from './party-degree';
import { relSnapshot, restoreSnapshot, type GraphSnapshot } from './snapshots';
import { liftTombstones } from './tombstones';

const DELETE_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:${NodeLabel.Statement} {id: id})
DETACH DELETE s`;

const MEETINGS = `
UNWIND $ids AS id
MATCH (a)-[m:${RelType.MEETS_WITH} {id: id}]->(b)
RETURN {type: type(m), from: a.id, to: b.id, properties: properties(m)} AS rel`;

const DELETE_MEETINGS = `
UNWIND $ids AS id
MATCH ()-[m:${RelType.MEETS_WITH} {id: id}]->()
DELETE m`;

/**
 * Takes statements out with what is derived from them (who-said-what pairs first, while their
 * relationships are there to count). Answers the ids of their speakers and addressees, whose
 * degrees the caller recounts once everything is removed. Its queries are sent at once, so
 * what the caller sends next runs after them.
 */
export function deleteStatements(tx: WriteTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const parties = partiesOfStatements(tx, ids);
  const removed = [shiftSpokeTo(tx, ids, -1), tx.run(DELETE_STATEMENTS, { ids })];
  return Promise.all([parties, ...removed]).then(([named]) => named);
}

/** MEETS_WITH relationships by their own ids, as they are. */
export async function snapshotMeetings(tx: WriteTx, ids: string[]): Promise<GraphSnapshot> {
  if (ids.length === 0) return { nodes: [], rels: [] };
  const result = await tx.run(MEETINGS, { ids });
  return { nodes: [], rels: result.records.map((r) => relSnapshot(r.get('rel'))) };
}

export async function deleteMeetings(tx: WriteTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(DELETE_MEETINGS, { ids });
}

const idsOfLabel = (snapshot: GraphSnapshot, label: string) =>
  snapshot.nodes.filter((n) => n.label === label).map((n) => String(n.properties.id));

/** The facts and articles a snapshot holds, by id: what removing it tombstoned. */
export function factIdsOf(snapshot: GraphSnapshot): string[] {
  const meetings = snapshot.rels
    .filter((rel) => rel.type === RelType.MEETS_WITH)
    .map((rel) => String(rel.properties.id));
  return [
    ...idsOfLabel(snapshot, NodeLabel.Article),
    ...idsOfLabel(snapshot, NodeLabel.Statement),
    ...meetings,
  ];
}

/** Every id a snapshot's relationships name: the ends whose counts its restore changes. */
export const endsOf = (snapshot: GraphSnapshot) => [
  ...new Set(snapshot.rels.flatMap((rel) => [rel.from, rel.to])),
];

/**
 * Puts removed facts back as they were, with what is derived from them, and lifts their
 * tombstones so ingest may write them again.
 */
export async function restoreFacts(tx: WriteTx, snapshot: GraphSnapshot): Promise<void> {
  await Promise.all([
    restoreSnapshot(tx, snapshot),
    shiftSpokeTo(tx, idsOfLabel(snapshot, NodeLabel.Statement), 1),
    recountDegreesOf(tx, endsOf(snapshot)),
    liftTombstones(tx, factIdsOf(snapshot)),
  ]);
}
