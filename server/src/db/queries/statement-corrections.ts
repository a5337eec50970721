import {
  NodeLabel,
  type EditedNodeResponse,
  type RemovalResponse,
  type StatementPatch,
} from '@parley/graph-schema';
import { z } from 'zod';
import { LINK_FIELDS, statementStateSchema } from '../../edits/statement-state';
import { AppError, notFound } from '../../errors';
import type { Db, WriteTx } from '../driver';
import { endsOf, deleteMeetings, deleteStatements, snapshotMeetings } from './fact-removal';
import { recordEdit, type EditToRevert } from './edit-log';
import { recountDegreesOf } from './party-degree';
import { resolveIds } from './resolve-ids';
import { snapshotNodes, type GraphSnapshot } from './snapshots';
import { applyStatementState, patchedState, readStatementState } from './statement-edits';
import { addTombstones } from './tombstones';

export type EditBy = { editor: string | undefined };

const NO_REMOVALS = { articles: 0, statements: 0, meetings: 0, parties: 0, relationships: 0 };

/** PATCH /api/statements/:id: the corrected statement, written as a person's correction. */
export function updateStatement(
  db: Db,
  id: string,
  patch: StatementPatch,
  { editor }: EditBy,
): Promise<EditedNodeResponse> {
  const selfReply = patch.respondsTo?.indexOf(id) ?? -1;
  if (selfReply >= 0)
    throw new AppError('bad_request', 'Invalid change: a statement cannot respond to itself', [
      { path: `respondsTo.${selfReply}`, message: 'a statement cannot respond to itself' },
    ]);
  return db.writeTransaction(async (tx) => {
    const { speakerIds, addresseeIds, respondsTo } = patch;
    const [before, resolved] = await Promise.all([
      readStatementState(tx, id),
      resolveIds(tx, { speakerIds, addresseeIds, respondsTo }),
    ]);
    const next = patchedState(id, before, { ...patch, ...resolved });
    const [node, edit] = await Promise.all([
      applyStatementState(tx, id, before, next),
      recordEdit(tx, {
        kind: 'statement.update',
        targets: [id],
        refs: LINK_FIELDS.flatMap((field) => [...before[field], ...next[field]]),
        editor,
        before,
        after: next,
        undo: { id },
      }),
    ]);
    return { node, editId: edit.id };
  });
}

const statementUndoSchema = z.object({ id: z.string() });

export async function undoStatementUpdate(tx: WriteTx, { edit, undo }: EditToRevert) {
  const { id } = statementUndoSchema.parse(undo);
  const current = await readStatementState(tx, id);
  await applyStatementState(tx, id, current, statementStateSchema.parse(edit.before));
}

/** The fact's tombstone and the edit that records its removal, with a snapshot a revert restores. */
function recordRemoval(
  tx: WriteTx,
  kind: 'statement.delete' | 'meeting.delete',
  id: string,
  snapshot: GraphSnapshot,
  editor: string | undefined,
) {
  const removed = snapshot.nodes[0]?.properties ?? snapshot.rels[0]?.properties ?? {};
  return Promise.all([
    addTombstones(tx, [id]),
    recordEdit(tx, {
      kind,
      targets: [id],
      refs: endsOf(snapshot),
      editor,
      before: { id, ...removed },
      after: {},
      undo: snapshot,
    }),
  ]).then(([, edit]) => edit);
}

/** DELETE /api/statements/:id: gone, and ingest never brings it back. */
export function removeStatement(db: Db, id: string, { editor }: EditBy): Promise<RemovalResponse> {
  return db.writeTransaction(async (tx) => {
    const snapshot = await snapshotNodes(tx, NodeLabel.Statement, [id]);
    if (snapshot.nodes.length === 0) throw notFound(`Statement ${id}`);
    const [, , edit] = await Promise.all([
      deleteStatements(tx, [id]),
      recountDegreesOf(tx, endsOf(snapshot)),
      recordRemoval(tx, 'statement.delete', id, snapshot, editor),
    ]);
    const deleted = { ...NO_REMOVALS, statements: 1, relationships: snapshot.rels.length };
    return { deleted, editId: edit.id };
  });
}

/** DELETE /api/meetings/:id (a MEETS_WITH id): gone, and ingest never brings it back. */
export function removeMeeting(db: Db, id: string, { editor }: EditBy): Promise<RemovalResponse> {
  return db.writeTransaction(async (tx) => {
    const snapshot = await snapshotMeetings(tx, [id]);
    if (snapshot.rels.length === 0) throw notFound(`Meeting ${id}`);
    const [, , edit] = await Promise.all([
      deleteMeetings(tx, [id]),
      recountDegreesOf(tx, endsOf(snapshot)),
      recordRemoval(tx, 'meeting.delete', id, snapshot, editor),
    ]);
    const deleted = { ...NO_REMOVALS, meetings: 1, relationships: 1 };
    return { deleted, editId: edit.id };
  });
}
