import { MERGED_INTO, type NodeLabel } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { z } from 'zod';
import type { WriteTx } from '../driver';
import { fromStoredProperties, storedPropertiesSchema, toStoredProperties } from '../stored-values';
import { anyNodeById } from './node-by-id';
import { CONTRACT_RELS } from './subgraph';

/**
 * Nodes and relationships as they were before an edit removed or moved them, kept on the edit
 * so a revert can put them back. Relationships name their ends by id.
 */
const relSnapshotSchema = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  properties: storedPropertiesSchema,
});
export type RelSnapshot = z.infer<typeof relSnapshotSchema>;

export const graphSnapshotSchema = z.object({
  nodes: z.array(z.object({ label: z.string(), properties: storedPropertiesSchema })),
  rels: z.array(relSnapshotSchema),
});
export type GraphSnapshot = z.infer<typeof graphSnapshotSchema>;

/** Every relationship an edit may move or remove: the contract's and merged ids' pointers. */
export const KEPT_RELS = `${CONTRACT_RELS}|${MERGED_INTO}`;

const snapshotOf = (label: NodeLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n, [(n)-[r:${KEPT_RELS}]-(x) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                     properties: properties(r)}] AS rels`;

type RelRow = { type: string; from: string; to: string; properties: Record<string, unknown> };

export const relSnapshot = (row: RelRow): RelSnapshot => ({
  ...row,
  properties: toStoredProperties(row.properties),
});

/** A relationship is one whatever side it was read from. */
const relKey = (rel: RelSnapshot) =>
  `${rel.type}>${rel.from}>${rel.to}>${JSON.stringify(rel.properties.id ?? null)}`;

export function joinSnapshots(...snapshots: GraphSnapshot[]): GraphSnapshot {
  const rels = new Map(snapshots.flatMap((s) => s.rels).map((rel) => [relKey(rel), rel]));
  return { nodes: snapshots.flatMap((s) => s.nodes), rels: [...rels.values()] };
}

/** The nodes of `label` with these ids, each with all its relationships. */
export async function snapshotNodes(
  tx: WriteTx,
  label: NodeLabel,
  ids: string[],
): Promise<GraphSnapshot> {
  if (ids.length === 0) return { nodes: [], rels: [] };
  const result = await tx.run(snapshotOf(label), { ids });
  return joinSnapshots({
    nodes: result.records.map((r) => {
      const node = r.get('n') as Node;
      return { label, properties: toStoredProperties(node.properties) };
    }),
    rels: result.records.flatMap((r) => (r.get('rels') as RelRow[]).map(relSnapshot)),
  });
}

const RESTORE_NODES = `
UNWIND $rows AS row
CREATE (n:$(row.label))
SET n = row.properties`;

const endsOf = (row: string) => `
${anyNodeById(row, `${row}.from`, 'a', { followMerges: false })}
${anyNodeById(`${row}, a`, `${row}.to`, 'b', { followMerges: false })}`;

const RESTORE_RELS = `
UNWIND $rows AS row
${endsOf('row')}
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties`;

/** Relationships as recorded, MEETS_WITH told apart by its own id. */
const DELETE_RELS = `
UNWIND $rows AS row
${endsOf('row')}
MATCH (a)-[r:$(row.type)]->(b)
WHERE row.properties.id IS NULL OR r.id = row.properties.id
DELETE r`;

const restoredRels = (rels: RelSnapshot[]) =>
  rels.map((rel) => ({ ...rel, properties: fromStoredProperties(rel.properties) }));

/**
 * Creates the snapshot's nodes, then its relationships between whatever ends exist; both are
 * sent at once, so what the caller sends next runs after them.
 */
export async function restoreSnapshot(tx: WriteTx, snapshot: GraphSnapshot): Promise<void> {
  const nodes = snapshot.nodes.map((n) => ({
    ...n,
    properties: fromStoredProperties(n.properties),
  }));
  const rels = restoredRels(snapshot.rels);
  await Promise.all([
    nodes.length > 0 ? tx.run(RESTORE_NODES, { rows: nodes }) : undefined,
    rels.length > 0 ? tx.run(RESTORE_RELS, { rows: rels }) : undefined,
  ]);
}

export async function deleteRels(tx: WriteTx, rels: RelSnapshot[]): Promise<void> {
  if (rels.length > 0) await tx.run(DELETE_RELS, { rows: restoredRels(rels) });
}
