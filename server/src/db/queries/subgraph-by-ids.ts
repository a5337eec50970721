import {
  LABEL_BY_KIND,
  NODE_KINDS,
  kindOfId,
  type NodeKind,
  type Subgraph,
} from '@parley/graph-schema';
import type { Db } from '../driver';
import { labelledNodeById } from './node-by-id';
import type { ReadQuery } from './read-query';
import { INDUCED_EDGES, toSubgraph } from './subgraph';

const idsParam = (kind: NodeKind) => `${kind}Ids`;

/**
 * One UNWIND per label, so every lookup goes through that label's unique-id index (a merged
 * party's old id finds the party it went into); ids of an unknown kind cannot name a node and
 * are never sent.
 */
const SUBGRAPH_BY_IDS = `
CALL () {
${NODE_KINDS.map(
  (kind) => `  UNWIND $${idsParam(kind)} AS id
  ${labelledNodeById(LABEL_BY_KIND[kind], 'id', 'n', 'id')}
  RETURN n`,
).join('\n  UNION\n')}
}
WITH collect(n) AS all
${INDUCED_EDGES}
RETURN all AS nodes, rels, false AS truncated`;

export function subgraphByIdsRead(ids: readonly string[]): ReadQuery {
  const params: Record<string, string[]> = Object.fromEntries(
    NODE_KINDS.map((kind) => [idsParam(kind), []]),
  );
  for (const id of new Set(ids)) {
    const kind = kindOfId(id);
    if (kind) params[idsParam(kind)]?.push(id);
  }
  return { cypher: SUBGRAPH_BY_IDS, params };
}

/** The nodes with these ids that exist, and every relationship among them. */
export async function getSubgraphByIds(db: Db, ids: readonly string[]): Promise<Subgraph> {
  const { cypher, params } = subgraphByIdsRead(ids);
  const result = await db.read(cypher, params);
  const record = result.records[0];
  return record ? toSubgraph(record) : { nodes: [], edges: [], truncated: false };
}
