import { randomBytes } from 'node:crypto';
import {
  LABEL_BY_KIND,
  kindOfId,
  nodeIdsOfViewState,
  restoreViewState,
  type NodeLabel,
  type SavedView,
  type ViewState,
} from '@parley/graph-schema';
import type { Db } from '../driver';
import { nodeWithIdExists } from './node-by-id';
import type { ReadQuery } from './read-query';

/** 128 random bits: a saved view can be shared but never guessed. */
const VIEW_ID_BYTES = 16;

const CREATE_VIEW = `
CREATE (v:SavedView {id: $id, state: $state, createdAt: $createdAt})`;

const GET_VIEW = `
MATCH (v:SavedView {id: $id})
RETURN v.state AS state, v.createdAt AS createdAt`;

/** A merged party's old id is not missing: it opens the party it went into. */
const missingOfLabel = (label: NodeLabel) => `
UNWIND $ids AS id
WITH id WHERE NOT ${nodeWithIdExists(label, 'id')}
RETURN collect(id) AS missing`;

/** One lookup per label among `ids`; ids of no known kind are missing without one. */
export function missingNodesReads(ids: string[]): { unknownKind: string[]; reads: ReadQuery[] } {
  const byLabel = new Map<NodeLabel, string[]>();
  const unknownKind: string[] = [];
  for (const id of ids) {
    const kind = kindOfId(id);
    if (!kind) unknownKind.push(id);
    else byLabel.set(LABEL_BY_KIND[kind], [...(byLabel.get(LABEL_BY_KIND[kind]) ?? []), id]);
  }
  const reads = [...byLabel].map(([label, labelIds]) => ({
    cypher: missingOfLabel(label),
    params: { ids: labelIds },
  }));
  return { unknownKind, reads };
}

async function findMissingNodes(db: Db, ids: string[]): Promise<string[]> {
  const { unknownKind, reads } = missingNodesReads(ids);
  const missing = [...unknownKind];
  for (const { cypher, params } of reads) {
    const result = await db.read(cypher, params);
    missing.push(...((result.records[0]?.get('missing') as string[] | undefined) ?? []));
  }
  return missing;
}

/** Saved views are immutable: each save creates a new one. */
export async function saveView(db: Db, state: ViewState): Promise<SavedView> {
  const id = randomBytes(VIEW_ID_BYTES).toString('base64url');
  const createdAt = new Date().toISOString();
  await db.write(CREATE_VIEW, { id, state: JSON.stringify(state), createdAt });
  return {
    id,
    state,
    createdAt,
    missingNodeIds: await findMissingNodes(db, nodeIdsOfViewState(state)),
  };
}

export const viewRead = (id: string): ReadQuery => ({ cypher: GET_VIEW, params: { id } });

export async function getView(db: Db, id: string): Promise<SavedView | undefined> {
  const { cypher, params } = viewRead(id);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  if (!record) return undefined;
  const { state } = restoreViewState(JSON.parse(record.get('state') as string));
  return {
    id,
    state,
    createdAt: record.get('createdAt') as string,
    missingNodeIds: await findMissingNodes(db, nodeIdsOfViewState(state)),
  };
}
