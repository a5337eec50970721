import { editedNodeResponseSchema, type EditedNodeResponse } from '@parley/graph-schema';
import { postJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

export type PartyMerge = { id: string; into: string };

/** Moves everything of one party into another of the same kind; the old id keeps answering. */
export function mergeParty({ id, into }: PartyMerge, token: string): Promise<EditedNodeResponse> {
  return postJson(`/parties/${pathSegment(id)}/merge`, { into }, editedNodeResponseSchema, {
    token,
  });
}

export const useMergeParty = (onMerged: (result: EditedNodeResponse) => void) =>
  useGraphWrite(mergeParty, onMerged);
