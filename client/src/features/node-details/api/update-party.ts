import {
  editedNodeResponseSchema,
  type EditedNodeResponse,
  type PartyPatch,
} from '@parley/graph-schema';
import { patchJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

export type PartyChange = { id: string; patch: PartyPatch };

/** Renames an actor or institution, or edits its role or aliases. */
export function updateParty(
  { id, patch }: PartyChange,
  token: string,
): Promise<EditedNodeResponse> {
  return patchJson(`/parties/${pathSegment(id)}`, patch, editedNodeResponseSchema, { token });
}

export const useUpdateParty = () => useGraphWrite(updateParty);
