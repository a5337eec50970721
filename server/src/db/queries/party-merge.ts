import {
  MERGED_INTO,
  NodeLabel,
  RecordLabel,
  RelType,
  type EditedNodeResponse,
} from '@parley/graph-schema';
import { z } from 'zod';
import { conflict, notFound } from '../../errors';
import { partyStateSchema, type PartyState } from '../../edits/party-state';
import type { Db, WriteTx } from '../driver';
import { recountPairsOfParties } from './derived-counts';
import { nextEditId, recordEdit, type EditToRevert } from './edit-log';
import { endsOf } from './fact-removal';
import { recountDegreesOf } from './party-degree';
import { applyPartyState, partyOf, readPartyState } from './party-state';
import { resolveIds } from './resolve-ids';
import {
  deleteRels,
  graphSnapshotSchema,
  KEPT_RELS,
  relSnapshot,
  restoreSnapshot,
  snapshotNodes,
  type RelSnapshot,
} from './snapshots';
import type { EditBy } from './statement-corrections';
import { FOLLOW_SPEAKERS } from './statement-edits';

/**
 * Every relationship of `old` (but derived ones) is made again on `into`, with its properties:
 * those `into` already has are not doubled, and those between the two are dropped. Answers
 * the relationships it created, for a revert to take away.
 */
const moveRelsOneWay = (outgoing: boolean, answer: string) => {
  const [from, to] = outgoing ? ['into', 'x'] : ['x', 'into'];
  const rel = `-[r:${KEPT_RELS}]->`;
  const old = outgoing ? `(old)${rel}(x)` : `(x)${rel}(old)`;
  return `
CALL (old, into) {
  MATCH ${old} WHERE x <> into
  WITH into, x, type(r) AS type, properties(r) AS props
  WHERE type = '${RelType.MEETS_WITH}' OR NOT EXISTS { (${from})-[:$(type)]->(${to}) }
  CREATE (${from})-[moved:$(type)]->(${to})
  SET moved = props
  RETURN collect({type: type, from: ${from}.id, to: ${to}.id, properties: props}) AS ${answer}
}`;
};

const moveRels = (label: NodeLabel) => `
MATCH (old:${label} {id: $id}), (into:${label} {id: $into})
${moveRelsOneWay(true, 'outgoing')}
${moveRelsOneWay(false, 'incoming')}
RETURN outgoing + incoming AS created`;

/** The old id stays, as a record pointing at the party it went into. */
const replaceWithMergedId = (label: NodeLabel) => `
MATCH (old:${label} {id: $id})
DETACH DELETE old
WITH count(*) AS done
MATCH (into:${label} {id: $into})
CREATE (:${RecordLabel.MergedId} {id: $id, name: $name, mergedAt: $at})-[:${MERGED_INTO}]->(into)`;

const DROP_MERGED_ID = `
MATCH (m:${RecordLabel.MergedId} {id: $id})
DETACH DELETE m`;

/** Candidates that became one party are no longer a choice. */
const SETTLE_CANDIDATES = `
UNWIND $statementIds AS statementId
MATCH (s:${NodeLabel.Statement} {id: statementId})
WITH s, reduce(acc = [], c IN coalesce(s.ambiguityCandidates, []) |
       CASE WHEN (CASE c WHEN $id THEN $into ELSE c END) IN acc THEN acc
            ELSE acc + (CASE c WHEN $id THEN $into ELSE c END) END) AS candidates
WITH s, candidates, size(candidates) < 2 AND size(coalesce(s.ambiguityCandidates, [])) > 1 AS settled
SET s.ambiguityCandidates = CASE WHEN settled THEN [] ELSE candidates END,
    s.ambiguous = CASE WHEN settled THEN false ELSE s.ambiguous END,
    s.ambiguityNote = CASE WHEN settled THEN null ELSE s.ambiguityNote END
WITH s
${FOLLOW_SPEAKERS}`;

const STATEMENT_MARKS = `
UNWIND $statementIds AS statementId
MATCH (s:${NodeLabel.Statement} {id: statementId})
RETURN {id: s.id, ambiguous: s.ambiguous, ambiguityNote: s.ambiguityNote,
        ambiguityCandidates: s.ambiguityCandidates} AS marks`;

const RESTORE_MARKS = `
UNWIND $rows AS row
MATCH (s:${NodeLabel.Statement} {id: row.id})
SET s.ambiguous = row.ambiguous, s.ambiguityNote = row.ambiguityNote,
    s.ambiguityCandidates = row.ambiguityCandidates
WITH s
${FOLLOW_SPEAKERS}`;

