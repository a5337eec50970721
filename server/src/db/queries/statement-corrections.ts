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
import { nextEditId, recordEdit, type EditToRevert } from './edit-log';
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
  return db.writeTransaction(async (tx) => {
    const before = await readStatementState(tx, id);
    const selfReply = patch.respondsTo?.indexOf(id) ?? -1;
    if (selfReply >= 0)
      throw new AppError('bad_request', 'Invalid change: a statement cannot respond to itself', [
        { path: `respondsTo.${selfReply}`, message: 'a statement cannot respond to itself' },
      ]);
    const { speakerIds, addresseeIds, respondsTo } = patch;
    const resolved = await resolveIds(tx, { speakerIds, addresseeIds, respondsTo });
    const next = patchedState(id, before, { ...patch, ...resolved });
    const edit = await nextEditId(tx);
    const node = await applyStatementState(tx, id, before, next);
    await recordEdit(tx, edit, {
      kind: 'statement.update',
      targets: [id],
      refs: [...LINK_FIELDS.flatMap((field) => [...before[field], ...next[field]])],
      editor,
      before,
      after: next,
      undo: { id },
    });
    return { node, editId: edit.id };
  });
}

const statementUndoSchema = z.object({ id: z.string() });

export async function undoStatementUpdate(tx: WriteTx, { edit, undo }: EditToRevert) {
  const { id } = statementUndoSchema.parse(undo);
  const current = await readStatementState(tx, id);
  await applyStatementState(tx, id, current, statementStateSchema.parse(edit.before));
}

/** The facts' removal recorded as an edit, with a snapshot a revert restores. */
async function recordRemoval(
  tx: WriteTx,
  edit: { id: string; seq: number },
  kind: 'statement.delete' | 'meeting.delete',
  id: string,
  snapshot: GraphSnapshot,
  editor: string | undefined,
) {
  await addTombstones(tx, [id], edit.id);
  const removed = snapshot.nodes[0]?.properties ?? snapshot.rels[0]?.properties ?? {};
  await recordEdit(tx, edit, {
    kind,
    targets: [id],
    refs: endsOf(snapshot),
    editor,
    before: { id, ...removed },
    after: {},
    undo: snapshot,
  });
}

/** DELETE /api/statements/:id: gone, and ingest never brings it back. */
export function removeStatement(db: Db, id: string, { editor }: EditBy): Promise<RemovalResponse> {
  return db.writeTransaction(async (tx) => {
    const snapshot = await snapshotNodes(tx, NodeLabel.Statement, [id]);
    if (snapshot.nodes.length === 0) throw notFound(`Statement ${id}`);
    const edit = await nextEditId(tx);
    await recountDegreesOf(tx, await deleteStatements(tx, [id]));
    await recordRemoval(tx, edit, 'statement.delete', id, snapshot, editor);
    const deleted = { ...NO_REMOVALS, statements: 1, relationships: snapshot.rels.length };
    return { deleted, editId: edit.id };
  });
}

/** DELETE /api/meetings/:id (a MEETS_WITH id): gone, and ingest never brings it back. */
export function removeMeeting(db: Db, id: string, { editor }: EditBy): Promise<RemovalResponse> {
  return db.writeTransaction(async (tx) => {
    const snapshot = await snapshotMeetings(tx, [id]);
    if (snapshot.rels.length === 0) throw notFound(`Meeting ${id}`);
    const edit = await nextEditId(tx);
    await deleteMeetings(tx, [id]);
    await recountDegreesOf(tx, endsOf(snapshot));
    await recordRemoval(tx, edit, 'meeting.delete', id, snapshot, editor);
    const deleted = { ...NO_REMOVALS, meetings: 1, relationships: 1 };
    return { deleted, editId: edit.id };
  });
}
