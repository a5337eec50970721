import type { Edit, EditKind } from '@parley/graph-schema';
import { conflict, notFound } from '../../errors';
import type { Db, WriteTx } from '../driver';
import { findEditToRevert, recordEdit, type EditToRevert } from './edit-log';
import { restoreFacts } from './fact-removal';
import { undoPartyUpdate } from './party-corrections';
import { undoPartyMerge } from './party-merge';
import { graphSnapshotSchema } from './snapshots';
import { undoStatementUpdate, type EditBy } from './statement-corrections';

const restoreRemoved = (tx: WriteTx, { undo }: EditToRevert) =>
  restoreFacts(tx, graphSnapshotSchema.parse(undo));

const UNDO: Record<
  Exclude<EditKind, 'revert'>,
  (tx: WriteTx, edit: EditToRevert) => Promise<void>
> = {
  'statement.update': undoStatementUpdate,
  'statement.delete': restoreRemoved,
  'meeting.delete': restoreRemoved,
  'party.update': undoPartyUpdate,
  'party.merge': undoPartyMerge,
  'article.delete': restoreRemoved,
};

/** Why an edit cannot be reverted (409), if it cannot. */
function refusal({ edit, blockers }: EditToRevert) {
  if (edit.kind === 'revert')
    return conflict(`${edit.id} is a revert; make the change again instead`);
  if (edit.revertedBy) return conflict(`${edit.id} was already reverted by ${edit.revertedBy}`);
  if (blockers.length > 0)
    return conflict(
      `Later edits depend on ${edit.id}: revert ${blockers.join(', ')} first`,
      blockers.map((id) => ({ path: 'id', message: `${id} changed what ${edit.id} changed` })),
    );
  return undefined;
}

/**
 * POST /api/edits/:id/revert: puts back what the edit changed, in one transaction, recorded as
 * an edit of its own (kind `revert`). Refused (409) while later edits depend on it.
 */
export function revertEdit(db: Db, id: string, { editor }: EditBy): Promise<Edit> {
  return db.writeTransaction(async (tx) => {
    const found = await findEditToRevert(tx, id);
    if (!found) throw notFound(`Edit ${id}`);
    const refused = refusal(found);
    if (refused) throw refused;
    const { edit } = found;
    await UNDO[edit.kind as Exclude<EditKind, 'revert'>](tx, found);
    return recordEdit(tx, {
      kind: 'revert',
      targets: edit.targets,
      refs: edit.refs,
      editor,
      before: edit.after,
      after: edit.before,
      reverts: edit.id,
    });
  });
}
