import type { EditedNodeResponse, PartyPatch } from '@parley/graph-schema';
import { z } from 'zod';
import { partyStateSchema, patchedPartyState } from '../../edits/party-state';
import type { Db, WriteTx } from '../driver';
import { recordEdit, type EditToRevert } from './edit-log';
import { applyPartyState, partyOf, readPartyState } from './party-state';
import type { EditBy } from './statement-corrections';

/** PATCH /api/parties/:id: name, role or spellings, kept against every later ingest. */
export function updateParty(
  db: Db,
  id: string,
  patch: PartyPatch,
  { editor }: EditBy,
): Promise<EditedNodeResponse> {
  return db.writeTransaction(async (tx) => {
    const before = await readPartyState(tx, id);
    const next = patchedPartyState(partyOf(id).kind, before, patch, new Date().toISOString());
    const [node, edit] = await Promise.all([
      applyPartyState(tx, id, before, next),
      recordEdit(tx, {
        kind: 'party.update',
        targets: [id],
        editor,
        before,
        after: next,
        undo: { id },
      }),
    ]);
    return { node, editId: edit.id };
  });
}

const partyUndoSchema = z.object({ id: z.string() });

export async function undoPartyUpdate(tx: WriteTx, { edit, undo }: EditToRevert) {
  const { id } = partyUndoSchema.parse(undo);
  const current = await readPartyState(tx, id);
  await applyPartyState(tx, id, current, partyStateSchema.parse(edit.before));
}
