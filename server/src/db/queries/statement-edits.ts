import { NodeLabel, RelType, type GraphNode, type StatementPatch } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { conflict, notFound } from '../../errors';
import {
  correctedState,
  LINK_FIELDS,
  sameIds,
  statementStateSchema,
  type LinkField,
  type StatementState,
} from '../../edits/statement-state';
import { toGraphNode } from '../convert';
import type { WriteTx } from '../driver';
import { shiftSpokeTo } from './derived-counts';
import { partyById } from './node-by-id';
import { recountDegreesOf } from './party-degree';

const STATEMENT_STATE = `
MATCH (s:${NodeLabel.Statement} {id: $id})
RETURN {
  speakerIds: [(p)-[:${RelType.SAID}]->(s) | p.id],
  addresseeIds: [(s)-[:${RelType.ADDRESSED_TO}]->(q) | q.id],
  respondsTo: [(s)-[:${RelType.RESPONDS_TO}]->(t) | t.id],
  direct: s.direct, date: s.date, datePrecision: s.datePrecision,
  ambiguous: coalesce(s.ambiguous, false), ambiguityNote: s.ambiguityNote,
  ambiguityCandidates: coalesce(s.ambiguityCandidates, []),
  source: s.source, correctedAt: s.correctedAt
} AS state`;

/** Each linking field's relationship, and how its far end is found (ids are resolved by then). */
const LINKS: Record<LinkField, { pattern: string; farEnd: string }> = {
  speakerIds: {
    pattern: `(x)-[r:${RelType.SAID}]->(s)`,
    farEnd: partyById('otherId', 'otherId', 'x'),
  },
  addresseeIds: {
    pattern: `(s)-[r:${RelType.ADDRESSED_TO}]->(x)`,
    farEnd: partyById('otherId', 'otherId', 'x'),
  },
  respondsTo: {
    pattern: `(s)-[r:${RelType.RESPONDS_TO}]->(x)`,
    farEnd: `MATCH (x:${NodeLabel.Statement} {id: otherId})`,
  },
};

/** The statement's relationships of one kind become those to `$ids`: others go, new ones come. */
const replaceLinks = ({ pattern, farEnd }: (typeof LINKS)[LinkField]) => `
MATCH (s:${NodeLabel.Statement} {id: $id})
CALL (s) {
  MATCH ${pattern} WHERE NOT x.id IN $ids
  DELETE r
}
WITH s
UNWIND $ids AS otherId
${farEnd}
MERGE ${pattern}
ON CREATE SET r.source = 'reviewed'`;

/**
 * A statement `s` shows its speakers' names and marks them as candidates when there are
 * several: after anything that changed who said it or what they are called.
 */
export const FOLLOW_SPEAKERS = `
CALL (s) {
  MATCH (p)-[r:${RelType.SAID}]->(s)
  WITH s, collect(p.name) AS names, collect(r) AS rels
  SET s.speakerNames = names
  FOREACH (r IN rels | SET r.candidate = size(rels) > 1)
}`;

/** Properties from the state; speaker names and candidate marks follow the speakers. */
const SET_STATE = `
MATCH (s:${NodeLabel.Statement} {id: $id})
SET s.direct = $state.direct, s.date = $state.date, s.datePrecision = $state.datePrecision,
    s.ambiguous = $state.ambiguous, s.ambiguityNote = $state.ambiguityNote,
    s.ambiguityCandidates = $state.ambiguityCandidates,
    s.source = $state.source, s.correctedAt = $state.correctedAt
WITH s
${FOLLOW_SPEAKERS}
RETURN s`;

export async function readStatementState(tx: WriteTx, id: string): Promise<StatementState> {
  const result = await tx.run(STATEMENT_STATE, { id });
  const record = result.records[0];
  if (!record) throw notFound(`Statement ${id}`);
  return statementStateSchema.parse(record.get('state'));
}

/**
 * Moves a statement from one state to another with what is derived from it: its who-said-what
 * pairs leave before and come back after, and its parties' degrees are recounted. The queries
 * are sent at once; the server runs them in the order sent.
 */
export async function applyStatementState(
  tx: WriteTx,
  id: string,
  before: StatementState,
  next: StatementState,
): Promise<GraphNode> {
  const leave = shiftSpokeTo(tx, [id], -1);
  const relinked = LINK_FIELDS.filter((field) => !sameIds(before[field], next[field])).map(
    (field) => tx.run(replaceLinks(LINKS[field]), { id, ids: next[field] }),
  );
  const set = tx.run(SET_STATE, { id, state: next });
  const come = shiftSpokeTo(tx, [id], 1);
  const parties = [...before.speakerIds, ...before.addresseeIds];
  const recount = recountDegreesOf(tx, [...parties, ...next.speakerIds, ...next.addresseeIds]);
  const [result] = await Promise.all([set, leave, ...relinked, come, recount]);
  return toGraphNode(result.records[0]!.get('s') as Node);
}

/** The state a patch (with its ids resolved) leads to; 409 when it leaves no speaker. */
export function patchedState(
  id: string,
  before: StatementState,
  patch: StatementPatch,
): StatementState {
  if (patch.speakerIds?.length === 0)
    throw conflict(`Statement ${id} needs a speaker: speakerIds cannot be empty`, [
      { path: 'speakerIds', message: 'a statement needs at least one speaker' },
    ]);
  return correctedState(before, patch, new Date().toISOString());
}
