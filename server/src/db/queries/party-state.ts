import { LABEL_BY_KIND, NodeLabel, RelType, kindOfId, type GraphNode } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { notFound } from '../../errors';
import { partyStateSchema, type PartyState } from '../../edits/party-state';
import { toGraphNode } from '../convert';
import type { WriteTx } from '../driver';
import { searchNamesOf } from './ingest-parties';
import { FOLLOW_SPEAKERS } from './statement-edits';

export type PartyKind = 'actor' | 'institution';

/** The kind and label a party id names; 404 for any other id. */
export function partyOf(id: string): { kind: PartyKind; label: NodeLabel } {
  const kind = kindOfId(id);
  if (kind !== 'actor' && kind !== 'institution') throw notFound(`Party ${id}`);
  return { kind, label: LABEL_BY_KIND[kind] };
}

const partyState = (label: NodeLabel) => `
MATCH (n:${label} {id: $id})
RETURN {name: n.name, role: n.role, aliases: coalesce(n.aliases, []),
        removedAliases: coalesce(n.removedAliases, []), source: n.source,
        correctedAt: n.correctedAt} AS state`;

/** The state's properties; a new name shows on the party's statements too. */
const setPartyState = (label: NodeLabel) => `
MATCH (n:${label} {id: $id})
SET n.name = $state.name, n.role = $state.role, n.aliases = $state.aliases,
    n.removedAliases = $state.removedAliases, n.searchNames = ${searchNamesOf('$state.aliases')},
    n.source = $state.source, n.correctedAt = $state.correctedAt
WITH n
CALL (n) {
  WITH n WHERE $renamed
  MATCH (n)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})
  ${FOLLOW_SPEAKERS}
}
RETURN n`;

export async function readPartyState(tx: WriteTx, id: string): Promise<PartyState> {
  const result = await tx.run(partyState(partyOf(id).label), { id });
  const record = result.records[0];
  if (!record) throw notFound(`Party ${id}`);
  return partyStateSchema.parse(record.get('state'));
}

export async function applyPartyState(
  tx: WriteTx,
  id: string,
  before: PartyState,
  next: PartyState,
): Promise<GraphNode> {
  const result = await tx.run(setPartyState(partyOf(id).label), {
    id,
    state: next,
    renamed: before.name !== next.name,
  });
  return toGraphNode(result.records[0]!.get('n') as Node);
}
