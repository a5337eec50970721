import { INSTITUTION_KINDS, NodeLabel, kindOfId } from '@parley/graph-schema';
import { z } from 'zod';
import type { Db } from '../driver';
import type { ReadQuery } from './read-query';

/** Actors and institutions by id, each through its label's unique-id index. */
const PARTIES_BY_IDS = `
CALL () {
  UNWIND $actorIds AS id
  MATCH (n:${NodeLabel.Actor} {id: id})
  RETURN n, 'actor' AS kind
  UNION ALL
  UNWIND $institutionIds AS id
  MATCH (n:${NodeLabel.Institution} {id: id})
  RETURN n, 'institution' AS kind
}
RETURN {id: n.id, kind: kind, name: n.name, aliases: coalesce(n.aliases, []), role: n.role,
        institutionKind: n.kind} AS party`;

export const graphPartySchema = z.object({
  id: z.string(),
  kind: z.enum(['actor', 'institution']),
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  institutionKind: z.enum(INSTITUTION_KINDS).nullable().catch(null),
});
export type GraphParty = z.infer<typeof graphPartySchema>;

export const partiesRead = (ids: readonly string[]): ReadQuery => ({
  cypher: PARTIES_BY_IDS,
  params: {
    actorIds: ids.filter((id) => kindOfId(id) === 'actor'),
    institutionIds: ids.filter((id) => kindOfId(id) === 'institution'),
  },
});

/** The parties the graph holds among `ids`; the others are left out. */
export async function findParties(db: Db, ids: readonly string[]): Promise<GraphParty[]> {
  if (ids.length === 0) return [];
  const { cypher, params } = partiesRead(ids);
  const result = await db.read(cypher, params);
  return result.records.map((r) => graphPartySchema.parse(r.get('party')));
}
