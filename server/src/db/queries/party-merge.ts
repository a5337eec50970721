import {
  MERGED_INTO,
  NodeLabel,
  RecordLabel,
  RelType,
  type EditedNodeResponse,
} from '@parley/graph-schema';
import { z } from 'zod';
import { conflict } from '../../errors';
import { partyStateSchema, type PartyState } from '../../edits/party-state';
import type { Db, WriteTx } from '../driver';
import { recountPairsOfParties } from './derived-counts';
import { recordEdit, type EditToRevert } from './edit-log';
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
  type GraphSnapshot,
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

/** The statements a merged party said, and those where it was a candidate among others. */
const TOUCHED = `
UNWIND $statementIds AS statementId
MATCH (s:${NodeLabel.Statement} {id: statementId})
WHERE s.id IN $spoken OR $id IN coalesce(s.ambiguityCandidates, [])`;

/** Candidates that became one party are no longer a choice; speaker names follow the merge. */
const SETTLE_CANDIDATES = `${TOUCHED}
WITH s, reduce(acc = [], c IN coalesce(s.ambiguityCandidates, []) |
       CASE WHEN (CASE c WHEN $id THEN $into ELSE c END) IN acc THEN acc
            ELSE acc + (CASE c WHEN $id THEN $into ELSE c END) END) AS candidates
WITH s, candidates, size(candidates) < 2 AND size(coalesce(s.ambiguityCandidates, [])) > 1 AS settled
SET s.ambiguityCandidates = CASE WHEN settled THEN [] ELSE candidates END,
    s.ambiguous = CASE WHEN settled THEN false ELSE s.ambiguous END,
    s.ambiguityNote = CASE WHEN settled THEN null ELSE s.ambiguityNote END
WITH s
${FOLLOW_SPEAKERS}`;

const STATEMENT_MARKS = `${TOUCHED} AND $id IN coalesce(s.ambiguityCandidates, [])
RETURN {id: s.id, ambiguous: s.ambiguous, ambiguityNote: s.ambiguityNote,
        ambiguityCandidates: s.ambiguityCandidates} AS marks`;

/** Ambiguities as they were before the merge; speaker names follow the party back. */
const RESTORE_MARKS = `
UNWIND $rows AS row
MATCH (s:${NodeLabel.Statement} {id: row.id})
SET s.ambiguous = row.ambiguous, s.ambiguityNote = row.ambiguityNote,
    s.ambiguityCandidates = row.ambiguityCandidates`;

const FOLLOW_SPEAKERS_OF = `
UNWIND $spoken AS statementId
MATCH (s:${NodeLabel.Statement} {id: statementId})
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

/** The statements a party said, and all those it took part in, from its snapshot. */
function statementsOf(snapshot: GraphSnapshot) {
  const spoken = snapshot.rels.filter((r) => r.type === RelType.SAID).map((r) => r.to);
  const addressed = snapshot.rels.filter((r) => r.type === RelType.ADDRESSED_TO).map((r) => r.from);
  return { spoken, statementIds: [...spoken, ...addressed] };
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
    const [snapshot, into, old] = await Promise.all([
      snapshotNodes(tx, label, [id]),
      mergeTarget(tx, id, intoId),
      readPartyState(tx, id),
    ]);
    const statements = { id, ...statementsOf(snapshot) };
    const [intoBefore, marks] = await Promise.all([
      readPartyState(tx, into),
      tx.run(STATEMENT_MARKS, statements),
    ]);
    const at = new Date().toISOString();
    const [moved, , node] = await Promise.all([
      tx.run(moveRels(label), { id, into }),
      tx.run(replaceWithMergedId(label), { id, into, name: old.name, at }),
      applyPartyState(tx, into, intoBefore, mergedState(intoBefore, old, at)),
      tx.run(SETTLE_CANDIDATES, { ...statements, into }),
      recountPairsOfParties(tx, [into]),
      recountDegreesOf(tx, [into, ...endsOf(snapshot)]),
    ]);
    const created = moved.records[0]?.get('created') as Parameters<typeof relSnapshot>[0][];
    const edit = await recordEdit(tx, {
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
        created: created.map(relSnapshot),
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
  const [, , , current] = await Promise.all([
    deleteRels(tx, created),
    tx.run(DROP_MERGED_ID, { id }),
    restoreSnapshot(tx, snapshot),
    readPartyState(tx, into),
  ]);
  await Promise.all([
    applyPartyState(tx, into, current, intoBefore),
    tx.run(RESTORE_MARKS, { rows: statements }),
    tx.run(FOLLOW_SPEAKERS_OF, { spoken: statementsOf(snapshot).spoken }),
    recountPairsOfParties(tx, [id, into]),
    recountDegreesOf(tx, [id, into, ...endsOf(snapshot)]),
  ]);
}