const marksSchema = z.object({
  id: z.string(),
  ambiguous: z.boolean().nullable(),
  ambiguityNote: z.string().nullable(),
  ambiguityCandidates: z.array(z.string()).nullable(),
});

const mergeUndoSchema = z.object({
  id: z.string(),
  into: z.string(),
  snapshot: graphSnapshotSchema,
  created: graphSnapshotSchema.shape.rels,
  intoBefore: partyStateSchema,
  statements: z.array(marksSchema),
});

/** What `into` becomes: every spelling of both, a role if it had none, a person's decision. */
function mergedState(into: PartyState, old: PartyState, at: string): PartyState {
  const aliases = [...new Set([...into.aliases, ...old.aliases, old.name])];
  return {
    ...into,
    role: into.role ?? old.role,
    aliases,
    removedAliases: into.removedAliases.filter((a) => !aliases.includes(a)),
    source: 'reviewed',
    correctedAt: at,
  };
}

/** The party `into` names (following earlier merges), checked against the one merged. */
async function mergeTarget(tx: WriteTx, id: string, into: string): Promise<string> {
  const { into: target } = await resolveIds(tx, { into });
  const details = [{ path: 'into', message: `${target} cannot take ${id}` }];
  if (target === id) throw conflict(`${id} cannot be merged into itself`, details);
  if (partyOf(target).kind !== partyOf(id).kind)
    throw conflict(`${id} and ${target} are not the same kind of party`, details);
  return target;
}

/** POST /api/parties/:id/merge: `id` goes into `into`, whose node answers for both from then on. */
export function mergeParty(
  db: Db,
  id: string,
  intoId: string,
  { editor }: EditBy,
): Promise<EditedNodeResponse> {
  const { label } = partyOf(id);
  return db.writeTransaction(async (tx) => {
    const snapshot = await snapshotNodes(tx, label, [id]);
    if (snapshot.nodes.length === 0) throw notFound(`Party ${id}`);
    const into = await mergeTarget(tx, id, intoId);
    const [old, intoBefore] = [await readPartyState(tx, id), await readPartyState(tx, into)];
    const statementIds = [
      ...snapshot.rels.filter((r) => r.type === RelType.SAID).map((r) => r.to),
      ...snapshot.rels.filter((r) => r.type === RelType.ADDRESSED_TO).map((r) => r.from),
    ];
    const marks = await tx.run(STATEMENT_MARKS, { statementIds });
    const edit = await nextEditId(tx);
    const moved = await tx.run(moveRels(label), { id, into });
    const created = (moved.records[0]?.get('created') as Parameters<typeof relSnapshot>[0][]).map(
      relSnapshot,
    );
    const at = new Date().toISOString();
    await tx.run(replaceWithMergedId(label), { id, into, name: old.name, at });
    const node = await applyPartyState(tx, into, intoBefore, mergedState(intoBefore, old, at));
    await tx.run(SETTLE_CANDIDATES, { statementIds, id, into });
    await recountPairsOfParties(tx, [into]);
    await recountDegreesOf(tx, [into, ...endsOf(snapshot)]);
    await recordEdit(tx, edit, {
      kind: 'party.merge',
      targets: [id, into],
      refs: endsOf(snapshot),
      editor,
      before: { party: { id, ...old }, into: { id: into, ...intoBefore } },
      after: { into: { id: into, name: node.label } },
      undo: {
        id,
        into,
        snapshot,
        created,
        intoBefore,
        statements: marks.records.map((r) => marksSchema.parse(r.get('marks'))),
      },
    });
    return { node, editId: edit.id };
  });
}

/** Takes the moved relationships off `into`, puts the party back as it was with its own. */
export async function undoPartyMerge(tx: WriteTx, { undo }: EditToRevert) {
  const { id, into, snapshot, created, intoBefore, statements } = mergeUndoSchema.parse(undo);
  await deleteRels(tx, created satisfies RelSnapshot[]);
  await tx.run(DROP_MERGED_ID, { id });
  await restoreSnapshot(tx, snapshot);
  await applyPartyState(tx, into, await readPartyState(tx, into), intoBefore);
  await tx.run(RESTORE_MARKS, { rows: statements });
  await recountPairsOfParties(tx, [id, into]);
  await recountDegreesOf(tx, [id, into, ...endsOf(snapshot)]);
}
